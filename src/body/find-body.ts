/**
 * Which elements of a full page are the article, from the measures of
 * {@link measurePage}.
 */
import type { ChildNode, Document, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { textOf } from '../dom/text.js';
import { parseBylineRow } from '../metadata/parse-byline-row.js';
import { parseCredits } from '../metadata/parse-credits.js';
import { parseZonedStamp } from '../metadata/zoned-stamp.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import { type Stats, measurePage } from './page-stats.js';
import { isTagBox } from './tag-box.js';
import { teaserCount } from './teaser-list.js';

/** What the finder made of a page. */
export type BodyFinding =
  | { readonly kind: 'body'; readonly keep: ReadonlySet<Element> }
  /** The page is a list of linked teasers (an index or tag page), not an article. */
  | { readonly kind: 'teasers'; readonly items: number };

const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'td', 'body', 'center', 'form', 'table', 'tbody', 'tr', 'p']);
/** A candidate whose own class or id marks it as not the article scores this much. */
const NEGATIVE_CANDIDATE = 0.5;
/** How many wrapper levels above the body are searched for its lead media, dateline row and tag box. */
const NEIGHBOUR_LEVELS = 3;
/** A lead image or player block holds at most this much text (its caption). */
const MAX_CAPTION = 200;
/** A dateline row holds at most this much text. */
const MAX_DATELINE_ROW = 80;

/**
 * Find the article: the container that scores best by its paragraphs (weighed
 * by its link density), the siblings that score well beside it, and around it
 * the pieces a reader sees as the article's own: the lead image or player
 * right above it, a dateline row (or a row of byline and date) above it, the
 * tag box and a closing credit row right below it. The
 * page itself is a candidate too (a fragment's top-level paragraphs keep the
 * span from the first to the last).
 *
 * @param doc - The page.
 * @returns The elements to keep, a teaser-list verdict, or `null` when no paragraph was found.
 * @internal
 */
export function findBody(doc: Document): BodyFinding | null {
  const stats = measurePage(doc);
  // A page of short lines only (a poem) is judged by its lines.
  const { best, bestScore } = bestContainer(doc, stats, 'score') ?? bestContainer(doc, stats, 'lineScore') ?? { best: null, bestScore: 0 };
  if (best === null) return null;
  const span = best === doc ? scoredSpan(doc, stats) : null;
  for (const candidate of span ?? [best as Element]) {
    const items = teaserCount(candidate, stats);
    if (items > 0) return { kind: 'teasers', items };
  }
  if (span !== null) return { kind: 'body', keep: span };
  const top = outermostOnlyChild(best as Element);
  const keep = top === best ? withSiblings(top, bestScore, stats) : withSameSiblings(top, best as Element, bestScore, stats);
  addNeighbours(top, keep, stats);
  return { kind: 'body', keep };
}

function bestContainer(doc: Document, stats: ReadonlyMap<ParentNode, Stats>, field: 'score' | 'lineScore'): { best: ParentNode; bestScore: number } | null {
  let best: ParentNode | null = null;
  let bestScore = 0;
  for (const [node, s] of stats) {
    if (node !== doc && !CONTAINERS.has((node as Element).name)) continue;
    const final = s[field] * (1 - (s.chars === 0 ? 0 : s.linkChars / s.chars)) * (s.negative && node !== doc ? NEGATIVE_CANDIDATE : 1);
    if (final > bestScore) {
      best = node;
      bestScore = final;
    }
  }
  return best === null ? null : { best, bestScore };
}

function statsOf(stats: ReadonlyMap<ParentNode, Stats>, node: ChildNode): Stats | undefined {
  return isTag(node) ? stats.get(node) : undefined;
}

/**
 * The container's outermost wrapper that holds nothing else (8视界: `div.text > div.text-long`, the
 * story split over three such pairs around ad slots): its siblings are where the rest of the story is.
 */
function outermostOnlyChild(best: Element): Element {
  let node = best;
  for (let parent = node.parent; parent !== null && isTag(parent) && parent.name !== 'body' && CONTAINERS.has(parent.name) && isOnlyChild(node, parent); parent = node.parent) node = parent;
  return node;
}

function isOnlyChild(node: Element, parent: Element): boolean {
  return parent.children.every((child) => child === node || (isText(child) && child.data.trim() === '') || (!isTag(child) && !isText(child)));
}

/** The best container and those of its siblings that score well, or hold a paragraph of their own. */
function withSiblings(best: Element, bestScore: number, stats: ReadonlyMap<ParentNode, Stats>): Set<Element> {
  return siblingsKept(best, bestScore, stats, (_sibling, s) => s.chars >= 40);
}

/**
 * The wrapper of the best container and those of its siblings that are wrappers
 * of the same kind (tag and class: the other parts of a story split around ad
 * slots) or score well; a wrapper's other siblings (a disclaimer box, a
 * "read all" link) are not the story's.
 */
function withSameSiblings(top: Element, best: Element, bestScore: number, stats: ReadonlyMap<ParentNode, Stats>): Set<Element> {
  // Only a named kind: class-less rows and cells of a layout table are not parts of one story.
  const kind = kindOf(top);
  const keep = kind === null ? null : siblingsKept(top, bestScore, stats, (sibling) => kindOf(sibling) === kind);
  return keep !== null && keep.size > 1 ? keep : withSiblings(best, bestScore, stats);
}

/** An element's tag and class, or `null` for an element without a class. */
function kindOf(element: Element): string | null {
  const name = element.attribs['class'] ?? '';
  return name.trim() === '' ? null : `${element.name}.${name}`;
}

/**
 * A container and those of its siblings that score well by their paragraphs, or
 * that hold prose of their own (a paragraph or a score, few links) and pass `alsoProse`.
 */
function siblingsKept(node: Element, bestScore: number, stats: ReadonlyMap<ParentNode, Stats>, alsoProse: (sibling: Element, s: Stats) => boolean): Set<Element> {
  const keep = new Set<Element>([node]);
  const parent = node.parent;
  if (parent === null) return keep;
  for (const child of parent.children) {
    const s = statsOf(stats, child);
    if (s === undefined || child === node || s.negative || s.heading || isSummaryBox(child as Element)) continue;
    const sibling = child as Element;
    const density = s.chars === 0 ? 1 : s.linkChars / s.chars;
    if (s.score * (1 - density) >= Math.max(10, bestScore * 0.2) || ((s.paragraph || s.score > 0) && density < 0.25 && alsoProse(sibling, s))) keep.add(sibling);
  }
  return keep;
}

/**
 * A box that sums the story up beside it (商業周刊: `div.Single-summary`), named so:
 * the page's own abstract, not the story's text.
 */
function isSummaryBox(element: Element): boolean {
  return SUMMARY_NAME.test(element.attribs['class'] ?? '') || SUMMARY_NAME.test(element.attribs['id'] ?? '');
}

const SUMMARY_NAME = /summary|standfirst|abstract|excerpt|digest/iu;

/** Walk up through wrappers of the body, taking lead media and a dateline row above it and a tag box below it. */
function addNeighbours(best: Element, keep: Set<Element>, stats: ReadonlyMap<ParentNode, Stats>): void {
  const bodyChars = stats.get(best)!.chars;
  let node: Element = best;
  for (let level = 0; level < NEIGHBOUR_LEVELS; level++) {
    addLeading(node, keep, stats);
    addTrailing(node, keep, stats);
    const parent = node.parent;
    const ps = parent === null ? undefined : stats.get(parent);
    // Only a wrapper, whose text is mostly the article's, has neighbours that belong to it.
    if (parent === null || !isTag(parent) || ps === undefined || ps.chars > bodyChars * 1.5 + 200) return;
    node = parent;
  }
}

function addLeading(node: Element, keep: Set<Element>, stats: ReadonlyMap<ParentNode, Stats>): void {
  for (let prev = node.prev; prev !== null; prev = prev.prev) {
    if (isText(prev) && prev.data.trim() === '') continue;
    const s = statsOf(stats, prev);
    if (s === undefined) return;
    if (keep.has(prev as Element)) continue;
    if (s.chars === 0 && !s.media) continue;
    if (s.negative) continue;
    if (s.media && !s.heading && s.chars <= MAX_CAPTION && s.linkChars <= s.chars / 2) {
      keep.add(prev as Element);
      continue;
    }
    // The dateline is where the article starts: keep its row and look no further.
    // So is a row printing the byline and the date (民報: `民報 / 記者 陳俊廷 2024-03-06 16:20`), kept for extractDateline to read.
    if (s.chars <= MAX_DATELINE_ROW && (s.dateline || isBylineRow(prev as Element, s))) keep.add(prev as Element);
    return;
  }
}

/** A short row of its own, not the title's, mostly not links, that is a byline with a date. */
function isBylineRow(row: Element, s: Stats): boolean {
  return !s.heading && !s.media && s.linkChars <= s.chars / 2 && parseBylineRow(collapseWhitespace(textOf(row, 400))) !== null;
}

/** A short row below the body, not links, that is nothing but credits with a name. */
function isCreditRow(row: Element, s: Stats): boolean {
  if (s.heading || s.media || s.chars > MAX_DATELINE_ROW || s.linkChars > 0) return false;
  const credits = parseCredits(collapseWhitespace(textOf(row, MAX_DATELINE_ROW * 2)));
  return credits.rest === '' && credits.authors.length + credits.editors.length > 0;
}

/** A short row below the body, not links, that is only a date and time with a zone abbreviation. */
function isStampRow(row: Element, s: Stats): boolean {
  if (s.heading || s.media || s.chars > MAX_STAMP || s.linkChars > 0) return false;
  return parseZonedStamp(collapseWhitespace(textOf(row, MAX_STAMP * 2))) !== null;
}

/** A time stamp row holds at most this much text. */
const MAX_STAMP = 30;

function addTrailing(node: Element, keep: Set<Element>, stats: ReadonlyMap<ParentNode, Stats>): void {
  for (let next = node.next; next !== null; next = next.next) {
    if (isText(next) && next.data.trim() === '') continue;
    const s = statsOf(stats, next);
    if (s === undefined) return;
    if (keep.has(next as Element) || (s.chars === 0 && !s.media)) continue;
    if (isTagBox(next as Element, s)) keep.add(next as Element);
    // The time stamp printed after the text with its zone (香港電台's `2024-10-08 HKT 12:03`), kept for extractDateline to read.
    else if (isStampRow(next as Element, s)) {
      keep.add(next as Element);
      continue;
    }
    // The closing credit row (央视网's `编辑：X　责任编辑：Y` box), kept for extractCredits to read; a tag box may follow it.
    else if (isCreditRow(next as Element, s)) {
      keep.add(next as Element);
      continue;
    }
    return;
  }
}

/** The page's top-level elements from its first scored paragraph to its last. */
function scoredSpan(doc: Document, stats: ReadonlyMap<ParentNode, Stats>): Set<Element> {
  const children = doc.children;
  const scored = (node: ChildNode): boolean => {
    const s = statsOf(stats, node);
    return s !== undefined && (s.paragraph || s.line || s.score > 0 || s.lineScore > 0);
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
