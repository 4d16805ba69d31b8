/**
 * Iterative tree walks over htmlparser2's DOM.
 *
 * Pages can nest 100,000 elements deep, so nothing here recurses: the walks
 * keep their own stack of child arrays.
 */
import type { ChildNode, ParentNode } from 'domhandler';
import { hasChildren } from 'domhandler';

/** Returned by a visitor to skip the node's descendants. */
export const SKIP = false;

/** Returned by a visitor to end the walk at once. */
export const STOP = 'stop';

/**
 * What a visitor may return: nothing (descend), `false` (`SKIP`: leave the
 * node's children out) or `'stop'` (`STOP`: end the walk).
 *
 * @example
 * const visitor: TreeVisitor = {
 *   element: (element): VisitResult => (element.name === 'table' ? false : undefined), // tables: not their cells
 * };
 */
export type VisitResult = boolean | void | typeof STOP;

/**
 * Visit every descendant of `root` in document order.
 *
 * @param root - The node whose descendants are visited (not `root` itself).
 * @param visit - Called for each node; return {@link SKIP} to leave its children out, {@link STOP} to end.
 */
export function walk(root: ParentNode, visit: (node: ChildNode) => VisitResult): void {
  walkEnterExit(root, visit);
}

/**
 * Visit every descendant of `root` in document order, with a second callback
 * when a node's subtree is finished.
 *
 * @param root - The node whose descendants are visited.
 * @param enter - Called before a node's children; return {@link SKIP} to leave them out, {@link STOP} to end.
 * @param exit - Called after a node's children (also for skipped and childless nodes).
 */
export function walkEnterExit(
  root: ParentNode,
  enter: (node: ChildNode) => VisitResult,
  exit?: (node: ChildNode) => void,
): void {
  const cursor = new TreeCursor(root);
  for (let node = cursor.next(); node !== null; node = cursor.next()) {
    if (cursor.leaving) {
      if (exit !== undefined) exit(node);
      continue;
    }
    const result = enter(node);
    if (result === STOP) return;
    if ((result === SKIP || !cursor.descend(node)) && exit !== undefined) exit(node);
  }
}

/**
 * The node after `node` in document order inside `root`, found by the tree's own
 * links (first child, next sibling, parent) with nothing allocated: for short,
 * bounded looks into a subtree made many times a page, where a {@link TreeCursor}
 * (its stacks) and a visitor closure cost more than the look itself.
 *
 * @param node - A descendant of `root`.
 * @param root - The subtree's root (its own siblings are never reached).
 * @param descend - Whether to go into `node`'s children (when it has any).
 * @returns The next node, or `null` when the subtree is done.
 * @example
 * // Every text node under a <center>, in order, without a callback:
 * for (let node = center.children[0] ?? null; node !== null; node = nextInSubtree(node, center, true)) {
 *   if (isText(node)) console.log(node.data);
 * }
 */
export function nextInSubtree(node: ChildNode, root: ParentNode, descend: boolean): ChildNode | null {
  if (descend && hasChildren(node) && node.children.length > 0) return node.children[0]!;
  let at: ChildNode = node;
  while (at.next === null) {
    const parent = at.parent;
    if (parent === null || parent === root) return null;
    at = parent as ChildNode;
  }
  return at.next;
}

/**
 * A depth-first walk taken one step at a time, for the walks that run over
 * every node of a page (the visitors' walk, the block writer, `textOf`):
 * through {@link walkEnterExit} they paid two callback calls per node, and
 * callbacks shared by several walks are not inlined. A caller asks for the
 * next node, and says whether to go into its children; once they are all
 * visited the element comes back a second time, with `leaving` set.
 * It moves by the tree's own links (first child, next sibling, parent), so it
 * keeps no stack: iterative at any depth (pages can nest 100,000 elements
 * deep), and nothing allocated as it goes down (the stacks it kept before
 * grew on every walk, 44,000 `textOf` walks a corpus pass among them). The
 * tree must not be restructured behind it, which the steps never do during a
 * walk: their edits are applied after it.
 *
 * @example
 * const cursor = new TreeCursor(doc);
 * for (let node = cursor.next(); node !== null; node = cursor.next()) {
 *   if (cursor.leaving) continue; // node's subtree is done
 *   if (isTag(node) && node.name !== 'table') cursor.descend(node); // tables: not their cells
 * }
 */
export class TreeCursor {
  /** Whether the node {@link TreeCursor.next} last returned is being left (its children all visited), not entered. */
  leaving = false;
  readonly #root: ParentNode;
  /** The node last returned; `null` before the first and after the last. */
  #node: ChildNode | null = null;
  /** Whether the next node is the first child of {@link TreeCursor.#node}. */
  #down = false;
  #ended = false;

  /** @param root - The node whose descendants are walked (not `root` itself). */
  constructor(root: ParentNode) {
    this.#root = root;
  }

  /** The next node in document order, or the node whose children were just finished (`leaving`); `null` at the end. */
  next(): ChildNode | null {
    const node = this.#node;
    if (node === null) return this.#ended ? null : this.#enter(this.#root.children[0] ?? null);
    if (this.#down) {
      this.#down = false;
      return this.#enter((node as ParentNode).children[0]!);
    }
    if (node.next !== null) return this.#enter(node.next);
    const parent = node.parent;
    if (parent === null || parent === this.#root) return this.#enter(null);
    this.leaving = true;
    this.#node = parent as ChildNode;
    return this.#node;
  }

  /**
   * Go into the children of the node {@link TreeCursor.next} just entered, before its next sibling.
   *
   * @returns `false` when it has none: it will not come back as `leaving`.
   */
  descend(node: ChildNode): boolean {
    const children = (node as Partial<ParentNode>).children;
    if (children === undefined || children.length === 0) return false;
    this.#node = node;
    this.#down = true;
    return true;
  }

  #enter(node: ChildNode | null): ChildNode | null {
    this.leaving = false;
    this.#node = node;
    if (node === null) this.#ended = true;
    return node;
  }
}
