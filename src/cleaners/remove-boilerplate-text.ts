/**
 * Boilerplate that its words give away.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { BOILERPLATE_PHRASES, type PhraseRule } from '../rules/phrases.js';
import { firstUnits, requiredUnits } from '../text/first-units.js';

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
 * match begins with, and those of which a match must hold one (an `any`
 * rule's, or a start rule's whose first units cannot be told). One pass over
 * the text instead of one search per rule. The first 93 rules that can be
 * screened own one bit each, in table order, in three words of 31 bits (a
 * 32nd would make the words negative, no longer small integers); `slots` maps
 * a code unit to a slot, and `words[w][slot]` is word `w` of the rules a match
 * may begin with or hold that unit (slot 0: none). Other rules (their units
 * unknown, or past the 93rd) are always tried.
 */
interface Screen {
  /** The rule that owns each bit, by `31 * word + bit index`. */
  readonly ruleOf: readonly number[];
  /** Per word, the bits of the rules screened on the text's first unit; the others are screened on all units. */
  readonly onFirst: readonly [number, number, number];
  /** The rules that are always tried, in table order. */
  readonly always: readonly number[];
  readonly slots: Uint8Array;
  readonly words: readonly [Int32Array, Int32Array, Int32Array];
  /** The longest text a rule screened on all units may drop: longer texts are not scanned. */
  readonly scanLimit: number;
  /** Whether any rule owns a bit of the third word: a table of up to 62 screened rules leaves it empty. */
  readonly thirdWord: boolean;
}

/** How many rules the screen can key: three words of 31 bits. */
const SCREENED = 93;

function screenOf(phrases: readonly PhraseRule[]): Screen {
  const byUnit = new Map<number, [number, number, number]>();
  const ruleOf: number[] = [];
  const onFirst: [number, number, number] = [0, 0, 0];
  const always: number[] = [];
  let scanLimit = 0;
  for (let r = 0; r < phrases.length; r++) {
    const rule = phrases[r]!;
    // A start rule is keyed on the units its match begins with (tested on the block's first),
    // an `any` rule on units every match holds (tested on all of the block's); a start rule
    // whose first units are unknown (a leading negated class) on the units it must hold.
    let units: Set<number> | null = null;
    let first = false;
    if (ruleOf.length < SCREENED) {
      if (rule.at === 'start') units = firstUnits(rule.match);
      first = units !== null;
      units ??= requiredUnits(rule.match);
    }
    if (units === null) {
      always.push(r);
      continue;
    }
    const word = Math.floor(ruleOf.length / 31) as 0 | 1 | 2;
    const bit = 1 << ruleOf.length % 31;
    ruleOf.push(r);
    if (first) onFirst[word] |= bit;
    else scanLimit = Math.max(scanLimit, rule.maxChars);
    for (const unit of units) {
      const mask = byUnit.get(unit) ?? [0, 0, 0];
      mask[word] |= bit;
      byUnit.set(unit, mask);
    }
  }
  const slots = new Uint8Array(0x10000);
  const words: [Int32Array, Int32Array, Int32Array] = [new Int32Array(256).fill(-1), new Int32Array(256).fill(-1), new Int32Array(256).fill(-1)];
  for (const word of words) word[0] = 0;
  let used = 1;
  const slotOf = new Map<string, number>();
  for (const [unit, mask] of byUnit) {
    const key = mask.join(',');
    let slot = slotOf.get(key);
    if (slot === undefined && used < 255) {
      slot = used++;
      slotOf.set(key, slot);
      for (let w = 0; w < 3; w++) words[w]![slot] = mask[w]!;
    }
    // Past 254 distinct masks a unit gets every bit: its rules are then always tried.
    slots[unit] = slot ?? 255;
  }
  return { ruleOf, onFirst, always, slots, words, scanLimit, thirdWord: ruleOf.length > 62 };
}

/**
 * The first rule of the table that drops the text, trying only the rules the
 * screen lets through: the candidates' bits are visited in order, merged with
 * the rules always tried, so no loop runs over the whole table.
 */
function firstMatch(text: string, phrases: readonly PhraseRule[], screen: Screen): PhraseRule | undefined {
  const { ruleOf, onFirst, always, slots, words } = screen;
  const [w0, w1, w2] = words;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  // No test for slot 0 (its words are 0): the branch, taken at random, cost more than the reads.
  // An empty third word is not read: one table read in three per unit (corpus blocks: 0.83-0.88 of the scan).
  if (text.length <= screen.scanLimit && !screen.thirdWord) {
    for (let i = 0; i < text.length; i++) {
      const slot = slots[text.charCodeAt(i)]!;
      m0 |= w0[slot]!;
      m1 |= w1[slot]!;
    }
  } else if (text.length <= screen.scanLimit) {
    for (let i = 0; i < text.length; i++) {
      const slot = slots[text.charCodeAt(i)]!;
      m0 |= w0[slot]!;
      m1 |= w1[slot]!;
      m2 |= w2[slot]!;
    }
  }
  const firstSlot = text === '' ? 0 : slots[text.charCodeAt(0)]!;
  const candidates = [
    (w0[firstSlot]! & onFirst[0]) | (m0 & ~onFirst[0]),
    (w1[firstSlot]! & onFirst[1]) | (m1 & ~onFirst[1]),
    (w2[firstSlot]! & onFirst[2]) | (m2 & ~onFirst[2]),
  ];
  let next = 0;
  for (let word = 0; word < 3; word++) {
    for (let left = candidates[word]!; left !== 0; ) {
      const bit = left & -left;
      left ^= bit;
      const r = ruleOf[31 * word + 31 - Math.clz32(bit)]!;
      for (; next < always.length && always[next]! < r; next++) if (matchesPhrase(text, phrases[always[next]!]!)) return phrases[always[next]!];
      if (matchesPhrase(text, phrases[r]!)) return phrases[r];
    }
  }
  for (; next < always.length; next++) if (matchesPhrase(text, phrases[always[next]!]!)) return phrases[always[next]!];
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
