/**
 * Steps, the context they share, and what a pipeline returns.
 */
import type { ChildNode, Document, Element, Text } from 'domhandler';
import type { VisitResult } from '../dom/walk.js';
import type { CreditRole } from '../metadata/parse-credits.js';
import type { Block, FieldSource, Image, Issue, Link, Media, Removal } from '../types.js';

/**
 * The page families qingxi recognises.
 *
 * @example
 * detectFamily('<!-- 面包屑导航 --><h2>标题</h2><div class="entry">正文</div>') // 'bannedbook'
 * detectFamily('<!DOCTYPE html><html><head><title>港警拘捕多人</title></head>…') // 'html-page'
 * detectFamily('<p>正文</p>') // 'html-fragment'
 * // Steps branch on it: resolveBody runs its generic finder only when ctx.family === 'html-page'.
 */
export type PageFamily = 'bannedbook' | 'markdown-mirror' | 'html-page' | 'html-fragment';

/**
 * Every page family, for checking a family given by a caller.
 *
 * @internal
 */
export const PAGE_FAMILIES: readonly PageFamily[] = ['bannedbook', 'markdown-mirror', 'html-page', 'html-fragment'];

/**
 * A body block while the pipeline still works on it.
 *
 * @example
 * // What a block step receives for <p class="note">（责任编辑：林清）</p>:
 * // { kind: 'paragraph', text: '（责任编辑：林清）', source: <the <p> Element>, kept: false }
 * const dropNotes: BlockStep = {
 *   name: 'dropNotes',
 *   stage: 'blocks',
 *   run: (blocks) => blocks.filter((block) => block.kept || block.source?.attribs['class'] !== 'note'),
 * };
 */
export interface DraftBlock extends Block {
  /** The element the block was read from; `null` for blocks a step made up. */
  readonly source: Element | null;
  /** Protected by a `keep` rule: block steps must not drop it. */
  readonly kept: boolean;
}

/**
 * A dated candidate for `published`, with where it was read.
 *
 * @example
 * pipe(extractPageMeta()).run('<meta property="article:published_time" content="2022-12-30T21:05:00+08:00">').found.dates
 * // [{ value: '2022-12-30T21:05:00+08:00', source: 'meta', raw: '2022-12-30T21:05:00+08:00' }]
 */
export interface DateCandidate {
  /** ISO 8601 date or date-time. */
  readonly value: string;
  readonly source: FieldSource;
  /** The text the date was read from. */
  readonly raw: string;
}

/**
 * A candidate value for a single-valued field, ranked by its source.
 *
 * @example
 * pipe(extractPageMeta()).run('<head><meta property="og:title" content="港警拘捕多人"></head>').found.title
 * // { value: '港警拘捕多人', source: 'meta' }
 */
export interface Candidate<T> {
  readonly value: T;
  readonly source: FieldSource;
}

/**
 * What the steps found on the page besides the body.
 *
 * @example
 * const { found } = pipe(extractPageMeta(), removeRelated(), unwrapLinks()).run(html);
 * found.title // { value: '港警拘捕多人', source: 'meta' }
 * found.url   // { value: 'https://www.epochtimes.com/gb/22/12/30/n13895357.htm', source: 'meta' }
 * found.links // [{ text: '自由亚洲电台', href: 'https://www.rfa.org/mandarin/a.html' }]
 */
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

/**
 * A step's view of the run: what it may read and the only ways it may change things.
 *
 * @example
 * // bannedbook's reprints end with a link to the original: offer it as the article's URL.
 * defineRule({
 *   id: 'source-link',
 *   rewrite: { selector: 'a.src_link', with: (a, ctx) => ctx.propose('url', a.attribs['href'] ?? '', 'text') },
 * });
 * // Footnote markers go, with a reason the trace shows.
 * defineRule({ id: 'drop-notes', rewrite: { selector: 'sup.note', with: (sup, ctx) => ctx.remove(sup, 'footnote marker') } });
 */
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
 *
 * @example
 * const dropEditorBox: TreeStep = {
 *   name: 'dropEditorBox',
 *   stage: 'tree',
 *   visit: (_doc, ctx): TreeVisitor => ({
 *     tags: new Set(['div']),
 *     element(div) {
 *       if (div.attribs['class'] !== 'editor-box') return undefined;
 *       ctx.remove(div, 'editor box');
 *       return false; // nothing inside it needs a visit
 *     },
 *   }),
 * };
 * extractArticle(html, { rules: [place(dropEditorBox, { after: 'removeAds' })] });
 */
export interface TreeVisitor {
  /** Only call `element` for elements with these tag names (lower case). @default every element */
  readonly tags?: ReadonlySet<string>;
  /** An element, before its children; return `SKIP` (`false`) to leave the children out, `'stop'` to see no more nodes. */
  element?(element: Element): VisitResult;
  /** An element after its children (not called for elements `element` skipped). */
  leave?(element: Element): void;
  /** Only call `leave` for elements with these tag names (lower case): a step that waits for one tag saves a call per element. @default every element */
  readonly leaveTags?: ReadonlySet<string>;
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
 *
 * @example
 * import { selectAll } from 'css-select';
 *
 * const dropAsides: TreeStep = {
 *   name: 'dropAsides',
 *   stage: 'tree',
 *   when: (ctx) => ctx.family === 'html-page',
 *   run(doc, ctx) {
 *     for (const aside of selectAll('aside', doc)) ctx.remove(aside, 'sidebar');
 *   },
 * };
 * extractArticle(html, { rules: [place(dropAsides, { after: 'removeNonContent' })] });
 * // Every tree cleaner's factory returns one: removeAds(), unwrapLinks(), resolveBody() …
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
 *
 * @example
 * const dropWaybackBar: SourceStep = {
 *   name: 'dropWaybackBar',
 *   stage: 'source',
 *   run(text, ctx) {
 *     const start = text.indexOf('<!-- BEGIN WAYBACK TOOLBAR INSERT -->');
 *     const end = text.indexOf('<!-- END WAYBACK TOOLBAR INSERT -->');
 *     if (start < 0 || end < start) return text;
 *     ctx.removedText(text.slice(start, start + 60), 'Wayback Machine toolbar');
 *     return text.slice(0, start) + text.slice(end);
 *   },
 * };
 * extractArticle(html, { rules: [place(dropWaybackBar, { at: 'start' })] });
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

/**
 * The step that turns the cleaned tree into draft blocks.
 *
 * @example
 * // The built-in one is toBlocks(); pipe() puts it in front of block steps when none is given.
 * const convert: ConvertStep = toBlocks();
 * pipe(removeAds(), convert, normalizeWhitespace()).run(html).blocks
 */
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

/**
 * A step that works on the body's blocks.
 *
 * @example
 * const dropEditorNotes: BlockStep = {
 *   name: 'dropEditorNotes',
 *   stage: 'blocks',
 *   run(blocks, ctx) {
 *     return blocks.filter((block) => {
 *       if (block.kept || !/^[（(]编者按/u.test(block.text)) return true;
 *       ctx.dropped(block, "editor's note");
 *       return false;
 *     });
 *   },
 * };
 * extractArticle(html, { rules: [place(dropEditorNotes, { before: 'extractCredits' })] });
 * // drops '（编者按：本文根据现场报道整理）'
 */
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

/**
 * A named pipeline step: configure once with its factory, run on many pages.
 *
 * @example
 * const steps: Step[] = [removeAds(), unwrapLinks(), toBlocks(), normalizeWhitespace()];
 * pipe(...steps).run(html)
 * DEFAULT_STEPS.map((step) => `${step.stage}: ${step.name}`) // ['source: removeMarkdownLines', 'source: extractOriginalUrl', 'tree: extractPageMeta', …, 'blocks: removeEmptyBlocks']
 */
export type Step = SourceStep | TreeStep | ConvertStep | BlockStep;

/**
 * What running a pipeline over one page gives back.
 *
 * @example
 * const { document, blocks, found, issues, trace } = pipe(removeAds(), unwrapLinks()).run(html, { explain: true });
 * blocks[1] // { kind: 'paragraph', text: '据自由亚洲电台报道，被捕者包括两名记者。' }
 * trace[0]  // { kind: 'removed', step: 'removeAds', rule: 'adsbygoogle', reason: 'Google AdSense slot', snippet: '<ins class="adsbygoogle">' }
 */
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
