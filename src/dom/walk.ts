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
  // Three parallel stacks, indexed by depth and reused as the walk goes
  // down and up: the child array at each level, the position in it, and the
  // node that owns it (for the exit callback).
  const arrays: ChildNode[][] = [root.children];
  const indices: number[] = [0];
  const owners: ChildNode[] = [];
  let depth = 0;
  for (;;) {
    const array = arrays[depth]!;
    const index = indices[depth]!;
    if (index >= array.length) {
      if (depth === 0) return;
      depth--;
      if (exit !== undefined) exit(owners[depth]!);
      continue;
    }
    indices[depth] = index + 1;
    const node = array[index]!;
    const result = enter(node);
    if (result === STOP) return;
    const children = (node as Partial<ParentNode>).children;
    if (result !== SKIP && children !== undefined && children.length > 0) {
      owners[depth] = node;
      depth++;
      arrays[depth] = children;
      indices[depth] = 0;
      continue;
    }
    if (exit !== undefined) exit(node);
  }
}
