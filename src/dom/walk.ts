/**
 * Iterative tree walks over htmlparser2's DOM.
 *
 * Pages can nest 100,000 elements deep, so nothing here recurses: the walks
 * follow `next` and `parent` pointers instead of the call stack.
 */
import type { AnyNode, ChildNode, ParentNode } from 'domhandler';
import { hasChildren } from 'domhandler';

/** Returned by a visitor to skip the node's descendants. */
export const SKIP = false;

/** Returned by a visitor to end the walk at once. */
export const STOP = 'stop';

/** What a visitor may return: nothing (descend), {@link SKIP} or {@link STOP}. */
export type VisitResult = boolean | void | typeof STOP;

/**
 * Visit every descendant of `root` in document order.
 *
 * @param root - The node whose descendants are visited (not `root` itself).
 * @param visit - Called for each node; return {@link SKIP} to leave its children out.
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
  let node: ChildNode | null = root.children[0] ?? null;
  while (node !== null) {
    const result = enter(node);
    if (result === STOP) return;
    const descend = result !== SKIP && hasChildren(node) && node.children.length > 0;
    if (descend) {
      node = (node as ParentNode).children[0] ?? null;
      continue;
    }
    // Climb until a node has a next sibling, closing every subtree on the way.
    let current: ChildNode = node;
    for (;;) {
      exit?.(current);
      if (current.next !== null) {
        node = current.next;
        break;
      }
      const parent: ParentNode | null = current.parent;
      if (parent === null || parent === root || !isChild(parent)) {
        node = null;
        break;
      }
      current = parent;
    }
  }
}

function isChild(node: AnyNode): node is ChildNode {
  return node.type !== 'root';
}
