/**
 * Boilerplate that its words give away.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { BOILERPLATE_PHRASES, type PhraseRule } from '../rules/phrases.js';
import { firstUnits, requiredPairs, requiredUnits } from '../text/first-units.js';

/**
 * Options for {@link removeBoilerplateText}.
 *
 * @example
 * const wechat: PhraseRule = { id: 'wechat', match: '欢迎关注我们的微信公众号', at: 'any', maxChars: 100, reason: 'WeChat promo' };
 * defineSite({
 *   id: 'example-news',
 *   name: '示例新闻',
 *   domains: ['example.com.cn'],
 *   replace: { removeBoilerplateText: removeBoilerplateText({ phrases: [...BOILERPLATE_PHRASES, wechat] }) },
 * });
 * // drops '欢迎关注我们的微信公众号，获取更多新闻。' on that site's pages
 */
export interface RemoveBoilerplateTextOptions {
  /** The phrase table. @default BOILERPLATE_PHRASES */
  readonly phrases?: readonly PhraseRule[];
}

/**
 * Drop blocks that are boilerplate by their words: membership and donation
 * appeals, short-URL boxes, copyright and reprint notices, "not the author's
 * view" disclaimers, series promo links, and mirror furniture that survived
 * its own step. A rule only drops blocks up to its `maxChars`, so a long
 * paragraph that quotes a phrase stays.
 *
 * @param options - Replace the phrase table.
 * @returns The block step `removeBoilerplateText`.
 * @example
 * // '希望之声版权所有，未经希望之声书面允许，不得转载，违者必究。' is dropped (rule `copyright`)
 */
export function removeBoilerplateText(options: RemoveBoilerplateTextOptions = {}): BlockStep {
  const phrases = options.phrases ?? BOILERPLATE_PHRASES;
  phrases.forEach(checkPhrase);
  // A block longer than every rule's limit is kept without trying the rules.
  const longest = Math.max(0, ...phrases.map((p) => p.maxChars));
  const screen = screenOf(phrases);
  return {
    name: 'removeBoilerplateText',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      const out: DraftBlock[] = [];
      // A dropped label's address, printed on the line under it (阅读全文：, then the URL), goes with it.
      let label: PhraseRule | undefined;
      for (const block of blocks) {
        if (label !== undefined && !block.kept && BARE_URL.test(block.text)) {
          ctx.dropped(block, `${label.reason}: the address under it`, label.id);
          label = undefined;
          continue;
        }
        const rule = block.kept || block.text.length > longest ? undefined : firstMatch(block.text, phrases, screen);
        label = undefined;
        if (rule === undefined) {
          out.push(block);
          continue;
        }
        // A list's items hold the text too: only a paragraph is cut.
        const cut = rule.cutTrailing === undefined || block.kind !== 'paragraph' ? -1 : trailingCut(block.text, rule, rule.cutTrailing);
        if (cut < 0) {
          ctx.dropped(block, rule.reason, rule.id);
          if (LABEL_END.test(block.text)) label = rule;
          continue;
        }
        ctx.changed(block.text.slice(cut), `${rule.reason} cut from the end of a paragraph`, rule.id);
        out.push({ ...block, text: block.text.slice(0, cut).trimEnd() });
      }
      return out;
    },
  };
}

/** A label that introduces what follows it ends with a colon. */
const LABEL_END = /[:：]$/u;
/** A block that is one web address and nothing else. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S{1,500}$/u;

/**
 * Which rules a text could match, told by code units: those a start rule's
 * match begins with (read from the text's first unit), and those of which a
 * match must hold one (an `any` rule's, or a start rule's whose first units
 * cannot be told; read from all of its units). One pass over the text instead
 * of one search per rule.
 *
 * A rule of the second kind is keyed on pairs of adjacent units when every
 * match holds one of a few (`代表`, `观点` for the disclaimer), else on single
 * units (`©`). Pairs are far rarer than their units (表 is in one corpus
 * block in nine, 代表 in one in fifty), and each rule let through costs a
 * search with its pattern: a corpus pass tried 154,000 rules with unit keys,
 * 52,000 with pair keys (1,494 of them match).
 *
 * `slots` maps a code unit to a slot (0: it keys no rule). The rules keyed on
 * a first unit are listed per slot; the first 93 rules keyed on what they hold
 * own one bit each, in table order, in up to three words of 31 bits:
 * `heldWords[w][slot]` is word `w` of the rules keyed on that slot's unit alone,
 * and `pairEnds[slot]` the pairs that end with it, read only when the sign bit
 * of word 0 (`PAIR_END`, which no rule owns) is set, so that the scan reads one
 * word per unit and no flag beside it (the step in place: 0.90–0.99 of its time
 * with a flag array). Keeping
 * the start rules out of the words makes the scan cheap: the default table
 * holds 27 rules of the second kind, one word. Other rules (their units
 * unknown, or past the 93rd) are always tried.
 */
interface Screen {
  readonly slots: Uint8Array;
  /** Per slot, the rules to try for a text that opens with its unit: the start rules it may begin, and those always tried, in table order. */
  readonly listed: readonly (readonly number[])[];
  /** The rule keyed on what it holds that owns each bit, by `31 * word + bit index`. */
  readonly heldRules: readonly number[];
  /** One word of held-unit bits per slot, or three when more than 31 rules are keyed on what they hold. */
  readonly heldWords: readonly Int32Array[];
  /** Per slot, the key pairs ending with its unit: runs of four numbers, the unit before and the pair's three words. */
  readonly pairEnds: readonly (readonly number[])[];
  /** The longest text a held-unit rule may drop: longer texts are not scanned. */
  readonly scanLimit: number;
}

/** How many rules can be keyed on what they hold: three words of 31 bits. */
const HELD_KEYED = 93;
/** Slots of a `Uint8Array`: 0 for units that key nothing, 255 for every unit past 254 distinct keys. */
const SLOTS = 256;
/** The sign bit of word 0 of a slot whose unit ends a key pair: no rule owns bit 31. */
const PAIR_END = 1 << 31;
type Words = [number, number, number];

function screenOf(phrases: readonly PhraseRule[]): Screen {
  // For each unit, the rules keyed on it: start rules as indices, the others as bits, on the unit
  // alone or on a pair that ends with it (by the unit before).
  const starts = new Map<number, number[]>();
  const held = new Map<number, Words>();
  const pairs = new Map<number, Map<number, Words>>();
  const heldRules: number[] = [];
  const always: number[] = [];
  let scanLimit = 0;
  for (let r = 0; r < phrases.length; r++) {
    const rule = phrases[r]!;
    const first = rule.at === 'start' ? firstUnits(rule.match) : null;
    if (first !== null) {
      for (const unit of first) starts.set(unit, [...(starts.get(unit) ?? []), r]);
      continue;
    }
    const keyPairs = heldRules.length < HELD_KEYED ? requiredPairs(rule.match) : null;
    const units = heldRules.length < HELD_KEYED && keyPairs === null ? requiredUnits(rule.match) : null;
    if (keyPairs === null && units === null) {
      always.push(r);
      continue;
    }
    const word = Math.floor(heldRules.length / 31) as 0 | 1 | 2;
    const bit = 1 << heldRules.length % 31;
    heldRules.push(r);
    scanLimit = Math.max(scanLimit, rule.maxChars);
    for (const unit of units ?? []) addBit(held, unit, word, bit);
    for (const pair of keyPairs ?? []) {
      const end = pair % 0x10000;
      if (!pairs.has(end)) pairs.set(end, new Map());
      addBit(pairs.get(end)!, Math.floor(pair / 0x10000), word, bit);
    }
  }
  // One word when it holds every held-unit rule (the scan then reads one per unit), else all three.
  const words = heldRules.length <= 31 ? 1 : 3;
  const heldWords = Array.from({ length: words }, () => new Int32Array(SLOTS));
  const pairEnds: number[][] = Array.from({ length: SLOTS }, () => []);
  const slots = new Uint8Array(0x10000);
  const listed: number[][] = [always];
  const slotOf = new Map<string, number>();
  let overflow = false;
  for (const unit of new Set([...starts.keys(), ...held.keys(), ...pairs.keys()])) {
    const rules = starts.get(unit) ?? [];
    const mask = held.get(unit) ?? [0, 0, 0];
    const ends = [...(pairs.get(unit) ?? [])].flatMap(([before, masks]) => [before, ...masks]);
    const key = `${rules.join(' ')}/${mask.join(' ')}/${ends.join(' ')}`;
    let slot = slotOf.get(key);
    if (slot === undefined && listed.length < SLOTS - 1) {
      slot = listed.length;
      slotOf.set(key, slot);
      listed.push(inTableOrder([...rules, ...always]));
      for (let w = 0; w < words; w++) heldWords[w]![slot] = mask[w]!;
      if (ends.length > 0) heldWords[0]![slot]! |= PAIR_END;
      pairEnds[slot] = ends;
    }
    overflow ||= slot === undefined;
    slots[unit] = slot ?? SLOTS - 1;
  }
  if (overflow) {
    // Past 254 distinct keys, a unit shares the last slot, which lets every keyed rule through.
    listed.push(inTableOrder([...new Set([...starts.values()].flat()), ...always]));
    for (let w = 0; w < words; w++) heldWords[w]![SLOTS - 1] = bitsOf(heldRules.length - 31 * w);
  }
  return { slots, listed, heldRules, heldWords, pairEnds, scanLimit };
}

function addBit(byUnit: Map<number, Words>, unit: number, word: 0 | 1 | 2, bit: number): void {
  const mask = byUnit.get(unit) ?? [0, 0, 0];
  mask[word] |= bit;
  byUnit.set(unit, mask);
}

function inTableOrder(rules: number[]): number[] {
  return rules.sort((a, b) => a - b);
}

/** The lowest `n` bits of a word set (all 31 for `n` ≥ 31, none for `n` ≤ 0). */
function bitsOf(n: number): number {
  return n <= 0 ? 0 : n >= 31 ? 0x7fffffff : (1 << n) - 1;
}

/** Word `word` of the rules keyed on a pair that ends at the text's unit `end` (> 0). */
function pairBits(screen: Screen, slot: number, text: string, end: number, word: number): number {
  const ends = screen.pairEnds[slot]!;
  const before = text.charCodeAt(end - 1);
  let bits = 0;
  for (let k = 0; k < ends.length; k += 4) if (ends[k] === before) bits |= ends[k + 1 + word]!;
  return bits;
}

/**
 * The first rule of the table that drops the text, trying only the rules the
 * screen lets through: the held-unit candidates' bits are visited in order,
 * merged with the rules listed for the text's first unit, so no loop runs over
 * the whole table.
 */
function firstMatch(text: string, phrases: readonly PhraseRule[], screen: Screen): PhraseRule | undefined {
  const { slots, heldRules, heldWords } = screen;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  // No test for slot 0 (its words are 0): the branch, taken at random, cost more than the reads.
  // The pairs are read only at the units that end one (one in 27 of the corpus blocks' units).
  if (text.length <= screen.scanLimit && heldWords.length === 1) {
    const w0 = heldWords[0]!;
    for (let i = 0; i < text.length; i++) {
      const slot = slots[text.charCodeAt(i)]!;
      const bits = w0[slot]!;
      m0 |= bits;
      if (bits < 0 && i > 0) m0 |= pairBits(screen, slot, text, i, 0);
    }
  } else if (text.length <= screen.scanLimit) {
    const [w0, w1, w2] = heldWords as [Int32Array, Int32Array, Int32Array];
    for (let i = 0; i < text.length; i++) {
      const slot = slots[text.charCodeAt(i)]!;
      const bits = w0[slot]!;
      m0 |= bits;
      m1 |= w1[slot]!;
      m2 |= w2[slot]!;
      if (bits < 0 && i > 0) {
        m0 |= pairBits(screen, slot, text, i, 0);
        m1 |= pairBits(screen, slot, text, i, 1);
        m2 |= pairBits(screen, slot, text, i, 2);
      }
    }
  }
  // The pair-end flag is no rule's bit.
  m0 &= ~PAIR_END;
  const listed = screen.listed[text === '' ? 0 : slots[text.charCodeAt(0)]!]!;
  let next = 0;
  for (let word = 0; word < 3; word++) {
    for (let left = word === 0 ? m0 : word === 1 ? m1 : m2; left !== 0; ) {
      const bit = left & -left;
      left ^= bit;
      const r = heldRules[31 * word + 31 - Math.clz32(bit)]!;
      for (; next < listed.length && listed[next]! < r; next++) if (matchesPhrase(text, phrases[listed[next]!]!)) return phrases[listed[next]!];
      if (matchesPhrase(text, phrases[r]!)) return phrases[r];
    }
  }
  for (; next < listed.length; next++) if (matchesPhrase(text, phrases[listed[next]!]!)) return phrases[listed[next]!];
  return undefined;
}

/** Marks that end a sentence, and the closing quotes or brackets that may follow one. */
const SENTENCE_MARKS = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '」', '』', '）', ')']);

/**
 * Where to cut a block that a rule matched: the start of the sentence the match starts in,
 * when at least `minKept` characters come before it; -1 to drop the whole block.
 */
function trailingCut(text: string, rule: PhraseRule, minKept: number): number {
  const at = typeof rule.match === 'string' ? text.indexOf(rule.match) : (rule.match.exec(text)?.index ?? -1);
  if (at < minKept) return -1;
  let cut = -1;
  for (let i = 0; i < at; i++) {
    if (!SENTENCE_MARKS.has(text[i]!)) continue;
    cut = i + 1 < at && CLOSERS.has(text[i + 1]!) ? i + 2 : i + 1;
  }
  return cut >= minKept ? cut : -1;
}

/** A phrase rule given in `options.phrases` is checked once, when the step is made. */
function checkPhrase(rule: PhraseRule, i: number): void {
  const where = `removeBoilerplateText phrases[${i}] ("${String(rule?.id)}")`;
  if (rule === null || typeof rule !== 'object' || typeof rule.id !== 'string') throw new TypeError(`qingxi: removeBoilerplateText phrases[${i}] is not a phrase rule; give { id, match, at, maxChars, reason }.`);
  if (typeof rule.match !== 'string' && !(rule.match instanceof RegExp)) throw new TypeError(`qingxi: ${where}.match must be a string or a RegExp.`);
  if (rule.match instanceof RegExp && (rule.match.global || rule.match.sticky)) {
    throw new TypeError(`qingxi: ${where}.match has the g or y flag, which makes matching depend on earlier blocks; remove the flag.`);
  }
  if (rule.at !== 'start' && rule.at !== 'any') throw new TypeError(`qingxi: ${where}.at must be 'start' or 'any'.`);
  if (!(rule.maxChars > 0)) throw new TypeError(`qingxi: ${where}.maxChars must be a positive number of characters.`);
  if (rule.cutTrailing !== undefined && !(Number.isFinite(rule.cutTrailing) && rule.cutTrailing >= 0)) {
    throw new TypeError(`qingxi: ${where}.cutTrailing must be a number of characters ≥ 0, or left out.`);
  }
}

/**
 * Whether a block's text matches a phrase rule.
 *
 * @param text - The block text.
 * @param rule - The rule.
 * @returns `true` when the rule drops the block.
 * @example
 * const copyright = BOILERPLATE_PHRASES.find((rule) => rule.id === 'copyright')!;
 * matchesPhrase('希望之声版权所有，未经希望之声书面允许，不得转载，违者必究。', copyright) // true
 * matchesPhrase(longParagraphQuotingIt, copyright) // false: longer than the rule's maxChars (200)
 */
export function matchesPhrase(text: string, rule: PhraseRule): boolean {
  if (text.length > rule.maxChars) return false;
  if (typeof rule.match === 'string') return rule.at === 'start' ? text.startsWith(rule.match) : text.includes(rule.match);
  if (rule.at === 'any') return rule.match.test(text);
  // Sticky, so that a rule for the block's start is tried at the start only, not at every position.
  const atStart = stickyOf(rule.match);
  atStart.lastIndex = 0;
  return atStart.test(text);
}

/** Each start rule's pattern made sticky once, kept beside the caller's (never changed) pattern. */
const STICKY = new WeakMap<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
  let sticky = STICKY.get(pattern);
  if (sticky === undefined) STICKY.set(pattern, (sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/gu, '')}y`)));
  return sticky;
}
