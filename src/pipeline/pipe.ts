/**
 * Compose steps into a pipeline and run it over a page.
 */
import type { Document } from 'domhandler';
import { hasChildren } from 'domhandler';
import { checkFields, checkUrl, describeValue } from '../check-fields.js';
import { MAX_DEPTH, cloneDocument, parsePage } from '../dom/parse.js';
import { toBlocks } from '../cleaners/to-blocks.js';
import type { Block } from '../types.js';
import { RunContext } from './context.js';
import { runVisitors } from './run-visitors.js';
import type { TreeStep } from './types.js';
import { type DraftBlock, PAGE_FAMILIES, type PageFamily, type PipelineResult, type SourceStep, type Step } from './types.js';

/**
 * A composed, ordered list of steps that can run over a page.
 *
 * @example
 * const clean = pipe(removeAds(), unwrapLinks());
 * clean.name // 'removeAds → unwrapLinks'
 * clean.run('<p>据<a href="https://www.rfa.org/mandarin/a.html">自由亚洲电台</a>报道</p>').found.links
 * // [{ text: '自由亚洲电台', href: 'https://www.rfa.org/mandarin/a.html' }]
 * pipe(clean, removeRelated()).name // 'removeAds → unwrapLinks → removeRelated'
 */
export interface Pipeline {
  /** The step names joined, for messages. */
  readonly name: string;
  /** The steps in the order they run. */
  readonly steps: readonly Step[];
  /**
   * Run the steps over one page.
   *
   * @param input - HTML text (parsed here) or a tree (copied here; never changed).
   * @param options - Per-run settings.
   * @returns The cleaned tree, the body blocks and what the steps found.
   */
  run(input: string | Document, options?: RunOptions): PipelineResult;
}

/**
 * Settings for {@link Pipeline.run}.
 *
 * @example
 * // Relative links resolve against the page's URL:
 * pipe(unwrapLinks()).run('<p>见<a href="/gb/22/12/29/n1.htm">前文</a>报道</p>', { url: 'https://www.epochtimes.com/gb/22/12/30/n2.htm' }).found.links
 * // [{ text: '前文', href: 'https://www.epochtimes.com/gb/22/12/29/n1.htm' }]
 * // resolveBody's generic finder runs on every page family, the default 'html-fragment' included,
 * // and the trace says what it cut:
 * const fragment = '<div class="nav"><a href="/">首页</a> <a href="/hk">香港</a></div><div class="content">'
 *   + '<p>香港警方周五拘捕多人，指他们涉嫌违反《国安法》，当局称调查仍在进行中。</p>'
 *   + '<p>据报道，被捕者包括两名记者，警方搜查了他们的住所，并带走电脑、手机等物品。</p></div><div class="footer">版权所有</div>';
 * pipe(resolveBody()).run(fragment, { explain: true }).trace
 * // [{ kind: 'removed', step: 'resolveBody', rule: 'resolveBody', reason: 'outside the article (generic body finder)', snippet: '首页 香港' },
 * //  { kind: 'removed', step: 'resolveBody', rule: 'resolveBody', reason: 'outside the article (generic body finder)', snippet: '版权所有' }]
 * // Limited to full pages, it leaves the fragment whole:
 * pipe(resolveBody({ families: ['html-page'] })).run(fragment, { explain: true }).trace // []
 */
export interface RunOptions {
  /** Record a trace of every removal and change. @default false */
  readonly explain?: boolean;
  /** The page family steps may branch on. @default 'html-fragment' */
  readonly family?: PageFamily;
  /** The page's URL, when known. @default null */
  readonly url?: string | null;
}

/**
 * Compose steps (or other pipelines) into one pipeline.
 *
 * Tree steps must come before the convert step and block steps after it; when
 * block steps are given without a convert step, the default {@link toBlocks}
 * is put in front of them.
 *
 * @param parts - Steps and pipelines, in the order they should run.
 * @returns A pipeline.
 * @throws TypeError when two steps share a name or a step is out of stage order.
 * @example
 * const clean = pipe(removeAds(), unwrapLinks());
 * const { blocks } = clean.run(html);
 */
export function pipe(...parts: ReadonlyArray<Step | Pipeline>): Pipeline {
  const steps = orderStages(parts.flatMap((part) => (isPipeline(part) ? part.steps : [part])));
  const name = steps.map((step) => step.name).join(' → ');
  return Object.freeze({
    name,
    steps,
    run(input: string | Document, options: RunOptions = {}): PipelineResult {
      if (typeof input !== 'string' && (input === null || typeof input !== 'object' || !hasChildren(input))) {
        const bytes = (input as unknown) instanceof Uint8Array ? '; decode bytes first (new TextDecoder("gbk").decode(bytes)), or use extractArticle(), which sniffs the charset' : '';
        throw new TypeError(`qingxi: run() takes the page as a string or a parsed Document, got ${describeValue(input)}${bytes}.`);
      }
      checkRunOptions(options);
      const ctx = new RunContext({
        family: options.family ?? 'html-fragment',
        explain: options.explain ?? false,
        inputUrl: options.url ?? null,
      });
      if (typeof input !== 'string' && steps.some((step) => step.stage === 'source')) {
        const names = steps.filter((step) => step.stage === 'source').map((step) => step.name).join(', ');
        throw new TypeError(`qingxi: the pipeline has source steps (${names}), which need the page as text; pass the HTML string instead of a tree.`);
      }
      const { document, blocks } = typeof input === 'string' ? runPipeline(input, steps, ctx) : { document: cloneDocument(input), blocks: null };
      const out = blocks ?? runSteps(document, steps, ctx);
      return { document, blocks: out.map(toBlock), found: ctx.found, issues: ctx.issues, trace: ctx.trace };
    },
  });
}

/**
 * Run a pipeline over a page's text: the source steps on the text, then the
 * one parse, then the rest.
 *
 * @internal
 */
export function runPipeline(text: string, steps: readonly Step[], ctx: RunContext): { document: Document; blocks: DraftBlock[] } {
  let source = text;
  let first = 0;
  for (; first < steps.length && steps[first]!.stage === 'source'; first++) {
    const step = steps[first] as SourceStep;
    if (step.when !== undefined && !step.when(ctx)) continue;
    ctx.step = step.name;
    ctx.stepIndex = first;
    source = step.run(source, ctx);
  }
  const { document, flattened } = parsePage(source);
  if (flattened > 0) ctx.issue({ code: 'flattened-nesting', message: `${flattened} element(s) nested deeper than ${MAX_DEPTH} levels were flattened into the element at that depth (their text is kept)` });
  return { document, blocks: runSteps(document, steps.slice(first), ctx, first) };
}

/**
 * Run tree, convert and block steps over a document the caller owns, in
 * order, applying each tree step's edits before the next step starts.
 *
 * @internal
 */
export function runSteps(doc: Document, steps: readonly Step[], ctx: RunContext, offset = 0): DraftBlock[] {
  let blocks: DraftBlock[] | null = null;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    ctx.step = step.name;
    ctx.stepIndex = offset + i;
    if (step.stage === 'source') continue;
    if (step.stage === 'tree') {
      if (step.when !== undefined && !step.when(ctx)) continue;
      if (step.run !== undefined) {
        step.run(doc, ctx);
      } else {
        // Consecutive visiting steps that apply to this page share one walk.
        const group = [step];
        const positions = [offset + i];
        while (i + 1 < steps.length && isVisiting(steps[i + 1]!)) {
          i++;
          const next = steps[i] as TreeStep;
          if (next.when === undefined || next.when(ctx)) {
            group.push(next);
            positions.push(offset + i);
          }
        }
        runVisitors(doc, group, positions, ctx);
      }
      ctx.edits.apply();
    } else if (step.stage === 'convert') {
      blocks = step.run(doc, ctx);
    } else {
      blocks = step.run(blocks ?? [], ctx);
    }
  }
  if (blocks === null) {
    ctx.step = 'toBlocks';
    blocks = DEFAULT_CONVERT.run(doc, ctx);
  }
  return blocks;
}

const DEFAULT_CONVERT = toBlocks();

/** The stages in the order they run. */
export const STAGE_RANK = { source: 0, tree: 1, convert: 2, blocks: 3 } as const;

/** Whether a step can join a shared walk (a step that does not apply to the page is passed over). */
function isVisiting(step: Step): boolean {
  return step.stage === 'tree' && step.run === undefined && step.visit !== undefined;
}

/**
 * Check names and stage order; put the default convert step in front of the
 * first block step when none was given.
 */
function orderStages(steps: readonly Step[]): Step[] {
  const seen = new Set<string>();
  const out: Step[] = [];
  let stage: Step['stage'] = 'source';
  const rank = STAGE_RANK;
  for (const step of steps) {
    if ((typeof step?.run !== 'function' && typeof (step as { visit?: unknown })?.visit !== 'function') || typeof step.name !== 'string') {
      throw new TypeError(`qingxi: pipe() got ${describeValue(step)}, which is not a step; pass the result of a step factory such as removeAds().`);
    }
    if (seen.has(step.name)) {
      throw new TypeError(`qingxi: step name "${step.name}" appears twice in the pipeline; remove one or give it another name.`);
    }
    seen.add(step.name);
    if (rank[step.stage] < rank[stage]) {
      const last = out.at(-1)?.name ?? '';
      throw new TypeError(
        `qingxi: ${step.stage} step "${step.name}" comes after ${stage} step "${last}"; source steps run first, then tree steps, toBlocks, and block steps, so move "${step.name}" earlier.`,
      );
    }
    if (step.stage === 'convert' && stage === 'convert') {
      throw new TypeError(`qingxi: the pipeline has two convert steps ("${out.at(-1)?.name}" and "${step.name}"); keep one.`);
    }
    if (step.stage === 'blocks' && (stage === 'tree' || stage === 'source')) {
      if (seen.has(DEFAULT_CONVERT.name)) {
        throw new TypeError(`qingxi: a step named "${DEFAULT_CONVERT.name}" must be the convert step.`);
      }
      out.push(DEFAULT_CONVERT);
    }
    stage = step.stage;
    out.push(step);
  }
  return out;
}

/** A pipeline given to pipe() among steps: its steps join in place. */
function isPipeline(part: Step | Pipeline): part is Pipeline {
  return part !== null && typeof part === 'object' && Array.isArray((part as Pipeline).steps);
}

const RUN_FIELDS: readonly (keyof RunOptions)[] = ['family', 'explain', 'url'];

function checkRunOptions(options: RunOptions): void {
  if (options === null || typeof options !== 'object') throw new TypeError(`qingxi: run()'s options must be an object such as { explain: true }, got ${describeValue(options)}.`);
  checkFields(options, RUN_FIELDS, "run()'s options");
  if (options.family !== undefined && !PAGE_FAMILIES.includes(options.family)) {
    throw new TypeError(`qingxi: run()'s options.family must be one of ${PAGE_FAMILIES.join(', ')}, got ${describeValue(options.family)}.`);
  }
  if (options.explain !== undefined && typeof options.explain !== 'boolean') throw new TypeError(`qingxi: run()'s options.explain must be true or false, got ${describeValue(options.explain)}.`);
  if (options.url !== undefined) checkUrl(options.url, "run()'s options.url");
}

function toBlock(block: DraftBlock): Block {
  return block.items === undefined
    ? { kind: block.kind, text: block.text }
    : { kind: block.kind, text: block.text, items: block.items };
}
