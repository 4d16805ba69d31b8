/**
 * Boilerplate that its words give away.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { BOILERPLATE_PHRASES, type PhraseRule } from '../rules/phrases.js';

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
  return {
    name: 'removeBoilerplateText',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      return blocks.filter((block) => {
        if (block.kept || block.text.length > longest) return true;
        const rule = phrases.find((p) => matchesPhrase(block.text, p));
        if (rule === undefined) return true;
        ctx.dropped(block, rule.reason, rule.id);
        return false;
      });
    },
  };
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
