/**
 * User rules: small steps built from data, placed relative to named steps.
 */
import type { Document, Element } from 'domhandler';
import { checkFields } from '../check-fields.js';
import { compileSelector } from '../dom/select.js';
import { SKIP } from '../dom/walk.js';
import { findBacktrackRisk } from './find-backtrack-risk.js';
import type { BlockStep, DraftBlock, Step, StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';

/**
 * Where a rule runs: before or after a named step, or at the start or end of its stage.
 *
 * @example
 * defineRule({ id: 'plain-terms', unwrap: 'span.term', before: 'unwrapLinks' });
 * place(dropEditorBox, { after: 'removeAds' });
 * place(removeMarkdownFrame(), { at: 'start' }); // a source step: before the page is parsed
 */
export interface Placement {
  /** Run just before the step with this name. */
  readonly before?: string;
  /** Run just after the step with this name. */
  readonly after?: string;
  /** Run first in the pipeline, or last in its stage. @default 'end' (keep rules: 'start') */
  readonly at?: 'start' | 'end';
}

/**
 * A step with its place in the pipeline: what `defineRule` returns and profiles hold.
 *
 * @example
 * const rule: Rule = defineRule({ id: 'drop-promo', remove: '.promo' });
 * // { id: 'drop-promo', step: { name: 'rule:drop-promo', stage: 'tree', visit }, at: 'end' }
 * extractArticle(html, { rules: [rule] });
 */
export interface Rule extends Placement {
  /** The rule id, e.g. `'drop-promo'`. */
  readonly id: string;
  readonly step: Step;
}

/**
 * A rule's data: an id, exactly one action, and an optional placement.
 *
 * @example
 * const spec: RuleSpec = { id: 'drop-appeal', dropBlocks: ['请支持我们的独立报道', /^欢迎订阅/u], maxChars: 200, reason: 'donation appeal' };
 * const rule = defineRule(spec);
 */
export interface RuleSpec extends Placement {
  /** Unique id; the step is named `rule:<id>`. */
  readonly id: string;
  /** Remove elements matching this CSS selector. */
  readonly remove?: string;
  /** Replace elements matching this CSS selector with their children. */
  readonly unwrap?: string;
  /** Protect elements matching this CSS selector (and their blocks) from every later removal. */
  readonly keep?: string;
  /** Drop body blocks whose text holds one of these phrases or matches one of these patterns. */
  readonly dropBlocks?: readonly (string | RegExp)[];
  /** With `dropBlocks`: only drop blocks up to this many characters. @default Infinity */
  readonly maxChars?: number;
  /** The escape hatch: call a function on every element matching the selector. */
  readonly rewrite?: {
    /** CSS selector of the elements to hand to `with`. */
    readonly selector: string;
    /** Called once per matching element, in document order, with the run's context (`ctx.remove`, `ctx.propose` …). */
    readonly with: (element: Element, ctx: StepContext) => void;
  };
  /** Why matching content goes, for traces. @default derived from the action */
  readonly reason?: string;
}

const ACTIONS = ['remove', 'unwrap', 'keep', 'dropBlocks', 'rewrite'] as const;
/** Every field of {@link Placement}, written against the type so that a new one must be listed. */
const PLACEMENT_FIELDS = Object.keys({ before: true, after: true, at: true } satisfies Record<keyof Placement, true>) as (keyof Placement)[];
/** Every field of {@link RuleSpec}: a misspelt action is named as such, not reported as a missing one. */
const FIELDS = Object.keys({
  id: true, remove: true, unwrap: true, keep: true, dropBlocks: true, rewrite: true, maxChars: true, reason: true, before: true, after: true, at: true,
} satisfies Record<keyof RuleSpec, true>) as (keyof RuleSpec)[];
const ID = /^[A-Za-z0-9][\w./:-]{0,63}$/u;

/**
 * Define a rule from data.
 *
 * @param spec - An id, exactly one of `remove`, `unwrap`, `keep`, `dropBlocks`, `rewrite`, and optionally where it runs.
 * @returns A rule to pass in `options.rules` or a site's `rules`.
 * @throws TypeError when the id is malformed, no or several actions are given,
 *   a selector does not parse, or a pattern could backtrack catastrophically.
 * @example
 * const dropPromo = defineRule({ id: 'drop-promo', remove: '.promo, .sponsor-box' });
 * const dropAppeal = defineRule({ id: 'drop-appeal', dropBlocks: ['请支持我们', /^欢迎订阅/u], maxChars: 200 });
 * extractArticle(html, { rules: [dropPromo, dropAppeal] });
 */
export function defineRule(spec: RuleSpec): Rule {
  if (spec === null || typeof spec !== 'object') throw new TypeError('qingxi: defineRule() needs an object such as { id: "drop-promo", remove: ".promo" }.');
  if (typeof spec.id !== 'string' || !ID.test(spec.id)) {
    throw new TypeError(`qingxi: defineRule() got id ${JSON.stringify(spec.id)}; use letters, digits and "-", "_", ".", ":" or "/" (at most 64 characters), e.g. "drop-promo".`);
  }
  const where = `defineRule("${spec.id}")`;
  checkFields(spec, FIELDS, where);
  const given = ACTIONS.filter((action) => spec[action] !== undefined);
  if (given.length !== 1) {
    throw new TypeError(
      given.length === 0
        ? `qingxi: ${where} has no action; give exactly one of ${ACTIONS.join(', ')}.`
        : `qingxi: ${where} has ${given.length} actions (${given.join(', ')}); split it into one rule per action.`,
    );
  }
  checkPlacement(spec, where);
  const step = buildStep(spec, given[0]!, where);
  const placement = placementOf(spec, given[0]!);
  return Object.freeze({ id: spec.id, step, ...placement });
}

/**
 * Give any step a place, to add it through `rules` like a defined rule.
 *
 * @param step - A step, e.g. from a cleaner factory.
 * @param placement - Where it runs.
 * @returns A rule wrapping the step.
 * @example
 * place(removeMarkdownFrame(), { at: 'start' })
 */
export function place(step: Step, placement: Placement = {}): Rule {
  if (step === null || typeof step !== 'object' || (typeof step.run !== 'function' && typeof (step as TreeStep).visit !== 'function') || typeof step.name !== 'string') {
    throw new TypeError('qingxi: place() needs a step, i.e. the result of a step factory such as removeAds().');
  }
  if (placement === null || typeof placement !== 'object') throw new TypeError(`qingxi: place("${step.name}")'s placement must be an object such as { after: 'removeAds' }.`);
  checkFields(placement, PLACEMENT_FIELDS, `place("${step.name}")'s placement`);
  checkPlacement(placement, `place("${step.name}")`);
  return Object.freeze({ id: step.name, step, ...placement });
}

function checkPlacement(p: Placement, where: string): void {
  const count = [p.before, p.after, p.at].filter((v) => v !== undefined).length;
  if (count > 1) throw new TypeError(`qingxi: ${where} sets more than one of before, after and at; keep one.`);
  if (p.at !== undefined && p.at !== 'start' && p.at !== 'end') {
    throw new TypeError(`qingxi: ${where} has at: ${JSON.stringify(p.at)}; use 'start' or 'end'.`);
  }
  for (const key of ['before', 'after'] as const) {
    const value = p[key];
    if (value !== undefined && (typeof value !== 'string' || value === '')) {
      throw new TypeError(`qingxi: ${where}.${key} must be a step name such as "unwrapLinks".`);
    }
  }
}

function placementOf(spec: RuleSpec, action: (typeof ACTIONS)[number]): Placement {
  if (spec.before !== undefined) return { before: spec.before };
  if (spec.after !== undefined) return { after: spec.after };
  if (spec.at !== undefined) return { at: spec.at };
  return { at: action === 'keep' ? 'start' : 'end' };
}

function buildStep(spec: RuleSpec, action: (typeof ACTIONS)[number], where: string): Step {
  const name = `rule:${spec.id}`;
  switch (action) {
    case 'remove':
    case 'unwrap':
    case 'keep':
      return selectorStep(name, action, compileSelector(spec[action]!, `${where}.${action}`), spec.reason ?? defaultReason(action), spec.id);
    case 'rewrite': {
      const rewrite = spec.rewrite!;
      if (typeof rewrite.with !== 'function') throw new TypeError(`qingxi: ${where}.rewrite.with must be a function (element, ctx) => void.`);
      const matches = compileSelector(rewrite.selector, `${where}.rewrite.selector`);
      return visitingStep(name, (ctx) => ({
        element(node) {
          if (matches(node)) rewrite.with(node, ctx);
          return undefined;
        },
      }));
    }
    case 'dropBlocks':
      return dropStep(name, spec, where);
  }
}

function defaultReason(action: 'remove' | 'unwrap' | 'keep'): string {
  return action === 'remove' ? 'removed by a user rule' : action === 'unwrap' ? 'unwrapped by a user rule' : 'kept by a user rule';
}

function selectorStep(name: string, action: 'remove' | 'unwrap' | 'keep', matches: (e: Element) => boolean, reason: string, id: string): TreeStep {
  return visitingStep(name, (ctx) => ({
    element(node) {
      if (!matches(node)) return undefined;
      if (action === 'remove') {
        ctx.remove(node, reason, id);
        return SKIP;
      }
      if (action === 'unwrap') ctx.unwrap(node, reason, id);
      else ctx.keep(node, reason, id);
      return undefined;
    },
  }));
}

function visitingStep(name: string, visitor: (ctx: StepContext) => TreeVisitor): TreeStep {
  return Object.freeze({ name, stage: 'tree' as const, visit: (_doc: Document, ctx: StepContext) => visitor(ctx) });
}

function dropStep(name: string, spec: RuleSpec, where: string): BlockStep {
  const patterns = spec.dropBlocks!;
  if (!Array.isArray(patterns) || patterns.length === 0) {
    throw new TypeError(`qingxi: ${where}.dropBlocks must be a non-empty array of strings or RegExps.`);
  }
  const tests = patterns.map((p, i) => compilePattern(p, `${where}.dropBlocks[${i}]`));
  const maxChars = spec.maxChars ?? Infinity;
  if (typeof maxChars !== 'number' || !(maxChars > 0)) throw new TypeError(`qingxi: ${where}.maxChars must be a positive number.`);
  const reason = spec.reason ?? 'dropped by a user rule';
  return Object.freeze({
    name,
    stage: 'blocks' as const,
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      return blocks.filter((block) => {
        if (block.kept || block.text.length > maxChars || !tests.some((test) => test(block.text))) return true;
        ctx.dropped(block, reason, spec.id);
        return false;
      });
    },
  });
}

/** Why a risky pattern is refused and how to rewrite it, by kind of risk. */
const RISKS = {
  nested: (group: string) => `nests quantifiers in ${group}: the inner and the outer repeat can split the same text in exponentially many ways, so a block that almost matches makes matching hang (catastrophic backtracking). Rewrite it so each run of text is matched one way only, e.g. (a+)+ as a+, (\\w+\\s?)* as \\w+(?:\\s\\w+)*.`,
  alternation: (group: string) => `repeats ${group}, whose branches (or optional parts) can match the same text, so a block that almost matches makes matching try exponentially many ways to split it and hang (catastrophic backtracking). Rewrite it with branches that cannot match the same text, e.g. (a|aa)* as a*, (.|\\s)* as [^]*, ([^x]|[^y])* as one character class.`,
  chain: (group: string) => `has unbounded repeats in a row that can take the same text (${group}), so matching a long block can try n^3 ways or more and hang. Rewrite it so that neighbouring repeats cannot read the same characters, e.g. \\s*.*\\s* as .*, or bound them ({0,20}).`,
  size: () => 'is too large to check for catastrophic backtracking; split it into several patterns.',
} as const;

function compilePattern(pattern: string | RegExp, where: string): (text: string) => boolean {
  if (typeof pattern === 'string') {
    if (pattern === '') throw new TypeError(`qingxi: ${where} is an empty string; give a phrase.`);
    return (text) => text.includes(pattern);
  }
  if (!(pattern instanceof RegExp)) throw new TypeError(`qingxi: ${where} must be a string or a RegExp, got ${typeof pattern}.`);
  if (pattern.global || pattern.sticky) {
    throw new TypeError(`qingxi: ${where} (${String(pattern)}) has the g or y flag, which makes matching depend on earlier calls; remove the flag.`);
  }
  const risk = findBacktrackRisk(pattern);
  if (risk !== undefined) throw new TypeError(`qingxi: ${where} (${String(pattern)}) ${RISKS[risk.kind](risk.group)}`);
  return (text) => pattern.test(text);
}

/**
 * Whether a value is a rule built by {@link defineRule} or {@link place}, told by its shape.
 *
 * @param value - Anything.
 * @returns `true` for a rule.
 * @example
 * isRule(defineRule({ id: 'drop-promo', remove: '.promo' })) // true
 * isRule({ id: 'drop-promo', remove: '.promo' }) // false: a spec, not yet built
 */
export function isRule(value: unknown): value is Rule {
  if (value === null || typeof value !== 'object') return false;
  const rule = value as Partial<Rule>;
  return typeof rule.id === 'string' && rule.step !== null && typeof rule.step === 'object' && typeof rule.step.name === 'string';
}
