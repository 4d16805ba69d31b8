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
 * match begins with, and those of which an `any` rule's match must hold one.
 * One pass over the text instead of one search per rule. Rule `r`
 * (of the first 31 that can be screened) owns bit `bits[r]`; `slots` maps a
 * code unit to an entry of `masks`, the bits of the rules a match may begin
 * with it. A rule whose first units are unknown has bit 0 and is always tried.
 */
interface Screen {
  readonly bits: readonly number[];
  readonly slots: Uint8Array;
  readonly masks: readonly number[];
  /** The longest text an `any` rule with a bit may drop: longer texts are not scanned. */
  readonly scanLimit: number;
}

function screenOf(phrases: readonly PhraseRule[]): Screen {
  const byUnit = new Map<number, number>();
  const bits: number[] = [];
  let scanLimit = 0;
  for (const rule of phrases) {
    // A start rule is keyed on the units its match begins with (tested on the block's first),
    // an `any` rule on units every match holds (tested on all of the block's).
    const units = bits.filter((b) => b !== 0).length < 31 ? (rule.at === 'start' ? firstUnits : requiredUnits)(rule.match) : null;
    const bit = units === null ? 0 : 1 << bits.filter((b) => b !== 0).length;
    bits.push(bit);
    if (units === null) continue;
    if (rule.at === 'any') scanLimit = Math.max(scanLimit, rule.maxChars);
    for (const unit of units) byUnit.set(unit, (byUnit.get(unit) ?? 0) | bit);
  }
  const slots = new Uint8Array(0x10000);
  const masks = [0];
  const slotOf = new Map<number, number>();
  for (const [unit, mask] of byUnit) {
    let slot = slotOf.get(mask);
    if (slot === undefined && masks.length < 255) slotOf.set(mask, (slot = masks.push(mask) - 1));
    // Past 254 distinct masks a unit gets every bit: its rules are then always tried.
    slots[unit] = slot ?? 255;
  }
  while (masks.length < 256) masks.push(-1);
  return { bits, slots, masks, scanLimit };
}

/** The first rule of the table that drops the text, trying only the rules the screen lets through. */
function firstMatch(text: string, phrases: readonly PhraseRule[], screen: Screen): PhraseRule | undefined {
  const { bits, slots, masks } = screen;
  let seen = 0;
  if (text.length <= screen.scanLimit) for (let i = 0; i < text.length; i++) seen |= masks[slots[text.charCodeAt(i)]!]!;
  const first = text === '' ? 0 : masks[slots[text.charCodeAt(0)]!]!;
  for (let r = 0; r < phrases.length; r++) {
    const rule = phrases[r]!;
    const bit = bits[r]!;
    if (bit !== 0 && ((rule.at === 'start' ? first : seen) & bit) === 0) continue;
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
