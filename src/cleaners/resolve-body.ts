/**
 * Which part of the page is the article: a profile's selector, or the generic
 * CJK-aware finder for full pages of sites qingxi has no profile for.
 */
import type { ChildNode, Document, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { type Matcher, compileSelector } from '../dom/select.js';
import { SKIP, STOP, walk, walkEnterExit } from '../dom/walk.js';
import type { StepContext, TreeStep } from '../pipeline/types.js';
import { CJK_PUNCTUATION } from '../text/cjk.js';

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
  /** Run the generic finder on page families other than full HTML pages too. @default false */
  readonly always?: boolean;
}

interface Stats {
  chars: number;
  linkChars: number;
  punct: number;
  direct: number;
  score: number;
}

const PARAGRAPH_HOSTS = new Set(['p', 'pre', 'blockquote', 'td', 'li', 'div', 'section', 'article', 'font', 'span']);
const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'td', 'body', 'center', 'form', 'table', 'tbody', 'tr']);
const LINKS = new Set(['a', 'ok']);
/** A paragraph shorter than this (in characters) adds nothing to its container's score. */
const MIN_PARAGRAPH = 20;

/**
 * Keep only the article container and remove the rest of the page.
 *
 * With a selector (from a site profile), the first matching element is the
 * body. Without one, full HTML pages go through a finder designed for Chinese:
 * paragraphs score by Chinese punctuation (`，。、；：？！“”`) and length in
 * characters, not by commas and words; link text is measured in characters;
 * each paragraph's score flows to its container and, halved, to the
 * container's parent; the best container, weighed by its link density, wins.
 * Fragments and mirror pages are left whole.
 *
 * @param options - A selector, or `always` to run the finder on every page.
 * @returns The tree step `resolveBody`.
 * @example
 * pipe(resolveBody({ selector: 'div.entry' })).run(html)
 */
export function resolveBody(options: ResolveBodyOptions = {}): TreeStep {
  const matches: Matcher | null = options.selector === undefined ? null : compileSelector(options.selector, 'resolveBody selector');
  return {
    name: 'resolveBody',
    stage: 'tree',
    // Fragments and mirror pages are whole articles: only a profile's selector, or a full page, needs a body.
    when: (ctx) => matches !== null || options.always === true || ctx.family === 'html-page',
    run(doc: Document, ctx: StepContext): void {
      if (matches !== null) {
        const body = firstMatching(doc, matches);
        if (body !== null) {
          keepOnly(doc, new Set([body]), ctx, 'outside the article container');
          return;
        }
        ctx.issue({ code: 'fallback-body', message: `body selector "${options.selector}" matched nothing; used the generic finder`, step: 'resolveBody' });
      }
      const best = findBody(doc);
      if (best === null) return;
      keepOnly(doc, best, ctx, 'outside the article (generic body finder)');
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

/**
 * Score containers in one pass and return the best with its good siblings.
 *
 * @internal
 */
export function findBody(doc: Document): Set<Element> | null {
  const stats = new Map<Element, Stats>();
  const stack: Stats[] = [];
  let inLink = 0;
  walkEnterExit(
    doc,
    (node) => {
      if (isText(node)) {
        const top = stack.at(-1);
        if (top !== undefined) countText(node.data, top, inLink > 0);
        return undefined;
      }
      if (!isTag(node)) return SKIP;
      if (LINKS.has(node.name)) inLink++;
      const s: Stats = { chars: 0, linkChars: 0, punct: 0, direct: 0, score: 0 };
      stats.set(node, s);
      stack.push(s);
      return undefined;
    },
    (node) => {
      if (!isTag(node)) return;
      if (LINKS.has(node.name)) inLink--;
      const s = stack.pop();
      if (s === undefined) return;
      const parent = stack.at(-1);
      if (parent !== undefined) {
        parent.chars += s.chars;
        parent.linkChars += s.linkChars;
        parent.punct += s.punct;
      }
      if (PARAGRAPH_HOSTS.has(node.name) && s.direct >= MIN_PARAGRAPH && s.linkChars < s.chars / 2) {
        addParagraphScore(node, s, stats);
      }
    },
  );
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, s] of stats) {
    if (!CONTAINERS.has(element.name) && element.name !== 'p') continue;
    const final = s.score * (1 - (s.chars === 0 ? 0 : s.linkChars / s.chars));
    if (final > bestScore) {
      best = element;
      bestScore = final;
    }
  }
  if (best === null) return null;
  const keep = new Set<Element>([best]);
  const parent = best.parent;
  if (parent !== null && isTag(parent)) {
    for (const sibling of parent.children) {
      if (!isTag(sibling) || sibling === best) continue;
      const s = stats.get(sibling);
      if (s === undefined) continue;
      const density = s.chars === 0 ? 1 : s.linkChars / s.chars;
      const score = s.score * (1 - density);
      if (score >= Math.max(10, bestScore * 0.2) || (sibling.name === 'p' && s.chars >= 40 && density < 0.25)) keep.add(sibling);
    }
  }
  return keep;
}

function countText(data: string, into: Stats, link: boolean): void {
  let chars = 0;
  let punct = 0;
  for (const ch of data) {
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\u3000') continue;
    chars++;
    if (CJK_PUNCTUATION.has(ch) || ch === ',') punct++;
  }
  into.chars += chars;
  into.direct += chars;
  into.punct += punct;
  if (link) into.linkChars += chars;
}

/** A paragraph's score goes to its container in full and to the container's parent in half. */
function addParagraphScore(paragraph: Element, s: Stats, stats: Map<Element, Stats>): void {
  const score = 1 + s.punct + Math.min(Math.floor(s.chars / 40), 3);
  let weight = 1;
  let target: ParentNode | null = paragraph.name === 'p' ? paragraph.parent : paragraph;
  for (let level = 0; level < 3 && target !== null && isTag(target as ChildNode); level++) {
    const ts = stats.get(target as Element);
    if (ts !== undefined) ts.score += score * weight;
    weight = level === 0 ? 0.5 : weight / 3;
    target = target.parent;
  }
}

/** Remove everything that is neither a kept node, inside one, nor an ancestor of one. */
function keepOnly(doc: Document, keep: Set<Element>, ctx: StepContext, reason: string): void {
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
