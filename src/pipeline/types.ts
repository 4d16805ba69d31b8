/**
 * Steps, the context they share, and what a pipeline returns.
 */
import type { ChildNode, Document, Element, Text } from 'domhandler';
import type { VisitResult } from '../dom/walk.js';
import type { CreditRole } from '../metadata/parse-credits.js';
import type { Block, FieldSource, Image, Issue, Link, Media, Removal } from '../types.js';

/** The page families qingxi recognises. */
export type PageFamily = 'bannedbook' | 'markdown-mirror' | 'html-page' | 'html-fragment';

/** A body block while the pipeline still works on it. */
export interface DraftBlock extends Block {
  /** The element the block was read from; `null` for blocks a step made up. */
  readonly source: Element | null;
  /** Protected by a `keep` rule: block steps must not drop it. */
  readonly kept: boolean;
}

/** A dated candidate for `published`, with where it was read. */
export interface DateCandidate {
  /** ISO 8601 date or date-time. */
  readonly value: string;
  readonly source: FieldSource;
  /** The text the date was read from. */
  readonly raw: string;
}

/** A candidate value for a single-valued field, ranked by its source. */
export interface Candidate<T> {
  readonly value: T;
  readonly source: FieldSource;
}

/** What the steps found on the page besides the body. */
export interface Found {
  title: Candidate<string> | null;
  url: Candidate<string> | null;
  mirrorUrl: Candidate<string> | null;
  dateline: string | null;
  /** Outlet names or ids seen in the dateline, credit line or wrapper, first first. */
  outletHints: string[];
  dates: DateCandidate[];
  authors: Candidate<string>[];
  editors: Candidate<string>[];
  /** Every credited name with its role word, in page order. */
  roles: CreditRole[];
  tags: string[];
  links: Link[];
  related: Link[];
  images: Image[];
  media: Media[];
  /** Free-form values a page's JSON-LD or meta tags carried, by property. */
  meta: Record<string, string>;
}

/** A step's view of the run: what it may read and the only ways it may change things. */
export interface StepContext {
  readonly family: PageFamily;
  /** Whether a trace is being recorded (steps may skip work that only feeds it). */
  readonly explain: boolean;
  /** The URL the caller gave for the page, if any. */
  readonly inputUrl: string | null;
  /** What steps found so far. */
  readonly found: Found;
  /** Mark a node for removal; applied when the step returns. */
  remove(node: ChildNode, reason: string, rule?: string): void;
  /** Mark an element for unwrapping (its children take its place); applied when the step returns. */
  unwrap(node: Element, reason: string, rule?: string): void;
  /** Protect an element and its subtree from later removal. */
  keep(node: Element, reason: string, rule?: string): void;
  /** Whether the node or one of its ancestors is kept. */
  isKept(node: ChildNode): boolean;
  /** Whether the node is already marked for removal in this step. */
  isRemoved(node: ChildNode): boolean;
  /** Record a change to text (trace only), e.g. a dateline cut from a paragraph. */
  changed(snippet: string, reason: string, rule?: string): void;
  /** Record a dropped block (trace only). */
  dropped(block: Block, reason: string, rule?: string): void;
  /** Record text removed from the page's source before parsing (trace only). */
  removedText(snippet: string, reason: string, rule?: string): void;
  /** Record a content problem on the result. */
  issue(issue: Issue): void;
  /**
   * Record a link unwrapped from the page, with a node of its text (which
   * stays in the tree when the link is unwrapped). It
   * reaches `links` only if a block it stood in survives: a link inside a
   * paragraph that a later step drops (a donation appeal, a reprint line) is
   * not one of the article's links. Without a place it is always kept.
   */
  addLink(link: Link, at: ChildNode | null): void;
  /** Offer a value for a single-valued field; the best-ranked source wins. */
  propose(field: 'title' | 'url' | 'mirrorUrl', value: string, source: FieldSource): void;
}

interface StepBase {
  /** Unique name within a pipeline, used to disable, replace and trace the step. */
  readonly name: string;
}

/**
 * What a tree step does to each node of a walk. The pipeline runs consecutive
 * visiting steps in one walk over the tree, calling each step's visitor in
 * step order for every node, so that a page is walked once, not once per step.
 * A node one step removes is not shown to the steps after it.
 */
export interface TreeVisitor {
  /** Only call `element` for elements with these tag names (lower case). @default every element */
  readonly tags?: ReadonlySet<string>;
  /** An element, before its children; return `SKIP` (`false`) to leave the children out, `'stop'` to see no more nodes. */
  element?(element: Element): VisitResult;
  /** An element after its children (not called for elements `element` skipped). */
  leave?(element: Element): void;
  /** A text node. */
  text?(node: Text): VisitResult;
  /** A comment, directive or CDATA node. */
  other?(node: ChildNode): VisitResult;
  /** The walk is over (edits are applied after this). */
  done?(): void;
}

/**
 * A step that edits the parsed tree: either a visitor (`visit`), run in a
 * shared walk with its neighbours, or a function of the whole tree (`run`).
 */
export interface TreeStep extends StepBase {
  readonly stage: 'tree';
  /** Run this step only on pages where this holds (e.g. a page family). @default always */
  when?(ctx: StepContext): boolean;
  /** Make this page's visitor. */
  visit?(doc: Document, ctx: StepContext): TreeVisitor;
  /** Or: do everything with the tree at once, in a walk of its own. */
  run?(doc: Document, ctx: StepContext): void;
}

/**
 * A step that works on the page's text before it is parsed: for layers that
 * are not HTML, such as a Markdown mirror's frame of lines around the HTML.
 */
export interface SourceStep extends StepBase {
  readonly stage: 'source';
  /** Run this step only on pages where this holds. @default always */
  when?(ctx: StepContext): boolean;
  /**
   * Rewrite the page's text before it is parsed.
   *
   * @param text - The page as decoded text (after earlier source steps).
   * @param ctx - The run's context; record what was cut with `ctx.removedText`.
   * @returns The text to hand on.
   */
  run(text: string, ctx: StepContext): string;
}

/** The step that turns the cleaned tree into draft blocks. */
export interface ConvertStep extends StepBase {
  readonly stage: 'convert';
  /**
   * Read the body blocks from the cleaned tree.
   *
   * @param doc - The tree after every tree step.
   * @param ctx - The run's context.
   * @returns The draft blocks, in reading order.
   */
  run(doc: Document, ctx: StepContext): DraftBlock[];
}

/** A step that works on the body's blocks. */
export interface BlockStep extends StepBase {
  readonly stage: 'blocks';
  /**
   * Work on the body's blocks.
   *
   * @param blocks - The blocks so far (do not change them; return new ones).
   * @param ctx - The run's context; record dropped blocks with `ctx.dropped`.
   * @returns The blocks to hand on; keep every block whose `kept` is set.
   */
  run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[];
}

/** A named pipeline step: configure once with its factory, run on many pages. */
export type Step = SourceStep | TreeStep | ConvertStep | BlockStep;

/** What running a pipeline over one page gives back. */
export interface PipelineResult {
  /** The cleaned tree (a copy; the caller's tree is never touched). */
  readonly document: Document;
  /** The body blocks. */
  readonly blocks: readonly Block[];
  readonly found: Found;
  readonly issues: readonly Issue[];
  /** Removals and changes; empty unless run with `explain: true`. */
  readonly trace: readonly Removal[];
}
