/**
 * Index and tag pages: lists of teasers, each a linked headline with a line
 * or two of text, which read like paragraphs to a scorer.
 */
import type { Element, ParentNode } from 'domhandler';
import { isTag } from 'domhandler';
import { walk } from '../dom/walk.js';
import type { Stats } from './page-stats.js';

/** How many ancestors of the best container are looked at as a list item. */
const LEVELS = 4;
/** Fewest items that make a list. */
const MIN_ITEMS = 4;
/** A teaser holds a headline link of at least this many characters … */
const MIN_HEADLINE = 6;
/** … and at least this much text besides. */
const MIN_TEASER = 20;
/** Items longer than this are not teasers. */
const MAX_ITEM = 600;

/**
 * Whether the best container, or one of its ancestors, is one item of a run
 * of like siblings (same tag and class) that are teasers: a headline link
 * standing alone in its block, plus text. Article paragraphs are like
 * siblings too, but their links sit inside sentences.
 *
 * @param best - The best-scoring container.
 * @param stats - The page's measures.
 * @returns The number of teasers, or 0 when the page is not a teaser list.
 * @internal
 */
export function teaserCount(best: Element, stats: ReadonlyMap<ParentNode, Stats>): number {
  // The best container may be the list itself (a <ul> of teasers) …
  const first = best.children.find((c): c is Element => isTag(c));
  const own = first === undefined ? 0 : teasersAmong(best, signatureOf(first), stats);
  if (own > 0) return own;
  // … or one item of it, or inside one.
  let node: Element = best;
  for (let level = 0; level < LEVELS; level++) {
    const parent = node.parent;
    if (parent === null || !isTag(parent)) return 0;
    const teasers = teasersAmong(parent, signatureOf(node), stats);
    if (teasers > 0) return teasers;
    node = parent;
  }
  return 0;
}

/** The teasers among a parent's children of one signature, when they make a list of teasers; else 0. */
function teasersAmong(parent: Element, signature: string, stats: ReadonlyMap<ParentNode, Stats>): number {
  const items = parent.children.filter((c): c is Element => isTag(c) && signatureOf(c) === signature);
  if (items.length < MIN_ITEMS) return 0;
  const teasers = items.filter((item) => isTeaser(item, stats)).length;
  return teasers >= items.length * 0.75 ? teasers : 0;
}

function signatureOf(element: Element): string {
  return `${element.name}.${element.attribs['class'] ?? ''}`;
}

function isTeaser(item: Element, stats: ReadonlyMap<ParentNode, Stats>): boolean {
  const s = stats.get(item);
  if (s === undefined || s.chars > MAX_ITEM || s.chars - s.linkChars < MIN_TEASER) return false;
  let headline = false;
  walk(item, (node) => {
    if (headline) return false;
    if (!isTag(node) || node.name !== 'a') return undefined;
    const link = stats.get(node);
    const block = link === undefined ? undefined : blockOf(node, item, stats);
    // A headline link stands alone: its block's own text is the link's text.
    headline = link !== undefined && block !== undefined && link.chars >= MIN_HEADLINE && block.inline - link.chars <= 2;
    return false;
  });
  return headline;
}

/** The measures of the nearest ancestor of a link that has own text (a block), up to the item. */
function blockOf(link: Element, item: Element, stats: ReadonlyMap<ParentNode, Stats>): Stats | undefined {
  for (let n: ParentNode | null = link.parent; n !== null; n = n.parent) {
    const s = stats.get(n);
    if (s !== undefined && s.inline > 0) return s;
    if (n === item) return s;
  }
  return undefined;
}
