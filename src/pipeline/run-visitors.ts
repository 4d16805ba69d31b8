/**
 * One walk for many tree steps.
 */
import type { ChildNode, Document, Element, ParentNode, Text } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { SKIP, STOP } from '../dom/walk.js';
import type { RunContext } from './context.js';
import type { TreeStep, TreeVisitor } from './types.js';

/** A visitor that asked to see no more nodes. */
const DONE = Symbol('done');

type Skip = ChildNode | typeof DONE | null;

/**
 * Walk the tree once, calling each step's visitor in step order for every
 * node. This keeps each step's own view the same as if it had walked alone
 * after the steps before it:
 *
 * - a step that returns SKIP for an element sees none of its descendants,
 *   while the other steps still do;
 * - a node removed by a step (even one further down the page, removed ahead
 *   of the walk) is seen by the steps before it and by none after it.
 *
 * @param doc - The tree.
 * @param steps - Consecutive visiting steps.
 * @param positions - Position of each step in the page's pipeline.
 * @param ctx - The run's context.
 * @internal
 */
export function runVisitors(doc: Document, steps: readonly TreeStep[], positions: readonly number[], ctx: RunContext): void {
  const n = steps.length;
  // What each visitor handles, read in one loop over them (a page has two walks of about sixty
  // elements each: this setup is paid as often as a few elements' visits, and a `forEach` or `map`
  // per table with a keyed read of the method name cost more than the loop).
  const visitors: TreeVisitor[] = [];
  // Which visitors handle which kind of node: a text node only costs the steps that read text.
  const forText: number[] = [];
  const forOther: number[] = [];
  const forLeave: number[] = [];
  const leaveTagsOf: (ReadonlySet<string> | null)[] = [];
  // Which steps see elements at all, and the tag names each limits itself to (null: every tag).
  // Asked of the visitor's own set per element: a table per page and tag cost more than the look-up.
  // Each visitor's element handler read once: read per element at one call site, the method of
  // half a dozen differently shaped visitors is a megamorphic load. Called with its visitor as `this`.
  const elementOf: (NonNullable<TreeVisitor['element']> | null)[] = [];
  const tagsOf: (ReadonlySet<string> | null)[] = [];
  // The element whose subtree each step is skipping, DONE, or null.
  const skipping: Skip[] = [];
  for (let i = 0; i < n; i++) {
    enterStep(ctx, steps[i]!, positions[i]!);
    const visitor = steps[i]!.visit!(doc, ctx);
    visitors.push(visitor);
    if (visitor.text !== undefined) forText.push(i);
    if (visitor.other !== undefined) forOther.push(i);
    if (visitor.leave !== undefined) forLeave.push(i);
    leaveTagsOf.push(visitor.leaveTags ?? null);
    elementOf.push(visitor.element ?? null);
    tagsOf.push(visitor.tags ?? null);
    skipping.push(null);
  }
  // How many steps skip an element's subtree: while none does, leaving an element has no skip to end.
  let skips = 0;
  const edits = ctx.edits;

  // Where the node was removed is looked up once per node, and again only after a step marked
  // a removal: only a step's own edits can change it during the node's visit.
  const visitLeaf = (node: ChildNode, indices: readonly number[], text: boolean): void => {
    let removedAt = edits.removedBy(node);
    let marks = edits.removals;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      // Hidden from step i: it skips the subtree, or the node was removed at or before it.
      if (skipping[i] !== null || removedAt <= positions[i]!) continue;
      enterStep(ctx, steps[i]!, positions[i]!);
      // Called directly, not through a closure made for each node.
      const result = text ? visitors[i]!.text!(node as Text) : visitors[i]!.other!(node);
      if (result === STOP) skipping[i] = DONE;
      if (edits.removals !== marks) {
        marks = edits.removals;
        removedAt = edits.removedBy(node);
      }
    }
  };

  // An element's visit, before its children: whether any step descends into them.
  const enterElement = (node: Element): boolean => {
    let descend = false;
    let removedAt = edits.removedBy(node);
    let marks = edits.removals;
    for (let i = 0; i < n; i++) {
      if (skipping[i] !== null) continue;
      if (removedAt <= positions[i]!) {
        skipping[i] = node;
        skips++;
        continue;
      }
      const element = elementOf[i]!;
      const tags = tagsOf[i]!;
      if (element === null || (tags !== null && !tags.has(node.name))) {
        descend = true;
        continue;
      }
      enterStep(ctx, steps[i]!, positions[i]!);
      const result = element.call(visitors[i], node);
      if (edits.removals !== marks) {
        marks = edits.removals;
        removedAt = edits.removedBy(node);
      }
      if (result === STOP) skipping[i] = DONE;
      else if (result === SKIP) {
        skipping[i] = node;
        skips++;
      } else descend = true;
    }
    return descend;
  };
  // After its children (at once when they were not visited): the steps that skipped it see nodes again.
  const leaveElement = (node: Element): void => {
    if (skips > 0) {
      for (let i = 0; i < n; i++) {
        if (skipping[i] === node) {
          skipping[i] = null;
          skips--;
        }
      }
    }
    for (let k = 0; k < forLeave.length; k++) {
      const i = forLeave[k]!;
      const tags = leaveTagsOf[i]!;
      if (skipping[i] !== null || (tags !== null && !tags.has(node.name))) continue;
      enterStep(ctx, steps[i]!, positions[i]!);
      visitors[i]!.leave!(node);
    }
  };

  // The tree's own links, followed in local variables: this walk runs over every node of the page
  // (about 500,000 a corpus pass), where walkEnterExit's two callbacks cost two calls per node and
  // a TreeCursor four field writes per node. Each link is read when the cursor would read it: a
  // node's next sibling once the node (and its subtree) has been visited.
  let node: ChildNode | null = doc.children[0] ?? null;
  while (node !== null) {
    if (isText(node)) {
      if (forText.length > 0) visitLeaf(node, forText, true);
    } else if (!isTag(node)) {
      if (forOther.length > 0) visitLeaf(node, forOther, false);
    } else if (enterElement(node) && node.children.length > 0) {
      node = node.children[0]!;
      continue;
    } else leaveElement(node);
    // On to the next sibling, leaving each parent whose last child this was.
    while (node.next === null) {
      const parent: ParentNode | null = node.parent;
      if (parent === null || parent === doc) break;
      leaveElement(parent as Element);
      node = parent as Element;
    }
    node = node.next;
  }
  for (let i = 0; i < n; i++) {
    const done = visitors[i]!.done;
    if (done !== undefined) {
      enterStep(ctx, steps[i]!, positions[i]!);
      done();
    }
  }
}

function enterStep(ctx: RunContext, step: TreeStep, index: number): void {
  ctx.step = step.name;
  ctx.stepIndex = index;
}
