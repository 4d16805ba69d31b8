/**
 * Which part of the page is the article: a profile's selector, or the generic
 * CJK-aware finder for full pages of sites qingxi has no profile for.
 */
import type { ChildNode, Document, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { type Matcher, compileSelector } from '../dom/select.js';
import { SKIP, STOP, walk, walkEnterExit } from '../dom/walk.js';
import type { PageFamily, StepContext, TreeStep } from '../pipeline/types.js';
import { CJK_PUNCTUATION } from '../text/cjk.js';

/** Options for {@link resolveBody}. */
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

interface Stats {
  chars: number;
  linkChars: number;
  punct: number;
  direct: number;
  score: number;
  /** Whether the element counted as a paragraph of its own. */
  paragraph: boolean;
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
 * body. Without one, the page goes through a finder designed for Chinese:
 * paragraphs score by Chinese punctuation (`，。、；：？！“”`) and length in
 * characters, not by commas and words; link text is measured in characters;
 * each paragraph's score flows to its container and, halved, to the
 * container's parent; the best container, weighed by its link density, wins.
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
 * The page itself is a candidate too: a fragment whose paragraphs stand at
 * the top level keeps the span from its first to its last paragraph.
 *
 * @internal
 */
export function findBody(doc: Document): Set<Element> | null {
  const stats = new Map<ParentNode, Stats>();
  const root = newStats();
  stats.set(doc, root);
  const stack: Stats[] = [root];
  let inLink = 0;
  walkEnterExit(
    doc,
    (node) => {
      if (isText(node)) {
        countText(node.data, stack.at(-1)!, inLink > 0);
        return undefined;
      }
      if (!isTag(node)) return SKIP;
      if (LINKS.has(node.name)) inLink++;
      const s = newStats();
      stats.set(node, s);
      stack.push(s);
      return undefined;
    },
    (node) => {
      if (!isTag(node)) return;
      if (LINKS.has(node.name)) inLink--;
      const s = stack.pop()!;
      const parent = stack.at(-1)!;
      parent.chars += s.chars;
      parent.linkChars += s.linkChars;
      parent.punct += s.punct;
      if (PARAGRAPH_HOSTS.has(node.name) && s.direct >= MIN_PARAGRAPH && s.linkChars < s.chars / 2) {
        s.paragraph = true;
        addParagraphScore(node, s, stats);
      }
    },
  );
  let best: ParentNode | null = null;
  let bestScore = 0;
  for (const [node, s] of stats) {
    if (node !== doc && !CONTAINERS.has((node as Element).name) && (node as Element).name !== 'p') continue;
    const final = s.score * (1 - (s.chars === 0 ? 0 : s.linkChars / s.chars));
    if (final > bestScore) {
      best = node;
      bestScore = final;
    }
  }
  if (best === null) return null;
  if (best === doc) return scoredSpan(doc, stats);
  return withSiblings(best as Element, bestScore, stats);
}

function newStats(): Stats {
  return { chars: 0, linkChars: 0, punct: 0, direct: 0, score: 0, paragraph: false };
}

/** The best container and those of its siblings that score well, or are paragraphs of their own. */
function withSiblings(best: Element, bestScore: number, stats: ReadonlyMap<ParentNode, Stats>): Set<Element> {
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

/** The page's top-level elements from its first scored paragraph to its last. */
function scoredSpan(doc: Document, stats: ReadonlyMap<ParentNode, Stats>): Set<Element> {
  const children = doc.children;
  const scored = (node: ChildNode): boolean => {
    const s = isTag(node) ? stats.get(node) : undefined;
    return s !== undefined && (s.paragraph || s.score > 0);
  };
  const first = children.findIndex(scored);
  let last = children.length - 1;
  while (last >= 0 && !scored(children[last]!)) last--;
  const keep = new Set<Element>();
  for (let i = first; i >= 0 && i <= last; i++) {
    const node = children[i]!;
    if (isTag(node)) keep.add(node);
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

/** A paragraph's score goes to its container in full, to the container's parent in half, and a sixth further up. */
function addParagraphScore(paragraph: Element, s: Stats, stats: ReadonlyMap<ParentNode, Stats>): void {
  const score = 1 + s.punct + Math.min(Math.floor(s.chars / 40), 3);
  let weight = 1;
  let target: ParentNode | null = paragraph.name === 'p' ? paragraph.parent : paragraph;
  for (let level = 0; level < 3 && target !== null; level++) {
    const ts = stats.get(target);
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
