/**
 * Links and link stand-ins, unwrapped to their text.
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { hasChildren, isText } from 'domhandler';
import { SelectorIndex } from '../dom/selector-index.js';
import { attr } from '../dom/select.js';
import { textOf } from '../dom/text.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { INSERTED_LINK_SELECTOR, LINK_WRAPPER_SELECTOR, TAG_HREF, TAG_LINK_SELECTOR } from '../rules/links.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import { resolveUrl } from '../text/resolve-url.js';

/**
 * Options for {@link unwrapLinks}.
 *
 * @example
 * // A site whose topic pages are /topic/<id>: their links are tags too.
 * const links = unwrapLinks({ tagHrefs: [...TAG_HREF, /\/topic\/\d+/u] });
 * pipe(links).run('<p>港警拘捕多人。<a href="https://www.example.com.cn/topic/123">香港国安法</a></p>').found.tags
 * // ['香港国安法'] (with the default TAG_HREF: [])
 */
export interface UnwrapLinksOptions {
  /** Elements to unwrap. @default LINK_WRAPPER_SELECTOR */
  readonly wrappers?: string;
  /** Elements whose text is a tag. @default TAG_LINK_SELECTOR */
  readonly tagLinks?: string;
  /** Link targets that make a link a tag link. @default TAG_HREF */
  readonly tagHrefs?: readonly RegExp[];
  /** Links a mirror inserted: unwrapped, but not listed in `links`. @default INSERTED_LINK_SELECTOR */
  readonly insertedLinks?: string;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#]|$)/iu;

/** Longest text (in characters) taken as a tag. */
const MAX_TAG = 30;

/**
 * Replace links and the mirrors' link stand-ins (`a.st_tag`,
 * `span.wp_keywordlink*`, `<ok>`, `<span href>`) with their text. Tag links
 * feed `tags` (first seen first, no duplicates); other links with a target feed
 * `links`, unless a mirror inserted them (its keyword links), and only when
 * their paragraph stays in the body.
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
  const inserted = new SelectorIndex<true>();
  inserted.add(options.insertedLinks ?? INSERTED_LINK_SELECTOR, true, 'unwrapLinks insertedLinks');
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
          if (inserted.match(node) !== true) collect(node, ctx, isTagLink, tagHrefs);
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
  ctx.addLink({ text, href: resolveUrl(href, ctx.found.url?.value ?? ctx.inputUrl) }, firstText(element));
}

/** The link's first text node, found within a few nodes: it stays in the tree when the link and its wrappers are unwrapped. */
function firstText(element: Element): ChildNode | null {
  const stack: ChildNode[] = [...element.children].reverse();
  for (let seen = 0; stack.length > 0 && seen < 64; seen++) {
    const node = stack.pop()!;
    if (isText(node)) return node;
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return null;
}

function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
