/**
 * Batched removals and unwraps.
 *
 * Steps mark nodes while they walk and the pipeline applies the marks once
 * after each step, rebuilding every touched parent's child list a single time.
 * Removing or unwrapping k of a parent's n children therefore costs O(n), not
 * O(k·n) as repeated `splice` would on pages with thousands of siblings.
 */
import type { ChildNode, ParentNode } from 'domhandler';
import { hasChildren } from 'domhandler';

/** Pending structural edits on one tree. */
export class Edits {
  /** Removed nodes, with the position of the step that removed each. */
  readonly #removed = new Map<ChildNode, number>();
  readonly #unwrapped = new Set<ChildNode>();
  #marks = 0;

  /**
   * Mark a node for removal (with its subtree).
   *
   * @param node - The node.
   * @param by - Position of the removing step in its pipeline.
   */
  remove(node: ChildNode, by = 0): void {
    if (!this.#removed.has(node)) {
      this.#removed.set(node, by);
      this.#marks++;
    }
  }

  /** Position of the step that removed the node, or `Infinity` when it is not removed. */
  removedBy(node: ChildNode): number {
    return this.#removed.size === 0 ? Infinity : (this.#removed.get(node) ?? Infinity);
  }

  /** Mark an element for unwrapping: its children take its place. */
  unwrap(node: ChildNode): void {
    this.#unwrapped.add(node);
  }

  /** Whether the node is marked for removal (not its ancestors). */
  isRemoved(node: ChildNode): boolean {
    return this.#removed.has(node);
  }

  /** How many removals were ever marked: a cheap way to notice that one was. */
  get removals(): number {
    return this.#marks;
  }

  /** Whether nothing is pending. */
  get empty(): boolean {
    return this.#removed.size === 0 && this.#unwrapped.size === 0;
  }

  /** Apply every pending edit, then forget them. */
  apply(): void {
    if (this.empty) return;
    const parents = new Set<ParentNode>();
    const owners = new Map<ParentNode, ParentNode | null>();
    for (const node of this.#removed.keys()) addOwner(node, parents, this.#unwrapped, owners);
    for (const node of this.#unwrapped) addOwner(node, parents, this.#unwrapped, owners);
    for (const parent of parents) this.#rebuild(parent);
    this.#removed.clear();
    this.#unwrapped.clear();
  }

  /**
   * Take the removed children out of a parent's list, in place: most rebuilt parents (31,000 of
   * 45,000 a corpus pass) only lost children, and compacting their own array spares a new one
   * for each. A parent with an unwrapped child is handed to {@link #splice} at that child.
   */
  #rebuild(parent: ParentNode): void {
    const children = parent.children;
    let kept = 0;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (this.#removed.has(child)) {
        detach(child);
        continue;
      }
      if (this.#unwrapped.has(child) && hasChildren(child)) {
        this.#splice(parent, children.slice(0, kept), i);
        return;
      }
      if (kept !== i) children[kept] = child;
      kept++;
    }
    // Popped, not cut by setting `length`: the setter is a runtime call, a pop is inlined (a
    // parent loses one or two children here).
    while (children.length > kept) children.pop();
    relink(parent, children);
  }

  /**
   * Rebuild a parent's list into `next` (its kept children before `from`) from position `from`
   * on, with each unwrapped child replaced by its own children (nested unwraps too, without
   * recursion): the arrays being read are stacked only when an unwrapped child is entered.
   */
  #splice(parent: ParentNode, next: ChildNode[], from: number): void {
    const stack: { array: ChildNode[]; index: number }[] = [];
    let array = parent.children;
    let index = from;
    for (;;) {
      if (index === array.length) {
        const outer = stack.pop();
        if (outer === undefined) break;
        ({ array, index } = outer);
        continue;
      }
      const child = array[index++]!;
      if (this.#removed.has(child)) {
        detach(child);
        continue;
      }
      if (this.#unwrapped.has(child) && hasChildren(child)) {
        stack.push({ array, index });
        array = child.children;
        index = 0;
        child.children = [];
        child.parent = null;
        continue;
      }
      next.push(child);
    }
    relink(parent, next);
    parent.children = next;
  }
}

/** Cut a removed node's links to the tree. */
function detach(child: ChildNode): void {
  child.parent = null;
  child.prev = null;
  child.next = null;
}

/**
 * Set each child's `parent`, `prev` and `next` for its place in `children`. Links are written only
 * where they change (around the children taken out or spliced in): most of a rebuilt parent's
 * children keep theirs, and each pointer store costs a write barrier.
 */
function relink(parent: ParentNode, children: ChildNode[]): void {
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    // Bounds checked rather than `children[i - 1] ?? null`: V8 reads index -1 as a named property, slowly.
    const prev = i > 0 ? children[i - 1]! : null;
    const after = i + 1 < children.length ? children[i + 1]! : null;
    if (child.parent !== parent) child.parent = parent;
    if (child.prev !== prev) child.prev = prev;
    if (child.next !== after) child.next = after;
  }
}

/**
 * Record the nearest ancestor of `node` that is not itself being unwrapped:
 * the one whose child list must be rebuilt. `owners` memoises chains of nested
 * unwraps so that 100,000 nested wrappers cost linear time.
 */
function addOwner(
  node: ChildNode,
  parents: Set<ParentNode>,
  unwrapped: Set<ChildNode>,
  owners: Map<ParentNode, ParentNode | null>,
): void {
  // Most edited nodes sit in a parent that is not unwrapped: it is their owner, found without a
  // look-up in the memo (which only holds unwrapped parents) and without a path made for it.
  let path: ParentNode[] | null = null;
  let parent = node.parent;
  let owner: ParentNode | null = null;
  while (parent !== null) {
    if (!unwrapped.has(parent as ChildNode)) {
      owner = parent;
      break;
    }
    const known = owners.get(parent);
    if (known !== undefined) {
      owner = known;
      break;
    }
    (path ??= []).push(parent);
    parent = parent.parent;
  }
  if (path !== null) for (const step of path) owners.set(step, owner);
  if (owner !== null) parents.add(owner);
}
