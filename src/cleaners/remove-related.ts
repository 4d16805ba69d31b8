/**
 * Related-article lists.
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { attr } from '../dom/select.js';
import { textOf } from '../dom/text.js';
import { SKIP, STOP, walk } from '../dom/walk.js';
import { indexRules } from '../pipeline/selector-rules.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { RELATED_HEADING, RELATED_LISTS } from '../rules/links.js';
import type { SelectorRule } from '../rules/selector-rule.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import { firstVisibleIndex } from '../text/is-space.js';
import { resolveUrl } from '../text/resolve-url.js';
import type { Link } from '../types.js';

/**
 * Options for {@link removeRelated}.
 *
 * @example
 * const related = removeRelated({ lists: [...RELATED_LISTS, { id: 'more-news', selector: 'div.more-news', reason: 'related-article list' }] });
 * pipe(related).run('<p>正文</p><div class="more-news"><a href="https://www.epochtimes.com/gb/22/12/29/n1.htm">港府宣布新措施</a></div>').found.related
 * // [{ text: '港府宣布新措施', href: 'https://www.epochtimes.com/gb/22/12/29/n1.htm' }]
 */
export interface RemoveRelatedOptions {
  /** Selectors of related-article lists. @default RELATED_LISTS */
  readonly lists?: readonly SelectorRule[];
}

const HEADING_HOST = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'span']);
const LIST = new Set(['ul', 'ol']);
const MAX_HEADING = 40;
/** How many linked-headline paragraphs after a related label are taken with it. */
const MAX_LINK_PARAGRAPHS = 8;

/**
 * Remove related-article lists (`ul.op-related-articles`, `.related`, and any
 * list introduced by 相关新闻 / 延伸阅读 / 相關閱讀 …), keeping their links in `related`.
 *
 * @param options - Replace the list selectors.
 * @returns The tree step `removeRelated`.
 * @example
 * pipe(removeRelated()).run('<p>正文</p><p>相关新闻：</p><ul><li><a href="/a">甲</a></li></ul>').found.related
 * // [{ text: '甲', href: '/a' }]
 */
export function removeRelated(options: RemoveRelatedOptions = {}): TreeStep {
  const rules = indexRules(options.lists ?? RELATED_LISTS, 'removeRelated');
  return {
    name: 'removeRelated',
    stage: 'tree',
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      return {
        element(node: Element) {
          const rule = rules.match(node);
          if (rule !== undefined) {
            take(node, ctx, rule.reason, rule.id);
            return SKIP;
          }
          if (!HEADING_HOST.has(node.name) || !startsLikeHeading(node)) return undefined;
          const heading = collapseWhitespace(textOf(node, MAX_HEADING * 8));
          if (!RELATED_HEADING.test(heading)) return undefined;
          const headingOnly = heading.length <= MAX_HEADING && !hasLinks(node);
          const list = headingOnly ? nextElement(node) : null;
          // A list written as lines (TVBS: <strong>延伸閱讀</strong><br><a>…</a><br><a>…</a><br>): its links go.
          const lines = list !== null && list.name === 'br' ? linkLines(list) : [];
          if (lines.length > 0) {
            take(node, ctx, 'related-article list', 'related-heading');
            for (const line of lines) take(line, ctx, 'related-article list', 'related-heading');
            return SKIP;
          }
          if (headingOnly && (list === null || !(LIST.has(list.name) || hasLinks(list)))) return undefined;
          take(node, ctx, 'related-article list', 'related-heading');
          if (list !== null) take(list, ctx, 'related-article list', 'related-heading');
          // A list written as paragraphs, one linked headline each (★更多X報導 <p><a>…</a></p><p><a>…</a></p>), after the
          // list or after a label that holds the first link itself (看中国: <p>相关新闻：<a>…</a></p><p><a>…</a></p>): the rest go too.
          const last = list ?? node;
          for (let next = last.name === 'p' ? nextElement(last) : null, n = 0; next !== null && n < MAX_LINK_PARAGRAPHS && isLinkParagraph(next); n++) {
            const after = nextElement(next);
            take(next, ctx, 'related-article list', 'related-heading');
            next = after;
          }
          return SKIP;
        },
      };
    },
  };
}

/** The links standing alone on the lines after a `<br>`, each followed by a `<br>` or the end, up to the first other content. */
function linkLines(br: Element): Element[] {
  const links: Element[] = [];
  for (let next = br.next; next !== null && links.length < MAX_LINK_PARAGRAPHS; next = next.next) {
    if (isText(next) && next.data.trim() === '') continue;
    if (!isTag(next) || !(next.name === 'br' || (next.name === 'a' && attr(next, 'href') !== ''))) break;
    if (next.name === 'a') links.push(next);
  }
  return links;
}

/** Remove a list element, keeping its links. */
function take(element: Element, ctx: StepContext, reason: string, rule: string): void {
  const base = ctx.found.url?.value ?? ctx.inputUrl;
  for (const link of linksIn(element, base)) {
    if (!ctx.found.related.some((r) => r.href === link.href)) ctx.found.related.push(link);
  }
  ctx.remove(element, reason, rule);
}

function linksIn(element: Element, base: string | null): Link[] {
  const links: Link[] = [];
  // A link taken on its own line is its own list.
  if (element.name === 'a') {
    const text = collapseWhitespace(textOf(element));
    const href = attr(element, 'href');
    return text === '' ? links : [{ text, href: resolveUrl(href, base) }];
  }
  walk(element, (node) => {
    if (!isTag(node)) return undefined;
    const href = attr(node, 'href');
    if (href === '' || href.startsWith('#') || /^javascript:/iu.test(href)) return undefined;
    const text = collapseWhitespace(textOf(node));
    if (text !== '') links.push({ text, href: resolveUrl(href, base) });
    return SKIP;
  });
  return links;
}

function hasLinks(element: Element): boolean {
  let found = false;
  walk(element, (node) => {
    if (isTag(node) && attr(node, 'href') !== '') found = true;
    return found ? STOP : undefined;
  });
  return found;
}

/**
 * Cheap pre-check: the first visible character could start a related heading.
 * Looks at most three levels down (`<p><strong>相关新闻`), so that deeply
 * nested pages cost constant time per element.
 */
function startsLikeHeading(element: Element): boolean {
  let parent = element;
  for (let depth = 0; depth < 4; depth++) {
    let first: Element | null = null;
    for (const child of parent.children) {
      if (isTag(child)) {
        first = child;
        break;
      }
      if (!isText(child)) continue;
      // The first character trim() would keep, read once and without copying the text.
      const at = firstVisibleIndex(child.data);
      if (at >= 0) return HEADING_START.has(child.data.charCodeAt(at));
    }
    if (first === null) return false;
    parent = first;
  }
  return false;
}

/** The code units a related heading may start with: a label's or its lead's first character, a pointer, an opening bracket. */
const HEADING_START: ReadonlySet<number> = new Set(Array.from('相延推更热熱本点點上下★►▶▸■●◆（(', (c) => c.charCodeAt(0)));

/** A `<p>` whose only text is one link's: a linked headline. */
function isLinkParagraph(element: Element): boolean {
  if (element.name !== 'p') return false;
  // The one link may sit in a <strong>, and be a mirror's stand-in (<span href>) as well as an <a>.
  const links: Element[] = [];
  walk(element, (node) => {
    if (!isTag(node) || node === element || attr(node, 'href') === '') return undefined;
    links.push(node);
    return links.length > 1 ? STOP : SKIP;
  });
  const [link] = links;
  return links.length === 1 && link !== undefined && collapseWhitespace(textOf(element, 200)) === collapseWhitespace(textOf(link, 200));
}

function nextElement(node: ChildNode): Element | null {
  for (let next = node.next; next !== null; next = next.next) {
    if (isTag(next)) return next;
    if (isText(next) && next.data.trim() !== '') return null;
  }
  return null;
}
