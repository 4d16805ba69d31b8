/**
 * Which part of the page is the article: a profile's selector, or the generic
 * CJK-aware finder for full pages of sites qingxi has no profile for.
 */
import type { Document, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { findBody } from '../body/find-body.js';
import { type Matcher, compileSelector } from '../dom/select.js';
import { SKIP, STOP, walk } from '../dom/walk.js';
import type { PageFamily, StepContext, TreeStep } from '../pipeline/types.js';

/**
 * Options for {@link resolveBody}.
 *
 * @example
 * // A site profile's `body` puts resolveBody({ selector: 'div.article-body' }) in place of the default:
 * defineSite({ id: 'example-news', name: '示例新闻', body: 'div.article-body' });
 * // The generic finder on a fragment too:
 * const page = '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div><div class="main"><p>香港警方周五拘捕多人，指他们涉嫌违反《国安法》，当局称调查仍在进行中。据报道，被捕者包括两名记者。</p></div>';
 * pipe(resolveBody({ always: true })).run(page).blocks
 * // [{ kind: 'paragraph', text: '香港警方周五拘捕多人，指他们涉嫌违反《国安法》，当局称调查仍在进行中。据报道，被捕者包括两名记者。' }]
 * pipe(resolveBody()).run(page).blocks // the navigation stays: [{ kind: 'paragraph', text: '首页 新闻' }, …]
 */
export interface ResolveBodyOptions {
  /** The article container; when it matches, everything outside it is removed. */
  readonly selector?: string;
  /**
   * The page families the generic finder runs on. A mirror whose profile
   * already removed its frame can leave its pages whole with `['html-page']`.
   * @default every family
   */
  readonly families?: readonly PageFamily[];
}

/**
 * Keep only the article container and remove the rest of the page.
 *
 * With a selector (from a site profile), the first matching element is the
 * body. Without one, the page goes through a finder designed for Chinese:
 * paragraphs score by Chinese punctuation (`，。、；：？！“”`) and length in
 * characters, not by commas and words; link text is measured in characters;
 * each paragraph's score flows to its container and, halved, to the
 * container's parent; comment sections, sidebars and the like (by their class
 * names, pinyin ones too) count for little; the best container, weighed by its
 * link density, wins, with the lead image or player above it, a dateline row
 * and the tag box below it. A page whose best text is one of a run of linked
 * teasers is an index or tag page: nothing is kept.
 *
 * @param options - A selector, or the page families the finder runs on.
 * @returns The tree step `resolveBody`.
 * @example
 * pipe(resolveBody({ selector: 'div.entry' })).run(html)
 */
export function resolveBody(options: ResolveBodyOptions = {}): TreeStep {
  const matches: Matcher | null = options.selector === undefined ? null : compileSelector(options.selector, 'resolveBody selector');
  const families: ReadonlySet<PageFamily> | null = options.families === undefined ? null : new Set(options.families);
  return {
    name: 'resolveBody',
    stage: 'tree',
    // A page of a site qingxi has no profile for may carry any frame, so by default every family is searched.
    when: (ctx) => matches !== null || families === null || families.has(ctx.family),
    run(doc: Document, ctx: StepContext): void {
      if (matches !== null) {
        const body = firstMatching(doc, matches);
        if (body !== null) {
          keepOnly(doc, new Set([body]), ctx, 'outside the article container');
          return;
        }
        ctx.issue({ code: 'fallback-body', message: `body selector "${options.selector}" matched nothing; used the generic finder`, step: 'resolveBody' });
      }
      const found = findBody(doc);
      if (found === null) return;
      if (found.kind === 'teasers') {
        keepOnly(doc, new Set(), ctx, `a list of ${found.items} linked teasers (an index or tag page), not an article`);
        return;
      }
      keepOnly(doc, found.keep, ctx, 'outside the article (generic body finder)');
    },
  };
}

function firstMatching(doc: Document, matches: Matcher): Element | null {
  let found: Element | null = null;
  walk(doc, (node) => {
    if (isTag(node) && matches(node)) {
      found = node;
      return STOP;
    }
    return undefined;
  });
  return found;
}

/** Remove everything that is neither a kept node, inside one, nor an ancestor of one. */
function keepOnly(doc: Document, keep: ReadonlySet<Element>, ctx: StepContext, reason: string): void {
  const onPath = new Set<ParentNode>();
  for (const element of keep) {
    for (let n: ParentNode | null = element.parent; n !== null && !onPath.has(n); n = n.parent) onPath.add(n);
  }
  walk(doc, (node) => {
    if (isTag(node) && keep.has(node)) return SKIP;
    if (isTag(node) && onPath.has(node)) return undefined;
    if (isText(node) && node.data.trim() === '') return SKIP;
    ctx.remove(node, reason, 'resolveBody');
    return SKIP;
  });
}
