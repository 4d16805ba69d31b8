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

  #rebuild(parent: ParentNode): void {
    const next: ChildNode[] = [];
    // The children in order, forwards, with each unwrapped child replaced by its own children
    // (nested unwraps too, without recursion): the arrays being read are stacked only when an
    // unwrapped child is entered, so a parent that only lost children is read in one pass.
    const stack: { array: ChildNode[]; index: number }[] = [];
    let array = parent.children;
    let index = 0;
    for (;;) {
      if (index === array.length) {
        const outer = stack.pop();
        if (outer === undefined) break;
        ({ array, index } = outer);
        continue;
      }
      const child = array[index++]!;
      if (this.#removed.has(child)) {
        child.parent = null;
        child.prev = null;
        child.next = null;
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
    // Links are written only where they change (around the children taken out or spliced in):
    // most of a rebuilt parent's children keep theirs, and each pointer store costs a write barrier.
    for (let i = 0; i < next.length; i++) {
      const child = next[i]!;
      // Bounds checked rather than `next[i - 1] ?? null`: V8 reads index -1 as a named property, slowly.
      const prev = i > 0 ? next[i - 1]! : null;
      const after = i + 1 < next.length ? next[i + 1]! : null;
      if (child.parent !== parent) child.parent = parent;
      if (child.prev !== prev) child.prev = prev;
      if (child.next !== after) child.next = after;
    }
    parent.children = next;
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
