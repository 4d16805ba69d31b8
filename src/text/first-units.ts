/**
 * The code units a match of a phrase can begin with, and units (or pairs of
 * adjacent units) every match must hold, so that a table of phrases can be
 * screened with one pass over a text instead of one search per phrase.
 */
import { COMMON_HAN } from '../rules/common-han.js';

/** Whitespace as `\s` reads it (ECMAScript WhiteSpace and LineTerminator). */
const SPACE_UNITS = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
for (let c = 0x2000; c <= 0x200a; c++) SPACE_UNITS.push(c);
const DIGIT_UNITS = range(0x30, 0x39);
// ſ and the Kelvin sign fold to s and k under /iu: listed for `\w` so that the set stays a superset.
const WORD_UNITS = [...DIGIT_UNITS, ...range(0x41, 0x5a), ...range(0x61, 0x7a), 0x5f, 0x17f, 0x212a];
/** Single-character escapes and what they stand for, inside and outside classes. */
const CONTROL: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b, '0': 0 };
/** The openings of the four lookarounds. */
const LOOKAROUND = /^\(\?(?:[=!]|<[=!])/u;
/** A class range wider than this is not enumerated: the phrase is then screened as unknown. */
const WIDEST_RANGE = 256;

/**
 * Units that make a poor key for a screen, they are in most texts, and how poor: each half of
 * COMMON_HAN (Simplified, Traditional) lists the commonest first, so a key of 不 (4th) lets
 * through far more blocks than one of 表 (177th).
 */
const COMMON = new Map(Array.from(COMMON_HAN, (ch, rank) => [ch.charCodeAt(0), rank] as const));

/** One group being read: what its finished alternatives can start with and must hold, and the alternative being read. */
interface Frame {
  done: Set<number>;
  doneNullable: boolean;
  /** Whether some finished alternative can start with anything. */
  doneUnknown: boolean;
  /** The union of the finished alternatives' required units, or `null` once one has none. */
  doneRequired: Set<number> | null;
  current: Set<number>;
  /** Whether every term of the current alternative so far can match nothing (so the next term can start the match). */
  open: boolean;
  /** Whether the current alternative can start with anything. */
  unknown: boolean;
  /** The rarest units one of the current alternative's mandatory terms consists of, if any. */
  required: Set<number> | null;
  /** Whether the group is a lookaround, which matches no text of its own. */
  lookaround: boolean;
  /** The union of the finished alternatives' required pairs, or `null` once one has none. */
  donePairs: Set<number> | null;
  /** The rarest pairs of adjacent units the current alternative must hold one of, if any. */
  pairs: Set<number> | null;
  /** The units of the current alternative's last term when it matches exactly one unit (a pair can end after it). */
  last: Set<number> | null;
}

/**
 * What one term can match: its first units (`null`: anything), whether it can match nothing, units
 * it must hold, the units it consists of when it matches exactly one unit (repeated or not), and
 * pairs of adjacent units it must hold one of.
 */
interface Atom {
  units: Set<number> | null;
  nullable: boolean;
  required: Set<number> | null;
  single?: Set<number> | null;
  pairs?: Set<number> | null;
}

/** What {@link scan} tells of a whole pattern. */
interface Reading {
  readonly first: Set<number> | null;
  readonly required: Set<number> | null;
  readonly pairs: Set<number> | null;
}

/**
 * The set of UTF-16 code units that every match of a phrase begins with, or
 * `null` when that cannot be told cheaply (the screen then always tries the
 * phrase). The set may hold more units than a match can start with, never
 * fewer.
 *
 * @param match - A literal, or a pattern of the usual bounded kind.
 * @returns The code units, or `null`.
 * @example
 * firstUnits('版权所有') // Set { 0x7248 } ('版')
 * firstUnits(/^(?:本文|本頁)网址/u) // Set { 0x672c } ('本')
 * firstUnits(/.*z/u) // null ('.' can start a match with anything)
 */
export function firstUnits(match: string | RegExp): Set<number> | null {
  if (typeof match === 'string') return match === '' ? null : new Set([match.charCodeAt(0)]);
  return read(match)?.first ?? null;
}

/**
 * A set of UTF-16 code units of which every match of a phrase holds at least
 * one, chosen among its mandatory parts to be rare in Chinese text, or `null`
 * when that cannot be told. Like {@link firstUnits}, a superset, never less.
 *
 * @param match - A literal, or a pattern of the usual bounded kind.
 * @returns The code units, or `null`.
 * @example
 * requiredUnits('不得转载') // Set { 0x8f6c } ('转': '不', '得' and '载' are commoner or as rare)
 * requiredUnits(/本文短网址|本文短網址/u) // Set { 0x77ed } ('短', the rarest unit of each alternative)
 */
export function requiredUnits(match: string | RegExp): Set<number> | null {
  if (typeof match === 'string') {
    let best: Set<number> | null = null;
    for (let i = 0; i < match.length; i++) best = rarer(best, new Set([match.charCodeAt(i)]));
    return best;
  }
  return read(match)?.required ?? null;
}

/**
 * A set of pairs of adjacent UTF-16 code units of which every match of a
 * phrase holds at least one, chosen to be rare, or `null` when that cannot be
 * told (an alternative with no two mandatory one-unit terms side by side, such
 * as `©` or `x?y`). A pair is `first * 0x10000 + second`. Like
 * {@link requiredUnits}, a superset, never less; a pair is a far rarer key than
 * either of its units (`代表` against `表`).
 *
 * @param match - A literal, or a pattern of the usual bounded kind.
 * @returns The pairs, or `null`.
 * @example
 * requiredPairs('不得转载') // Set { pair('转', '载') }
 * requiredPairs(/本文短网址|本文短網址/u) // the rarest pair of each alternative
 * requiredPairs(/版权所有|©/u) // null ('©' is one unit)
 */
export function requiredPairs(match: string | RegExp): Set<number> | null {
  if (typeof match === 'string') {
    let best: Set<number> | null = null;
    for (let i = 0; i + 1 < match.length; i++) best = rarerPairs(best, new Set([match.charCodeAt(i) * 0x10000 + match.charCodeAt(i + 1)]));
    return best;
  }
  return read(match)?.pairs ?? null;
}

function read(match: RegExp): Reading | null {
  // A global or sticky pattern keeps state between calls: it is tried every time.
  if (/[gyv]/u.test(match.flags)) return null;
  const reading = scan(match.source, match.flags.includes('u'));
  if (reading === null || !match.flags.includes('i')) return reading;
  return {
    first: reading.first === null ? null : withCases(reading.first),
    required: reading.required === null ? null : withCases(reading.required),
    pairs: reading.pairs === null ? null : pairsWithCases(reading.pairs),
  };
}

/** Read the pattern once, left to right, with a stack of open groups instead of recursion. */
function scan(source: string, unicode: boolean): Reading | null {
  const stack: Frame[] = [frame()];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    let atom: Atom;
    if (c === '|') {
      fold(stack.at(-1)!);
      i++;
      continue;
    }
    if (c === '(') {
      // A lookaround is read through and then counts as matching nothing, like `^`: what it looks
      // at is not consumed, so the units before and after it are what a match begins with and
      // holds. Modifiers are not followed: the phrase is then screened as unknown.
      const lookaround = LOOKAROUND.exec(source.slice(i, i + 4))?.[0];
      if (source.startsWith('(?:', i)) i += 3;
      else if (lookaround !== undefined) i += lookaround.length;
      else if (source.startsWith('(?<', i) && /[\p{L}_$]/u.test(source[i + 3] ?? '')) i = source.indexOf('>', i) + 1;
      else if (source[i + 1] === '?') return null;
      else i++;
      stack.push({ ...frame(), lookaround: lookaround !== undefined });
      continue;
    }
    if (c === ')') {
      if (stack.length < 2) return null;
      const group = stack.pop()!;
      fold(group);
      atom = group.lookaround
        ? { units: new Set(), nullable: true, required: null }
        : { units: group.doneUnknown ? null : group.done, nullable: group.doneNullable, required: group.doneRequired, pairs: group.donePairs };
      i++;
    } else if (c === '^' || c === '$') {
      atom = { units: new Set(), nullable: true, required: null };
      i++;
    } else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return null;
      const units = classUnits(source.slice(i + 1, end), unicode);
      atom = { units, nullable: false, required: units, single: oneUnit(units) };
      i = end + 1;
    } else if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'b' || next === 'B') {
        atom = { units: new Set(), nullable: true, required: null };
      } else {
        const units = escapeUnits(source, i, unicode);
        atom = { units, nullable: false, required: units, single: oneUnit(units) };
      }
      i += escapeLength(source, i);
    } else if (c === '.') {
      atom = { units: null, nullable: false, required: null };
      i++;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      return null;
    } else {
      const units = new Set([source.charCodeAt(i)]);
      atom = { units, nullable: false, required: units, single: oneUnit(units) };
      // A surrogate pair is one atom: a quantifier after it applies to both halves.
      i += isPair(source, i) ? 2 : 1;
    }
    // The quantifier, if any: one that allows zero repetitions makes the atom optional.
    const q = source[i];
    if (q === '?' || q === '*') {
      atom.nullable = true;
      i++;
    } else if (q === '+') {
      i++;
    } else if (q === '{') {
      const close = source.indexOf('}', i);
      if (close < 0) return null;
      if (/^0+(?:,|$)/u.test(source.slice(i + 1, close))) atom.nullable = true;
      i = close + 1;
    }
    if (source[i] === '?' && (q === '?' || q === '*' || q === '+' || q === '{')) i++;
    add(stack.at(-1)!, atom);
  }
  if (stack.length !== 1) return null;
  const root = stack[0]!;
  fold(root);
  return { first: root.doneNullable || root.doneUnknown ? null : root.done, required: root.doneRequired, pairs: root.donePairs };
}

/** Append a term to the alternative being read. */
function add(top: Frame, atom: Atom): void {
  if (top.open) {
    if (atom.units === null) top.unknown = true;
    else for (const unit of atom.units) top.current.add(unit);
    top.open = atom.nullable;
  }
  // Only a term that must match can be required; an optional one may be absent.
  if (!atom.nullable && atom.required !== null && atom.required.size > 0) top.required = rarer(top.required, atom.required);
  // Two terms of one unit each, both mandatory and adjacent, make a required pair: the last unit
  // the first matches is followed by the first the second matches. A term that may match nothing
  // (an optional one, an anchor, a lookaround) or more than one unit (a group) ends the run.
  const single = atom.nullable ? null : (atom.single ?? null);
  if (top.last !== null && single !== null) {
    const pairs = pairsOf(top.last, single);
    if (pairs !== null) top.pairs = rarerPairs(top.pairs, pairs);
  }
  if (!atom.nullable && atom.pairs !== undefined && atom.pairs !== null && atom.pairs.size > 0) top.pairs = rarerPairs(top.pairs, atom.pairs);
  top.last = single;
}

/** The most pairs a term pair may stand for (`[:：]\s` is 48): more make a poor key. */
const MOST_PAIRS = 16;

/** The units of a term that matches exactly one unit each time: not an astral character, which is two. */
function oneUnit(units: Set<number> | null): Set<number> | null {
  if (units === null) return null;
  for (const unit of units) if (unit >= 0xd800 && unit <= 0xdfff) return null;
  return units;
}

/** Every pair of a unit of `a` followed by a unit of `b`, as `a * 0x10000 + b`; `null` when there are too many. */
function pairsOf(a: Set<number>, b: Set<number>): Set<number> | null {
  if (a.size * b.size > MOST_PAIRS) return null;
  const out = new Set<number>();
  for (const x of a) for (const y of b) out.add(x * 0x10000 + y);
  return out;
}

/** The better pair key of two: the rarer by their units (see {@link cost}), then fewer pairs; the first on a tie. */
function rarerPairs(a: Set<number> | null, b: Set<number>): Set<number> {
  if (a === null) return b;
  return pairCost(b) < pairCost(a) ? b : a;
}

/** A pair is as rare as its rarer unit, and a little rarer when the other is rare too. */
function pairCost(pairs: Set<number>): number {
  let n = 0;
  for (const pair of pairs) {
    const x = cost(new Set([Math.floor(pair / 0x10000)]));
    const y = cost(new Set([pair % 0x10000]));
    n += Math.min(x, y) + Math.max(x, y) / 64;
  }
  return n;
}

/** The better key of two unit sets: fewer common units, then fewer units; the first on a tie. */
function rarer(a: Set<number> | null, b: Set<number>): Set<number> {
  if (a === null) return b;
  return cost(b) < cost(a) ? b : a;
}

/** A rare unit costs 1, a common one 30 to 31 (the commoner the dearer), an ASCII one 31. */
function cost(units: Set<number>): number {
  let n = 0;
  for (const unit of units) {
    const rank = COMMON.get(unit);
    n += rank !== undefined ? 31 - rank / COMMON_HAN.length : unit < 0x80 ? 31 : 1;
  }
  return n;
}

function frame(): Frame {
  return {
    done: new Set(),
    doneNullable: false,
    doneUnknown: false,
    doneRequired: new Set(),
    current: new Set(),
    open: true,
    unknown: false,
    required: null,
    lookaround: false,
    donePairs: new Set(),
    pairs: null,
    last: null,
  };
}

/** Close the alternative being read into the group's result. */
function fold(f: Frame): void {
  for (const unit of f.current) f.done.add(unit);
  if (f.open) f.doneNullable = true;
  if (f.unknown) f.doneUnknown = true;
  if (f.required === null) f.doneRequired = null;
  else if (f.doneRequired !== null) for (const unit of f.required) f.doneRequired.add(unit);
  if (f.pairs === null) f.donePairs = null;
  else if (f.donePairs !== null) for (const pair of f.pairs) f.donePairs.add(pair);
  f.current = new Set();
  f.open = true;
  f.unknown = false;
  f.required = null;
  f.pairs = null;
  f.last = null;
}

/** The index of the `]` that ends the class opened at `start`, or -1. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** The units of a class body (without its brackets), or `null` for a negated or unusual class. */
function classUnits(body: string, unicode: boolean): Set<number> | null {
  if (body.startsWith('^')) return null;
  const out = new Set<number>();
  let i = 0;
  while (i < body.length) {
    const lo = classAtom(body, i, unicode);
    if (lo === null) return null;
    i = lo.end;
    if (body[i] !== '-' || i + 1 >= body.length) {
      for (const unit of lo.units) out.add(unit);
      continue;
    }
    const hi = classAtom(body, i + 1, unicode);
    if (hi === null || lo.units.size !== 1 || hi.units.size !== 1) return null;
    const [from] = lo.units;
    const [to] = hi.units;
    if (to! < from! || to! - from! > WIDEST_RANGE || (to! >= 0xd800 && to! <= 0xdfff)) return null;
    for (const unit of range(from!, to!)) out.add(unit);
    i = hi.end;
  }
  return out;
}

/** One character or escape of a class body, and where it ends. */
function classAtom(body: string, at: number, unicode: boolean): { units: Set<number>; end: number } | null {
  if (body[at] !== '\\') return { units: new Set([body.charCodeAt(at)]), end: at + 1 };
  const units = body[at + 1] === 'b' ? new Set([0x08]) : escapeUnits(body, at, unicode);
  return units === null ? null : { units, end: at + escapeLength(body, at) };
}

/** The units an escape at `at` stands for, or `null` when it is not a simple one. */
function escapeUnits(source: string, at: number, unicode: boolean): Set<number> | null {
  const c = source[at + 1] ?? '';
  if (c === 's') return new Set(SPACE_UNITS);
  if (c === 'd') return new Set(DIGIT_UNITS);
  if (c === 'w') return new Set(WORD_UNITS);
  if (c in CONTROL) return /\d/u.test(source[at + 2] ?? '') ? null : new Set([CONTROL[c]!]);
  if (c === 'u') {
    if (source[at + 2] === '{' && !unicode) return null;
    const unit = source[at + 2] === '{' ? Number.parseInt(source.slice(at + 3, source.indexOf('}', at)), 16) : Number.parseInt(source.slice(at + 2, at + 6), 16);
    return Number.isNaN(unit) || unit > 0xffff ? null : new Set([unit]);
  }
  // An escaped punctuation character stands for itself; any other escape (classes, references) is unknown.
  return /^[\p{P}\p{S}]$/u.test(c) ? new Set([c.charCodeAt(0)]) : null;
}

function escapeLength(source: string, at: number): number {
  if (source[at + 1] !== 'u') return 2;
  return source[at + 2] === '{' ? source.indexOf('}', at) - at + 1 : 6;
}

/** Under the `i` flag: both cases of ASCII letters; a cased non-ASCII unit makes the set unknown. */
function withCases(units: Set<number>): Set<number> | null {
  const out = new Set(units);
  for (const unit of units) {
    const ch = String.fromCharCode(unit);
    if (unit < 0x80) {
      out.add(ch.toLowerCase().charCodeAt(0));
      out.add(ch.toUpperCase().charCodeAt(0));
      if (ch === 's' || ch === 'S') out.add(0x17f);
      if (ch === 'k' || ch === 'K') out.add(0x212a);
    } else if (ch.toLowerCase() !== ch.toUpperCase()) {
      return null;
    }
  }
  return out;
}

/** {@link withCases} for both units of each pair; `null` when a unit has a non-ASCII case or the pairs grow past a key's worth. */
function pairsWithCases(pairs: Set<number>): Set<number> | null {
  const out = new Set<number>();
  for (const pair of pairs) {
    const a = withCases(new Set([Math.floor(pair / 0x10000)]));
    const b = withCases(new Set([pair % 0x10000]));
    const both = a === null || b === null ? null : pairsOf(a, b);
    if (both === null) return null;
    for (const p of both) out.add(p);
  }
  return out;
}

function isPair(source: string, at: number): boolean {
  const hi = source.charCodeAt(at);
  const lo = source.charCodeAt(at + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let c = lo; c <= hi; c++) out.push(c);
  return out;
}
