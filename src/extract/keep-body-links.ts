/**
 * Links stay in `links` only when a block they stood in is still in the body.
 */
import type { ChildNode, ParentNode } from 'domhandler';
import { isTag } from 'domhandler';
import type { DraftBlock } from '../pipeline/types.js';
import { BLOCK_ELEMENTS, CELL_ELEMENTS, LIST_ELEMENTS } from '../rules/block-elements.js';
import type { Link } from '../types.js';

/** How far up a link's block is looked for; past it the link is kept, unjudged. */
const MAX_CLIMB = 256;

/**
 * The links whose block survived.
 *
 * Why: links are collected while the tree is walked, before block steps drop
 * appeals, reprint lines and captions; a link from a dropped block (荣誉会员,
 * 点击了解详情, the reprint line's own URL) is the page's, not the article's.
 *
 * @param links - `found.links`, in order.
 * @param places - Where each link stood, in the same order (empty: unknown).
 * @param blocks - The body's blocks.
 * @returns The links kept, in order.
 */
export function keepBodyLinks(links: readonly Link[], places: readonly (readonly ChildNode[])[], blocks: readonly DraftBlock[]): Link[] {
  // Built at the first link to judge, not per page: most pages have no link, and the set of
  // their blocks (22 a page) cost more than all the climbs (3,400 a corpus pass, 2.5 levels).
  let sources: Set<ParentNode | null> | null = null;
  return links.filter((_link, i) => {
    const at = places[i] ?? [];
    return at.length === 0 || at.some((place) => {
      const owner = blockOf(place);
      if (owner === undefined) return true;
      sources ??= new Set<ParentNode | null>(blocks.map((b) => b.source));
      return sources.has(owner);
    });
  });
}

/**
 * The element `toBlocks` reads a node's text into: the outermost list around
 * it, else the nearest block element that is not a cell; `null` for text
 * outside any block; `undefined` when too deep to tell.
 */
function blockOf(place: ChildNode): ParentNode | null | undefined {
  let nearest: ParentNode | null = null;
  let list: ParentNode | null = null;
  let node: ParentNode | null = place.parent;
  for (let climbed = 0; node !== null; node = node.parent, climbed++) {
    if (climbed === MAX_CLIMB) return undefined;
    if (!isTag(node)) continue;
    if (LIST_ELEMENTS.has(node.name)) list = node;
    else if (nearest === null && BLOCK_ELEMENTS.has(node.name) && !CELL_ELEMENTS.has(node.name)) nearest = node;
  }
  return list ?? nearest;
}
