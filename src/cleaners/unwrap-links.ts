/**
 * Links and link stand-ins, unwrapped to their text.
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { SelectorIndex } from '../dom/selector-index.js';
import { attr } from '../dom/select.js';
import { textOf } from '../dom/text.js';
import { SKIP, nextInSubtree, walk } from '../dom/walk.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { INSERTED_LINK_SELECTOR, LINK_WRAPPER_SELECTOR, POST_META_SELECTOR, TAG_HREF, TAG_LINK_SELECTOR } from '../rules/links.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import { firstVisibleIndex, isSpaceUnit } from '../text/is-space.js';
import { resolveUrl, unwrapRedirect } from '../text/resolve-url.js';
import { keywordOf } from '../text/strip-brackets.js';
import { isPlainWordUnit } from '../text/units.js';

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
  /** Link targets that make a link a tag link, tried on the target as written and, when it holds %-escapes, decoded. @default TAG_HREF */
  readonly tagHrefs?: readonly RegExp[];
  /** Links a mirror inserted: unwrapped, but not listed in `links`. @default INSERTED_LINK_SELECTOR */
  readonly insertedLinks?: string;
  /** A post's meta box (byline, date, categories, tags): its tags are read, the box removed. @default POST_META_SELECTOR */
  readonly postMeta?: string;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#]|$)/iu;

/** Longest text (in characters) taken as a tag. */
const MAX_TAG = 30;
/**
 * A footnote mark's target, Word's `#_edn1` / `#_ftnref1`, also when a reprint made it absolute
 * (希望之声 soh186/258802 `[1]` → `…/n10469975.htm#_edn1`): a note on the same page, not another page.
 */
const FOOTNOTE_ANCHOR = /#_(?:edn|ftn)(?:ref)?\d+$/u;
/**
 * An absolute target whose host has no dot leads nowhere: 看中国's keyword stand-in `<span href="http://玷污">`
 * (p7/936730, p7/934111) and a reference cut to `https://www` (nsc422/n10586579). The text stays; no link is listed.
 */
const NO_HOST = /^[a-z][a-z\d+.-]*:\/\/[^/?#.]*(?:[/?#]|$)/iu;
/** A link's text names something only if it holds a letter or digit: a link on a lone `，` is markup slop. */
const HAS_WORD = /[\p{L}\p{N}]/u;
/** A target that runs a script or writes a mail leads to no page. */
const NOT_A_PAGE = /^(?:javascript|mailto):/iu;

/**
 * Replace links and the mirrors' link stand-ins (`a.st_tag`,
 * `span.wp_keywordlink*`, `<ok>`, `<span href>`) with their text. A tag list
 * standing alone, and a post's meta box (WordPress `entry-footer`), give their
 * tags and leave the body. Tag links
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
  // What the visitor asks of every element, in one look-up: a post's meta box (filed first, so
  // it wins, as it is asked first) or a link wrapper.
  const kinds = new SelectorIndex<'post-meta' | 'wrapper'>();
  kinds.add(options.postMeta ?? POST_META_SELECTOR, 'post-meta', 'unwrapLinks postMeta');
  kinds.add(options.wrappers ?? LINK_WRAPPER_SELECTOR, 'wrapper', 'unwrapLinks wrappers');
  return {
    name: 'unwrapLinks',
    stage: 'tree',
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      const isTagAnchor = (element: Element): boolean => wrappers.match(element) === true && isTagTarget(element, hrefOf(element), isTagLink, tagHrefs);
      return {
        element(node: Element) {
          const kind = kinds.match(node);
          if (kind === 'post-meta') {
            // Each link here was found a tag link, so it is not asked again.
            for (const link of tagLinksIn(node, isTagAnchor)) collect(link, hrefOf(link), true, ctx);
            ctx.remove(node, 'post meta (byline, date, categories, tags): its tags are kept, its text is not body', 'post-meta');
            return SKIP;
          }
          if (TAG_LIST_HOSTS.has(node.name)) {
            const links = tagListLinks(node, isTagAnchor);
            if (links !== null) {
              for (const link of links) collect(link, hrefOf(link), true, ctx);
              ctx.remove(node, 'tag list: its tags are kept, its text is not body', 'tag-list');
              return SKIP;
            }
          }
          if (kind !== 'wrapper') return undefined;
          // A link to an image file is the image's own source: extractImages reads it.
          if (node.name === 'a' && IMAGE_FILE.test(attr(node, 'href'))) return undefined;
          if (inserted.match(node) !== true) {
            const href = hrefOf(node);
            collect(node, href, isTagTarget(node, href, isTagLink, tagHrefs), ctx);
          }
          ctx.unwrap(node, 'link unwrapped to its text', node.name);
          return undefined;
        },
      };
    },
  };
}

/** A link's target as {@link collect} and {@link isTagTarget} read it: trimmed, read once for both. */
function hrefOf(element: Element): string {
  return attr(element, 'href').trim();
}

/** Whether a link (its target `href`, trimmed) is a tag link, by its target or by the tag-link selectors. */
function isTagTarget(element: Element, href: string, isTagLink: (e: Element) => boolean, tagHrefs: readonly RegExp[]): boolean {
  // The target first: most links asked about are tag links by their target alone (大纪元's and
  // 新唐人's inline tags, 18,000 of 27,000 a corpus pass), and the selectors cost more than the patterns.
  return (href !== '' && isTagHref(href, tagHrefs)) || isTagLink(element);
}

function isTagHref(href: string, tagHrefs: readonly RegExp[]): boolean {
  // As written first: 大纪元's tag targets are %-escaped (/gb/tag/%E4%B8%AD%E5%85%B1.html) around
  // the ASCII the patterns read, and decoding each one cost more than all the patterns.
  if (matchesAny(tagHrefs, href)) return true;
  // Decoded, for a pattern that names the keyword itself (/tag/中共).
  return href.includes('%') && matchesAny(tagHrefs, safeDecode(href));
}

function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  for (const re of patterns) if (re.test(text)) return true;
  return false;
}

/** Elements that can hold a tag list of their own. */
const TAG_LIST_HOSTS = new Set(['div', 'p', 'ul', 'ol', 'section', 'span', 'nav', 'aside', 'footer']);
/** The separators a tag list may hold between its links, besides whitespace (as code units). */
const TAG_LIST_SEPARATORS: ReadonlySet<number> = new Set([...'、，,|｜/·•'].map((c) => c.charCodeAt(0)));

/**
 * Whether a text holds only whitespace and tag-list separators (`/^[\s、，,|｜/·•]*$/u`), read in a
 * loop: a corpus pass asks it of 36,000 texts, most of them paragraph text that fails at its first
 * visible character, where the regex cost a call each.
 *
 * @internal
 */
export function isSeparatorsOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceUnit(c) && !TAG_LIST_SEPARATORS.has(c)) return false;
  }
  return true;
}

// WordPress prints the post's categories the same way (`分类：<a rel="category tag">`), in the entry footer.
const TAG_LIST_LABEL = /^\s*(?:[#＃]|标签|標籤|关键字|關鍵字|关键词|關鍵詞|话题|話題|分类|分類|类别|類別|栏目|欄目|tags?|keywords?|categor(?:y|ies)|filed under)\s*(?:[:：]\s*)?$/iu;
/** The first visible character of every {@link TAG_LIST_LABEL} match (K also as U+212A KELVIN SIGN, which `iu` folds to k). */
const LABEL_FIRST_UNITS: ReadonlySet<number> = new Set([...'#＃标標关關话話分类類栏欄tTkK\u212AcCfF'].map((c) => c.charCodeAt(0)));

/**
 * Whether a text is a tag list's label (`TAG_LIST_LABEL`); its first visible character is looked at
 * before the pattern, which then runs on a few texts a pass instead of 18,000.
 *
 * @internal
 */
export function isTagListLabel(text: string): boolean {
  const at = firstVisibleIndex(text);
  return at >= 0 && LABEL_FIRST_UNITS.has(text.charCodeAt(at)) && TAG_LIST_LABEL.test(text);
}

/** The mark printed before each tag of a list: `<span>#</span><a>AI</a>`. */
const TAG_MARK = /^\s*[#＃]\s*$/u;

/**
 * The tag links of an element that holds nothing else (a label and separators
 * aside), or `null`: a row of two or more tag links standing alone is the
 * article's tag list, not a sentence; so is one tag link after a label
 * (`分类：<a rel="category tag">真理部</a>`).
 */
function tagListLinks(box: Element, isTagAnchor: (e: Element) => boolean): Element[] | null {
  // Without an element child there is no link: most paragraphs are text alone, and end here
  // before any pattern is tried on their text.
  if (!box.children.some(isTag)) return null;
  const links: Element[] = [];
  let labelled = false;
  for (const child of box.children) {
    if (isText(child)) {
      if (isSeparatorsOnly(child.data)) continue;
      if (links.length === 0 && isTagListLabel(child.data)) {
        labelled = true;
        continue;
      }
      return null;
    }
    if (!isTag(child)) continue;
    // The text after it is read first: it ends the list in any case when it is neither separators
    // nor a label, and a paragraph with an inline link (`<p><ok>中共</ok>当局…</p>`) ends there
    // without the link being asked whether it is a tag link.
    if (child.next !== null && isText(child.next) && !isListText(child.next.data)) return null;
    const anchor = isTagAnchor(child);
    if (!anchor && child.children.every(isText)) {
      // An element of text alone holds no tag link: it is a label, or the box is no tag list.
      // The label may sit in an element of its own: <span>#</span><a>移工</a><a>長照</a>; a `#` may stand before every tag (今周刊).
      // Its text is read last, once the element is known to hold nothing but text.
      if (attr(child, 'href') === '' && (links.length === 0 ? isTagListLabel(textOf(child, 40)) : TAG_MARK.test(textOf(child, 40)))) {
        labelled = true;
        continue;
      }
      return null;
    }
    const link = anchor ? child : onlyTagLinkIn(child, isTagAnchor);
    if (link === null) return null;
    links.push(link);
  }
  return links.length >= 2 || (labelled && links.length === 1) ? links : null;
}

/** Whether a text may stand in a tag list: separators, or a label (which only counts before the first link). */
function isListText(text: string): boolean {
  return isSeparatorsOnly(text) || isTagListLabel(text);
}

/** Every tag link inside an element, in order. */
function tagLinksIn(box: Element, isTagAnchor: (e: Element) => boolean): Element[] {
  const links: Element[] = [];
  walk(box, (node) => {
    if (!isTag(node) || !isTagAnchor(node)) return undefined;
    links.push(node);
    return SKIP;
  });
  return links;
}

/** A list item or span wrapping exactly one tag link and nothing else. */
function onlyTagLinkIn(wrapper: Element, isTagAnchor: (e: Element) => boolean): Element | null {
  let link: Element | null = null;
  for (const child of wrapper.children) {
    if (isText(child) && isSeparatorsOnly(child.data)) continue;
    if (!isTag(child) || link !== null || !isTagAnchor(child)) return null;
    link = child;
  }
  return link;
}

/**
 * File a link's text: a tag link's (`isTag_`, as {@link isTagTarget} answered for its trimmed
 * target `href`) under `tags`, another link's under `links`.
 */
function collect(element: Element, href: string, isTag_: boolean, ctx: StepContext): void {
  if (!isTag_ && (href === '' || href.startsWith('#') || NOT_A_PAGE.test(href) || FOOTNOTE_ANCHOR.test(href) || NO_HOST.test(href))) return;
  const text = collapseWhitespace(textOf(element, 400));
  // Most link texts open with a Han character (24,000 a corpus pass): the pattern only for the rest.
  if (!isPlainWordUnit(text.charCodeAt(0)) && !HAS_WORD.test(text)) return;
  if (isTag_) {
    // A keyword set in quote marks or title brackets (「监军」, 《西游记》) is the keyword inside them;
    // a mark of the sentence that the link caught (`文化古今】`, `假大空，`) is not part of it.
    const tag = keywordOf(text);
    if (tag !== '' && tag.length <= MAX_TAG && !ctx.found.tags.includes(tag)) ctx.found.tags.push(tag);
    return;
  }
  // A search engine's redirect is a tracking hop: the link is to where it leads.
  ctx.addLink({ text, href: unwrapRedirect(resolveUrl(href, ctx.found.url?.value ?? ctx.inputUrl)) }, firstText(element));
}

/**
 * The link's first text node, found within a few nodes: it stays in the tree when the link and its
 * wrappers are unwrapped. Found by the tree's links, without a stack copied from the link's children
 * for each of the 27,000 links a corpus pass collects.
 */
function firstText(element: Element): ChildNode | null {
  let node = element.children[0] ?? null;
  for (let seen = 0; node !== null && seen < 64; seen++) {
    if (isText(node)) return node;
    node = nextInSubtree(node, element, true);
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
