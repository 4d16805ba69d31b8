/**
 * A regular expression read into a position automaton for the backtracking
 * check: one state per character or class, the number of ways each state can
 * follow another (capped at 2), and where each repeat's states lie.
 */

/** State → number of ways (1 or 2). */
export type Ways = Map<number, number>;
interface Part { readonly first: Ways; readonly last: Ways; readonly empty: number }
/** A set of characters: as written, and listed when it is small. */
export interface CharSet { readonly raw: string; readonly chars: readonly string[] | undefined }
/** A repeat in the pattern: its source span, and the states it holds. */
export interface Loop {
  readonly start: number;
  readonly end: number;
  readonly lo: number;
  readonly hi: number;
  /** `*`, `+` or `{n,}`: no bound on how much text it takes. */
  readonly unbounded: boolean;
}

const DIGITS = [...'0123456789'];
const WORD = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'];
const SPACE = [...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];
const CONTROL: Record<string, string> = { t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', '0': '\0' };
/** Any character: `.`, `[^]`, and a backreference's text. */
export const ANY: CharSet = { raw: '[^]', chars: undefined };
/** Sets larger than this are not listed, and then assumed to meet every other unlisted set. */
const MAX_LISTED = 1024;
/**
 * Bounded repeats up to this are written out; larger ones are read as unbounded, which can only
 * refuse more. Small on purpose: a bounded repeat nested in another splits a text in about
 * bound^depth ways, and /^(?:[A-Za-z]{1,16}\s?){1,16}$/u, written out and so never ambiguous
 * without end, took 3.6 s on 31 characters and did not finish on 41.
 */
const MAX_UNROLLED = 3;

/** Read a pattern into states, the ways each can follow another, and its repeats. */
export function readPattern(src: string, flags: string): { sets: CharSet[]; follow: Ways[]; loops: Loop[] } {
  const unicode = /[uv]/u.test(flags);
  const sets: CharSet[] = [];
  const follow: Ways[] = [];
  const loops: Loop[] = [];
  let i = 0;

  const cap = (n: number): number => Math.min(n, 2);
  const add = (into: Ways, from: Ways, times: number): void => {
    if (times > 0) for (const [p, w] of from) into.set(p, cap((into.get(p) ?? 0) + w * times));
  };
  const link = (from: Ways, to: Ways): void => { for (const [p, w] of from) add(follow[p]!, to, w); };
  const scale = (ways: Ways, times: number): Ways => { const out: Ways = new Map(); add(out, ways, times); return out; };
  const zero = (): Part => ({ first: new Map(), last: new Map(), empty: 1 });
  const state = (set: CharSet): Part => {
    sets.push(set);
    follow.push(new Map());
    return { first: new Map([[sets.length - 1, 1]]), last: new Map([[sets.length - 1, 1]]), empty: 0 };
  };
  // A backreference matches text of any length: a state that may repeat itself.
  const anyRun = (): Part => {
    const part = state(ANY);
    follow[sets.length - 1]!.set(sets.length - 1, 1);
    return { ...part, empty: 1 };
  };
  const char = (): string => (unicode ? String.fromCodePoint(src.codePointAt(i)!) : src[i]!);

  function alternation(): Part {
    let part = sequence();
    while (src[i] === '|') {
      i++;
      const next = sequence();
      const first = new Map(part.first);
      const last = new Map(part.last);
      add(first, next.first, 1);
      add(last, next.last, 1);
      part = { first, last, empty: cap(part.empty + next.empty) };
    }
    return part;
  }

  function sequence(): Part {
    let acc = zero();
    while (i < src.length && src[i] !== '|' && src[i] !== ')') acc = then(acc, term());
    return acc;
  }

  function term(): Part {
    const start = i;
    const lo = sets.length;
    const part = atom();
    const bounds = quantifier();
    if (bounds === undefined) return part;
    const [min, max] = bounds;
    const end = i;
    const result = max > MAX_UNROLLED ? repeat(part, min) : unroll(part, start, min, max);
    if (max > min && max >= 2) loops.push({ start, end, lo, hi: sets.length, unbounded: max === Infinity });
    return result;
  }

  /** An unbounded (or large) repeat: the last states lead back to the first. */
  function repeat(part: Part, min: number): Part {
    link(part.last, part.first);
    // An iteration that matches nothing fails unless it is one of the first `min` (ECMA-262 RepeatMatcher).
    const again = min >= 2 && part.empty > 0 ? 2 : 1;
    return { first: scale(part.first, again), last: scale(part.last, again), empty: min === 0 ? 1 : part.empty };
  }

  /** A small bounded repeat, written out: x{1,3} is x(?:x(?:x)?)?, so {2} is not a loop. */
  function unroll(part: Part, start: number, min: number, max: number): Part {
    if (max === 0) return zero();
    const end = i;
    const copies = [part];
    for (let k = 1; k < max; k++) { i = start; copies.push(atom()); }
    i = end;
    let tail: Part = zero();
    for (let k = max - 1; k >= 0; k--) {
      const both = k === max - 1 ? copies[k]! : then(copies[k]!, tail);
      // An optional iteration that matches nothing fails, so it adds no way to match nothing.
      tail = k >= min ? { ...both, empty: 1 } : both;
    }
    return tail;
  }

  function then(a: Part, b: Part): Part {
    link(a.last, b.first);
    const first = new Map(a.first);
    add(first, b.first, a.empty);
    const last = new Map(b.last);
    add(last, a.last, b.empty);
    return { first, last, empty: cap(a.empty * b.empty) };
  }

  function quantifier(): [number, number] | undefined {
    let bounds: [number, number] | undefined;
    const c = src[i];
    if (c === '*' || c === '+' || c === '?') {
      bounds = [c === '+' ? 1 : 0, c === '?' ? 1 : Infinity];
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(src.slice(i));
      if (!m) return undefined;
      bounds = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
      i += m[0].length;
    }
    if (bounds !== undefined && src[i] === '?') i++;
    return bounds;
  }

  function atom(): Part {
    const c = src[i]!;
    if (c === '(') return group();
    if (c === '[') return classAtom();
    if (c === '^' || c === '$') { i++; return zero(); }
    if (c === '.') { i++; return state({ raw: '.', chars: undefined }); }
    if (c !== '\\') { const ch = char(); i += ch.length; return state({ raw: ch, chars: [ch] }); }
    const next = src[i + 1]!;
    if (next === 'b' || next === 'B') { i += 2; return zero(); }
    if (/[1-9]/u.test(next)) { i += 1 + /^\d+/u.exec(src.slice(i + 1))![0].length; return anyRun(); }
    if (next === 'k' && src[i + 2] === '<') { i = src.indexOf('>', i) + 1; return anyRun(); }
    return state(escape());
  }

  function group(): Part {
    const m = /^\((?:\?(?:[:=!]|<[=!]|<[^>]+>|[a-z-]+:))?/u.exec(src.slice(i))!;
    i += m[0].length;
    const inner = alternation();
    i++; // ')'
    // A lookaround matches no text; its own repeats are still checked, as states off the main path.
    return /^\(\?<?[=!]/u.test(m[0]) ? zero() : inner;
  }

  function escape(): CharSet {
    const start = i;
    i++;
    const c = char();
    i += c.length;
    let chars: string[] | undefined = [c];
    if (c === 'd') chars = DIGITS;
    else if (c === 'w') chars = WORD;
    else if (c === 's') chars = SPACE;
    else if ('DWS'.includes(c)) chars = undefined;
    else if ((c === 'p' || c === 'P') && unicode) { i = src.indexOf('}', i) + 1; chars = undefined; }
    else if (c in CONTROL && !(c === '0' && /\d/u.test(src[i] ?? ''))) chars = [CONTROL[c]!];
    else if (c === 'x' && /^[\da-f]{2}/iu.test(src.slice(i, i + 2))) { chars = [String.fromCharCode(parseInt(src.slice(i, i + 2), 16))]; i += 2; }
    else if (c === 'u' && src[i] === '{' && unicode) { const end = src.indexOf('}', i); chars = [String.fromCodePoint(parseInt(src.slice(i + 1, end), 16))]; i = end + 1; }
    else if (c === 'u' && /^[\da-f]{4}/iu.test(src.slice(i, i + 4))) { chars = [String.fromCharCode(parseInt(src.slice(i, i + 4), 16))]; i += 4; }
    else if (c === 'c' && /[a-z]/iu.test(src[i] ?? '')) { chars = [String.fromCharCode(src.charCodeAt(i) % 32)]; i++; }
    else if (/\d/u.test(c)) chars = undefined; // a legacy octal escape: not listed
    return { raw: src.slice(start, i), chars };
  }

  function classAtom(): Part {
    const set = characterClass();
    return set === ANY ? anyRun() : state(set);
  }

  /** Read `[…]`; a class that can match strings (`\q{…}`) comes back as ANY. */
  function characterClass(): CharSet {
    const start = i;
    i++;
    const negated = src[i] === '^';
    if (negated) i++;
    let chars: string[] | undefined = [];
    let strings = false;
    const v = flags.includes('v');
    while (src[i] !== ']') {
      if (v && src[i] === '[') { strings = characterClass() === ANY || strings; chars = undefined; continue; }
      if (v && (src.startsWith('&&', i) || src.startsWith('--', i))) { i += 2; chars = undefined; continue; }
      if (v && src.startsWith('\\q{', i)) { i = src.indexOf('}', i) + 1; strings = true; continue; }
      const from = classChar();
      if (src[i] === '-' && src[i + 1] !== ']' && !(v && src[i + 1] === '-')) {
        i++;
        const to = classChar();
        const lo = from?.length === 1 ? from[0]!.codePointAt(0)! : NaN;
        const hi = to?.length === 1 ? to[0]!.codePointAt(0)! : NaN;
        if (hi - lo < MAX_LISTED) chars?.push(...Array.from({ length: hi - lo + 1 }, (_, k) => String.fromCodePoint(lo + k)));
        else if (Number.isNaN(lo) || Number.isNaN(hi)) chars = from && to && chars ? [...chars, ...from, '-', ...to] : undefined;
        else chars = undefined;
      } else chars = from && chars ? [...chars, ...from] : undefined;
      if (chars && chars.length > MAX_LISTED) chars = undefined;
    }
    i++;
    if (strings) return ANY;
    return { raw: src.slice(start, i), chars: negated ? undefined : chars };
  }

  function classChar(): string[] | undefined {
    if (src[i] === '\\' && src[i + 1] === 'b') { i += 2; return ['\b']; }
    if (src[i] === '\\' && src[i + 1] === '-') { i += 2; return ['-']; }
    if (src[i] === '\\') return escape().chars?.slice();
    const ch = char();
    i += ch.length;
    return [ch];
  }

  alternation();
  return { sets, follow, loops };
}
