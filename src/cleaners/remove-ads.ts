/**
 * Ad slots.
 */
import type { Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { nextInSubtree } from '../dom/walk.js';
import { indexRules, removeMatched } from '../pipeline/selector-rules.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { AD_SLOTS } from '../rules/ads.js';
import type { SelectorRule } from '../rules/selector-rule.js';

/**
 * Options for {@link removeAds}.
 *
 * @example
 * // One more ad slot besides the built-in ones, in the default pipeline:
 * const ads = removeAds({ slots: [...AD_SLOTS, { id: 'dfp-box', selector: 'div.dfp-box', reason: 'DFP ad box' }] });
 * extractArticle(html, { steps: DEFAULT_STEPS.map((step) => (step.name === 'removeAds' ? ads : step)) });
 */
export interface RemoveAdsOptions {
  /** The ad-slot table. @default AD_SLOTS */
  readonly slots?: readonly SelectorRule[];
}

const CENTER: ReadonlySet<string> = new Set(['center']);
const VISIBLE = new Set(['img', 'video', 'audio', 'iframe', 'embed', 'object']);
/** How many nodes of a <center> are looked at before it counts as holding content. */
const MAX_CENTER_NODES = 200;

/**
 * Remove ad slots: AdSense `<ins>`, GPT `div-gpt-ad-*`, AuctionX `*_ADSLOT*`,
 * banner containers, Taboola widgets, and the `<center>` wrappers left empty
 * around them.
 *
 * @param options - Replace the ad-slot table.
 * @returns The tree step `removeAds`.
 * @example
 * pipe(removeAds()).run('<p>正文</p><ins class="adsbygoogle"></ins>').blocks // [{ kind: 'paragraph', text: '正文' }]
 */
export function removeAds(options: RemoveAdsOptions = {}): TreeStep {
  const rules = indexRules(options.slots ?? AD_SLOTS, 'removeAds');
  return {
    name: 'removeAds',
    stage: 'tree',
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      return {
        element: removeMatched(rules, ctx),
        leaveTags: CENTER,
        leave(element: Element) {
          if (!hasContent(element, ctx)) ctx.remove(element, 'empty ad wrapper', 'empty-center');
        },
      };
    },
  };
}

/**
 * Whether a <center> still holds text or an image once removed nodes are
 * discounted. The look is bounded, so nested centers cost linear time: a
 * center too big to check is kept. It follows the tree's links rather than a
 * walk with a callback: 16,000 centers a corpus pass, most of them a few
 * nodes, each paid a cursor's stacks and a closure.
 */
function hasContent(center: Element, ctx: StepContext): boolean {
  let seen = 0;
  for (let node = center.children[0] ?? null; node !== null; ) {
    if (++seen > MAX_CENTER_NODES) return true;
    // A removed node's subtree is passed over.
    const removed = ctx.isRemoved(node);
    if (!removed) {
      if (isText(node) ? node.data.trim() !== '' : isTag(node) && VISIBLE.has(node.name)) return true;
    }
    node = nextInSubtree(node, center, !removed);
  }
  return false;
}
