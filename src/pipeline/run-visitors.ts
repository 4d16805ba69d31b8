/**
 * One walk for many tree steps.
 */
import type { ChildNode, Document, Element, Text } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { SKIP, STOP, TreeCursor } from '../dom/walk.js';
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
  const visitors: TreeVisitor[] = [];
  for (let i = 0; i < n; i++) {
    enterStep(ctx, steps[i]!, positions[i]!);
    visitors.push(steps[i]!.visit!(doc, ctx));
  }
  // Which visitors handle which kind of node: a text node only costs the steps that read text.
  const forText = indicesWith(visitors, 'text');
  const forOther = indicesWith(visitors, 'other');
  const forLeave = indicesWith(visitors, 'leave');
  const leaveTagsOf = visitors.map((v) => v.leaveTags ?? null);
  // Which steps see elements at all, and the tag names each limits itself to (null: every tag).
  // Asked of the visitor's own set per element: a table per page and tag cost more than the look-up.
  // Each visitor's element handler read once: read per element at one call site, the method of
  // half a dozen differently shaped visitors is a megamorphic load. Called with its visitor as `this`.
  const elementOf = visitors.map((v) => v.element ?? null);
  const tagsOf = visitors.map((v) => v.tags ?? null);
  // The element whose subtree each step is skipping, DONE, or null.
  const skipping: Skip[] = new Array<Skip>(n).fill(null);
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

  // A cursor, not walkEnterExit: this walk runs over every node of the page, and walkEnterExit's
  // two callbacks (shared with other walks, so not inlined) cost two calls per node, the exit one
  // for text nodes too.
  const cursor = new TreeCursor(doc);
  for (let node = cursor.next(); node !== null; node = cursor.next()) {
    if (cursor.leaving) leaveElement(node as Element);
    else if (isText(node)) {
      if (forText.length > 0) visitLeaf(node, forText, true);
    } else if (!isTag(node)) {
      if (forOther.length > 0) visitLeaf(node, forOther, false);
    } else if (!enterElement(node) || !cursor.descend(node)) leaveElement(node);
  }
  for (let i = 0; i < n; i++) {
    const done = visitors[i]!.done;
    if (done !== undefined) {
      enterStep(ctx, steps[i]!, positions[i]!);
      done();
    }
  }
}

function indicesWith(visitors: readonly TreeVisitor[], method: keyof TreeVisitor): number[] {
  const out: number[] = [];
  visitors.forEach((visitor, i) => {
    if (visitor[method] !== undefined) out.push(i);
  });
  return out;
}

function enterStep(ctx: RunContext, step: TreeStep, index: number): void {
  ctx.step = step.name;
  ctx.stepIndex = index;
}
