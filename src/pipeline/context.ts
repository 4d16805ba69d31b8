/**
 * The per-page context behind {@link StepContext}: accumulators, the pending
 * edits, the kept set and the trace.
 */
import type { ChildNode, Element } from 'domhandler';
import { Edits } from '../dom/edits.js';
import { clip, snippetOf, textOf } from '../dom/text.js';
import { trimTrailing } from '../text/trim-trailing.js';
import type { Block, FieldSource, Issue, Link, Removal } from '../types.js';
import type { Found, PageFamily, StepContext } from './types.js';

/** Lower is better: which source wins when two offer a value for the same field. */
const RANK: Record<FieldSource, number> = {
  profile: 0,
  mirror: 1,
  dateline: 1,
  'json-ld': 2,
  meta: 3,
  'time-element': 3,
  'credit-line': 3,
  byline: 3,
  text: 4,
  url: 5,
  title: 5,
  fallback: 6,
};

/** A fresh, empty {@link Found}. */
export function emptyFound(): Found {
  return {
    title: null,
    url: null,
    mirrorUrl: null,
    dateline: null,
    outletHints: [],
    dates: [],
    authors: [],
    editors: [],
    roles: [],
    tags: [],
    links: [],
    related: [],
    images: [],
    media: [],
    meta: {},
  };
}

/** Settings for one run. */
export interface ContextInit {
  readonly family: PageFamily;
  readonly explain: boolean;
  readonly inputUrl: string | null;
}

/** The mutable state of one run; steps see it through {@link StepContext}. */
export class RunContext implements StepContext {
  readonly family: PageFamily;
  readonly explain: boolean;
  readonly inputUrl: string | null;
  readonly found: Found = emptyFound();
  readonly issues: Issue[] = [];
  readonly #trace: Removal[] = [];
  /** The position of the step that recorded each trace entry. */
  readonly #traceSteps: number[] = [];
  readonly edits = new Edits();
  /** Name of the step now running, for the trace. */
  step = '';
  /** Position of the step now running in the page's pipeline: removals remember it. */
  stepIndex = 0;
  #kept: Set<ChildNode> | null = null;
  /** Each link's places, by href and text, in first-seen order. */
  readonly #linkPlaces = new Map<string, ChildNode[]>();

  constructor(init: ContextInit) {
    this.family = init.family;
    this.explain = init.explain;
    this.inputUrl = init.inputUrl;
  }

  remove(node: ChildNode, reason: string, rule?: string): void {
    if (this.#kept !== null && this.isKept(node)) {
      this.#record('kept', node, `not removed (${reason}): protected by a keep rule`, rule);
      return;
    }
    this.edits.remove(node, this.stepIndex);
    this.#record('removed', node, reason, rule);
  }

  unwrap(node: Element, reason: string, rule?: string): void {
    this.edits.unwrap(node);
    this.#record('unwrapped', node, reason, rule);
  }

  keep(node: Element, reason: string, rule?: string): void {
    (this.#kept ??= new Set()).add(node);
    this.#record('kept', node, reason, rule);
  }

  isKept(node: ChildNode): boolean {
    if (this.#kept === null) return false;
    for (let n: ChildNode | null = node; n !== null; n = n.parent as ChildNode | null) {
      if (this.#kept.has(n)) return true;
    }
    return false;
  }

  isRemoved(node: ChildNode): boolean {
    return this.edits.isRemoved(node);
  }

  /**
   * The trace in pipeline order: steps that share a walk record their entries
   * interleaved, node by node; here each step's entries come together, in
   * document order.
   */
  get trace(): Removal[] {
    const order = this.#trace.map((_, i) => i);
    order.sort((a, b) => this.#traceSteps[a]! - this.#traceSteps[b]! || a - b);
    return order.map((i) => this.#trace[i]!);
  }

  changed(snippet: string, reason: string, rule?: string): void {
    if (!this.explain) return;
    this.#push(entry('changed', this.step, snippet, reason, rule));
  }

  removedText(snippet: string, reason: string, rule?: string): void {
    if (!this.explain) return;
    this.#push(entry('removed', this.step, snippet.replace(/\s+/gu, ' ').trim(), reason, rule));
  }

  dropped(block: Block, reason: string, rule?: string): void {
    if (!this.explain) return;
    this.#push(entry('removed', this.step, withoutEndMark(block.text), reason, rule));
  }

  #push(removal: Removal): void {
    this.#trace.push(removal);
    this.#traceSteps.push(this.stepIndex);
  }

  issue(issue: Issue): void {
    this.issues.push(issue);
  }

  addLink(link: Link, at: ChildNode | null): void {
    const key = `${link.href}\n${link.text}`;
    let places = this.#linkPlaces.get(key);
    if (places === undefined) {
      this.#linkPlaces.set(key, (places = []));
      this.found.links.push(link);
    }
    if (at !== null) places.push(at);
  }

  /** Where each link of `found.links` stood, in the same order (empty when unknown). */
  linkPlaces(): ChildNode[][] {
    return [...this.#linkPlaces.values()];
  }

  propose(field: 'title' | 'url' | 'mirrorUrl', value: string, source: FieldSource): void {
    const current = this.found[field];
    if (value === '') return;
    if (current === null || RANK[source] < RANK[current.source]) this.found[field] = { value, source };
  }

  #record(kind: 'removed' | 'unwrapped' | 'kept', node: ChildNode, reason: string, rule?: string): void {
    if (!this.explain) return;
    const snippet = snippetOf(node);
    // Only text that leaves the page is kept whole: a kept or unwrapped element's text stays in the body.
    this.#push(entry(kind, this.step, kind === 'removed' ? textOf(node) : snippet, reason, rule, snippet));
  }
}

/** The closing `#` (`＃`) some outlets (大纪元, 新唐人) end an article's last lines with, and spaces. */
const END_MARK = /[#＃\s]/u;
/** Chinese text or punctuation, at the end. */
const CJK_END = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]$/u;

/**
 * A dropped block's text for its snippet, without the closing `#`: a mark, not
 * text (`责任编辑：林妍#` → `责任编辑：林妍`). Only after Chinese text, so that a
 * block that is nothing but marks (`@*#`) shows as it was.
 */
function withoutEndMark(text: string): string {
  const trimmed = trimTrailing(text, END_MARK);
  return trimmed !== text && CJK_END.test(trimmed) ? trimmed : text;
}

/** How long a snippet is, in characters: the whole text goes in `text` when it is longer. */
const SNIPPET = 80;

/**
 * A trace entry: the snippet shows what went, and `text` holds all of it when the snippet had
 * to be cut, so that an audit can read and measure every removal, not only its first words.
 */
function entry(
  kind: 'removed' | 'unwrapped' | 'changed' | 'kept',
  step: string,
  full: string,
  reason: string,
  rule: string | undefined,
  snippet = clip(full, SNIPPET),
): Removal {
  const base = rule === undefined ? { kind, step, reason, snippet } : { kind, step, rule, reason, snippet };
  if (full.length <= SNIPPET) return base;
  const text = full.replace(/\s+/gu, ' ').trim();
  return text.length <= SNIPPET ? base : { ...base, text };
}
