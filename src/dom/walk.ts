/**
 * Iterative tree walks over htmlparser2's DOM.
 *
 * Pages can nest 100,000 elements deep, so nothing here recurses: the walks
 * keep their own stack of child arrays.
 */
import type { ChildNode, ParentNode } from 'domhandler';

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
 * A depth-first walk taken one step at a time, for the walks that run over
 * every node of a page (the visitors' walk, the block writer, `textOf`):
 * through {@link walkEnterExit} they paid two callback calls per node, and
 * callbacks shared by several walks are not inlined. A caller asks for the
 * next node, and says whether to go into its children; once they are all
 * visited the element comes back a second time, with `leaving` set.
 * Iterative (pages can nest 100,000 elements deep): three stacks indexed by
 * depth, the child arrays, the position in each and the node that owns each.
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
  readonly #arrays: ChildNode[][];
  readonly #indices: number[] = [0];
  readonly #owners: ChildNode[] = [];
  #depth = 0;

  /** @param root - The node whose descendants are walked (not `root` itself). */
  constructor(root: ParentNode) {
    this.#arrays = [root.children];
  }

  /** The next node in document order, or the node whose children were just finished (`leaving`); `null` at the end. */
  next(): ChildNode | null {
    const depth = this.#depth;
    const index = this.#indices[depth]!;
    const array = this.#arrays[depth]!;
    if (index >= array.length) {
      if (depth === 0) return null;
      this.#depth = depth - 1;
      this.leaving = true;
      return this.#owners[depth - 1]!;
    }
    this.#indices[depth] = index + 1;
    this.leaving = false;
    return array[index]!;
  }

  /**
   * Go into the children of the node {@link TreeCursor.next} just entered, before its next sibling.
   *
   * @returns `false` when it has none: it will not come back as `leaving`.
   */
  descend(node: ChildNode): boolean {
    const children = (node as Partial<ParentNode>).children;
    if (children === undefined || children.length === 0) return false;
    this.#owners[this.#depth] = node;
    const depth = ++this.#depth;
    this.#arrays[depth] = children;
    this.#indices[depth] = 0;
    return true;
  }
}
