/**
 * Links and link stand-ins, unwrapped to their text.
 */
import type { Document, Element } from 'domhandler';
import { SelectorIndex } from '../dom/selector-index.js';
import { attr } from '../dom/select.js';
import { textOf } from '../dom/text.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { LINK_WRAPPER_SELECTOR, TAG_HREF, TAG_LINK_SELECTOR } from '../rules/links.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import { resolveUrl } from '../text/resolve-url.js';

/** Options for {@link unwrapLinks}. */
export interface UnwrapLinksOptions {
  /** Elements to unwrap. @default LINK_WRAPPER_SELECTOR */
  readonly wrappers?: string;
  /** Elements whose text is a tag. @default TAG_LINK_SELECTOR */
  readonly tagLinks?: string;
  /** Link targets that make a link a tag link. @default TAG_HREF */
  readonly tagHrefs?: readonly RegExp[];
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#]|$)/iu;

/** Longest text (in characters) taken as a tag. */
const MAX_TAG = 30;

/**
 * Replace links and the mirrors' link stand-ins (`a.st_tag`,
 * `span.wp_keywordlink*`, `<ok>`, `<span href>`) with their text. Tag links
 * feed `tags` (first seen first, no duplicates); other links with a target feed `links`.
 *
 * @param options - Replace the selectors or tag patterns.
 * @returns The tree step `unwrapLinks`.
 * @example
 * pipe(unwrapLinks()).run('<p>坚定友俄的<ok>中共</ok>不</p>').found.tags // ['中共']
 */
export function unwrapLinks(options: UnwrapLinksOptions = {}): TreeStep {
  const wrappers = new SelectorIndex<true>();
  wrappers.add(options.wrappers ?? LINK_WRAPPER_SELECTOR, true, 'unwrapLinks wrappers');
  const tagLinks = new SelectorIndex<true>();
  tagLinks.add(options.tagLinks ?? TAG_LINK_SELECTOR, true, 'unwrapLinks tagLinks');
  const isTagLink = (element: Element): boolean => tagLinks.match(element) === true;
  const tagHrefs = options.tagHrefs ?? TAG_HREF;
  return {
    name: 'unwrapLinks',
    stage: 'tree',
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      return {
        element(node: Element) {
          if (wrappers.match(node) !== true) return undefined;
          // A link to an image file is the image's own source: extractImages reads it.
          if (node.name === 'a' && IMAGE_FILE.test(attr(node, 'href'))) return undefined;
          collect(node, ctx, isTagLink, tagHrefs);
          ctx.unwrap(node, 'link unwrapped to its text', node.name);
          return undefined;
        },
      };
    },
  };
}

function collect(element: Element, ctx: StepContext, isTagLink: (e: Element) => boolean, tagHrefs: readonly RegExp[]): void {
  const href = attr(element, 'href').trim();
  const isTag_ = isTagLink(element) || (href !== '' && tagHrefs.some((re) => re.test(href.includes('%') ? safeDecode(href) : href)));
  if (!isTag_ && (href === '' || href.startsWith('#') || /^(?:javascript|mailto):/iu.test(href))) return;
  const text = collapseWhitespace(textOf(element, 400));
  if (text === '') return;
  if (isTag_) {
    if (text.length <= MAX_TAG && !ctx.found.tags.includes(text)) ctx.found.tags.push(text);
    return;
  }
  const link = { text, href: resolveUrl(href, ctx.found.url?.value ?? ctx.inputUrl) };
  if (!ctx.found.links.some((l) => l.href === link.href && l.text === link.text)) ctx.found.links.push(link);
}

function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
