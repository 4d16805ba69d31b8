/**
 * The default pipeline, as data. The order is part of the design; each
 * comment says why a step sits where it does.
 */
import { extractCredits } from '../cleaners/extract-credits.js';
import { extractDateline } from '../cleaners/extract-dateline.js';
import { extractHeaderMeta } from '../cleaners/extract-header-meta.js';
import { extractImages } from '../cleaners/extract-images.js';
import { extractMedia } from '../cleaners/extract-media.js';
import { extractOriginalUrl } from '../cleaners/extract-original-url.js';
import { extractPageMeta } from '../cleaners/extract-page-meta.js';
import { extractSourceNote } from '../cleaners/extract-source-note.js';
import { extractTitleWriter } from '../cleaners/extract-title-writer.js';
import { normalizeContentsList } from '../cleaners/normalize-contents-list.js';
import { normalizeWhitespace } from '../cleaners/normalize-whitespace.js';
import { removeAds } from '../cleaners/remove-ads.js';
import { removeAuthorNote } from '../cleaners/remove-author-note.js';
import { removeBoilerplateText } from '../cleaners/remove-boilerplate-text.js';
import { removeBoilerplate } from '../cleaners/remove-boilerplate.js';
import { removeEmptyBlocks } from '../cleaners/remove-empty-blocks.js';
import { removeEndMark } from '../cleaners/remove-end-mark.js';
import { removeMarkdownLines } from '../cleaners/remove-markdown-lines.js';
import { removeNonContent } from '../cleaners/remove-non-content.js';
import { removeRelated } from '../cleaners/remove-related.js';
import { removeRepeatedLead } from '../cleaners/remove-repeated-lead.js';
import { removeStrayMarkup } from '../cleaners/remove-stray-markup.js';
import { removeTitle } from '../cleaners/remove-title.js';
import { repairMojibake } from '../cleaners/repair-mojibake.js';
import { resolveBody } from '../cleaners/resolve-body.js';
import { toBlocks } from '../cleaners/to-blocks.js';
import { unwrapLinks } from '../cleaners/unwrap-links.js';
import type { Step } from './types.js';

/**
 * The steps `extractArticle` runs, in order. Take it and drop, replace or add
 * steps by name to make your own pipeline.
 *
 * @example
 * const steps = DEFAULT_STEPS.filter((step) => step.name !== 'removeRelated');
 * extractArticle(html, { steps });
 */
export const DEFAULT_STEPS: readonly Step[] = Object.freeze([
  // A Markdown mirror's heading and rule lines are not markup: they go from the text, before the parse.
  removeMarkdownLines(),
  // A copy's statement of where the original is, read from the text's end before the parse.
  extractOriginalUrl(),
  // The page's own metadata is read first: removeNonContent drops the <head> and scripts that hold it.
  extractPageMeta(),
  // Scripts, styles, comments and hidden elements go before anything measures text.
  removeNonContent(),
  // Ads go before the body is chosen, so that ad wrappers never look like text containers.
  removeAds(),
  // The lines under the headline are read before the body is chosen: the finder may leave them outside it.
  extractHeaderMeta(),
  // Choose the article container: a profile's selector, or the generic finder, on every page family.
  resolveBody(),
  // Players and related-article lists are read before links are unwrapped: their hrefs are needed.
  extractMedia(),
  removeRelated(),
  removeBoilerplate(),
  // A contents list is told by its in-page links' targets, which unwrapLinks takes away; after
  // removeRelated, which would read a list of links as a related-article list.
  normalizeContentsList(),
  // Links are unwrapped before images are taken, so tag links inside captions still feed `tags`.
  unwrapLinks(),
  extractImages(),
  toBlocks(),
  // Mojibake is repaired on the raw text: collapsing would eat the no-break spaces and soft hyphens its bytes read as.
  repairMojibake(),
  // Whitespace is collapsed before any other step reads block text.
  normalizeWhitespace(),
  removeStrayMarkup(),
  // Every tree step has offered its title candidate by now.
  removeTitle(),
  // The dateline is read from blocks, after links were unwrapped: tag links split 【…】 in the tree.
  extractDateline(),
  // A standfirst is compared with the story once the dateline is off the story's first paragraph.
  removeRepeatedLead(),
  // A source note names the writer: it is read before the disclaimer and reprint rules drop it.
  extractSourceNote(),
  // Word-identified boilerplate goes before credits, so that credit lines end the body.
  removeBoilerplateText(),
  // A note about the author sits among the closing credit lines: it goes first, so that they end the body.
  removeAuthorNote(),
  extractCredits(),
  // The story's end mark (…。#, …。◇, …。@*#) is its last once the credit lines, which print it too, are gone.
  removeEndMark(),
  // A commentary's headline names its writer: read only when nothing above credited anyone.
  extractTitleWriter(),
  removeEmptyBlocks(),
]);

/**
 * The names of {@link DEFAULT_STEPS}, in order: the anchors a rule's `before` and `after` may name.
 *
 * @example
 * DEFAULT_STEP_NAMES // ['removeMarkdownLines', 'extractOriginalUrl', 'extractPageMeta', 'removeNonContent', …, 'removeEmptyBlocks']
 * // `before` and `after` take any of these names:
 * defineRule({ id: 'drop-promo', remove: '.promo', before: 'unwrapLinks' });
 */
export const DEFAULT_STEP_NAMES: readonly string[] = Object.freeze(DEFAULT_STEPS.map((step) => step.name));
