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
  // A block longer than every rule's limit is kept without trying the rules.
  const longest = Math.max(0, ...phrases.map((p) => p.maxChars));
  const screen = screenOf(phrases);
  return {
    name: 'removeBoilerplateText',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      return blocks.filter((block) => {
        if (block.kept || block.text.length > longest) return true;
        const rule = firstMatch(block.text, phrases, screen);
        if (rule === undefined) return true;
        ctx.dropped(block, rule.reason, rule.id);
        return false;
      });
    },
  };
}

/**
 * Which rules a text could match, told by code units: those a start rule's
 * match begins with, and those of which a match must hold one (an `any`
 * rule's, or a start rule's whose first units cannot be told). One pass over
 * the text instead of one search per rule. Rule `r` (of the first 62 that can
 * be screened) owns bit `bits[r]` of word `words[r]` (two 31-bit words: the
 * table is longer than one); `slots` maps a code unit to an entry of `masks`,
 * the two words of the rules a match may begin with or hold it, at
 * `masks[2 * slot]` and `masks[2 * slot + 1]`. A rule whose units are unknown
 * has bit 0 and is always tried.
 */
interface Screen {
  readonly bits: readonly number[];
  readonly words: readonly number[];
  /** Whether rule `r` is screened on the text's first unit (else on all of them). */
  readonly onFirst: readonly boolean[];
  readonly slots: Uint8Array;
  readonly masks: Int32Array;
  /** The longest text a rule screened on all units may drop: longer texts are not scanned. */
  readonly scanLimit: number;
}

/** Rules screened by bit: two words of 31 bits (a 32nd would make the words negative, no longer small integers). */
const SCREENED = 62;

function screenOf(phrases: readonly PhraseRule[]): Screen {
  const byUnit = new Map<number, [number, number]>();
  const bits: number[] = [];
  const words: number[] = [];
  const onFirst: boolean[] = [];
  let screened = 0;
  let scanLimit = 0;
  for (const rule of phrases) {
    // A start rule is keyed on the units its match begins with (tested on the block's first),
    // an `any` rule on units every match holds (tested on all of the block's); a start rule
    // whose first units are unknown (a leading negated class) on the units it must hold.
    let units: Set<number> | null = null;
    let first = false;
    if (screened < SCREENED) {
      if (rule.at === 'start') units = firstUnits(rule.match);
      first = units !== null;
      units ??= requiredUnits(rule.match);
    }
    const bit = units === null ? 0 : 1 << screened % 31;
    const word = units === null ? 0 : Math.floor(screened / 31);
    bits.push(bit);
    words.push(word);
    onFirst.push(first);
    if (units === null) continue;
    screened++;
    if (!first) scanLimit = Math.max(scanLimit, rule.maxChars);
    for (const unit of units) {
      const mask = byUnit.get(unit) ?? [0, 0];
      mask[word]! |= bit;
      byUnit.set(unit, mask);
    }
  }
  const slots = new Uint8Array(0x10000);
  const masks = new Int32Array(2 * 256).fill(-1);
  masks[0] = masks[1] = 0;
  let used = 1;
  const slotOf = new Map<string, number>();
  for (const [unit, [low, high]] of byUnit) {
    const key = `${low},${high}`;
    let slot = slotOf.get(key);
    if (slot === undefined && used < 255) {
      slot = used++;
      slotOf.set(key, slot);
      masks[2 * slot] = low;
      masks[2 * slot + 1] = high;
    }
    // Past 254 distinct masks a unit gets every bit: its rules are then always tried.
    slots[unit] = slot ?? 255;
  }
  return { bits, words, onFirst, slots, masks, scanLimit };
}

/** The first rule of the table that drops the text, trying only the rules the screen lets through. */
function firstMatch(text: string, phrases: readonly PhraseRule[], screen: Screen): PhraseRule | undefined {
  const { bits, words, onFirst, slots, masks } = screen;
  let low = 0;
  let high = 0;
  if (text.length <= screen.scanLimit) {
    for (let i = 0; i < text.length; i++) {
      const slot = slots[text.charCodeAt(i)]!;
      if (slot === 0) continue;
      low |= masks[2 * slot]!;
      high |= masks[2 * slot + 1]!;
    }
  }
  const firstSlot = text === '' ? 0 : slots[text.charCodeAt(0)]!;
  const firstLow = masks[2 * firstSlot]!;
  const firstHigh = masks[2 * firstSlot + 1]!;
  for (let r = 0; r < phrases.length; r++) {
    const rule = phrases[r]!;
    const bit = bits[r]!;
    if (bit !== 0) {
      const mask = onFirst[r] ? (words[r] === 0 ? firstLow : firstHigh) : words[r] === 0 ? low : high;
      if ((mask & bit) === 0) continue;
    }
    if (matchesPhrase(text, rule)) return rule;
  }
  return undefined;
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
