/**
 * Ad slots.
 */
import type { Document } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { SKIP, walkEnterExit } from '../dom/walk.js';
import { compileRules, firstMatch } from '../pipeline/compile-rules.js';
import type { StepContext, TreeStep } from '../pipeline/types.js';
import { AD_SLOTS } from '../rules/ads.js';
import type { SelectorRule } from '../rules/selector-rule.js';

/** Options for {@link removeAds}. */
export interface RemoveAdsOptions {
  /** The ad-slot table. @default AD_SLOTS */
  readonly slots?: readonly SelectorRule[];
}

/**
 * Remove ad slots: AdSense `<ins>`, GPT `div-gpt-ad-*`, AuctionX `*_ADSLOT*`,
 * banner containers, Taboola widgets, hidden promo spans, and the `<center>`
 * wrappers left empty around them.
 *
 * @param options - Replace the ad-slot table.
 * @returns The tree step `removeAds`.
 * @example
 * pipe(removeAds()).run('<p>正文</p><ins class="adsbygoogle"></ins>').blocks // [{ kind: 'paragraph', text: '正文' }]
 */
export function removeAds(options: RemoveAdsOptions = {}): TreeStep {
  const rules = compileRules(options.slots ?? AD_SLOTS, 'removeAds');
  return {
    name: 'removeAds',
    stage: 'tree',
    run(doc: Document, ctx: StepContext): void {
      // One open flag per enclosing <center>: does it hold anything visible?
      const open: boolean[] = [];
      walkEnterExit(
        doc,
        (node) => {
          if (isText(node)) {
            if (open.length > 0 && node.data.trim() !== '') open[open.length - 1] = true;
            return undefined;
          }
          if (!isTag(node)) return undefined;
          const rule = firstMatch(node, rules);
          if (rule !== undefined) {
            ctx.remove(node, rule.reason, rule.id);
            return SKIP;
          }
          if (node.name === 'center') open.push(false);
          else if (open.length > 0 && VISIBLE.has(node.name)) open[open.length - 1] = true;
          return undefined;
        },
        (node) => {
          if (!isTag(node) || node.name !== 'center' || ctx.isRemoved(node)) return;
          const visible = open.pop() ?? false;
          if (!visible) ctx.remove(node, 'empty ad wrapper', 'empty-center');
          else if (open.length > 0) open[open.length - 1] = true;
        },
      );
    },
  };
}

const VISIBLE = new Set(['img', 'video', 'audio', 'iframe', 'embed', 'object']);
