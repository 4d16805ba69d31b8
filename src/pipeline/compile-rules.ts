/**
 * Selector tables compiled once per step factory.
 */
import type { Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { type Matcher, compileSelector } from '../dom/select.js';
import { SKIP, walk } from '../dom/walk.js';
import type { SelectorRule } from '../rules/selector-rule.js';
import type { StepContext } from './types.js';

/** A selector rule with its selector compiled. */
export interface CompiledRule extends SelectorRule {
  readonly matches: Matcher;
}

/**
 * Compile every selector of a table, failing on the first bad one.
 *
 * @param rules - The table.
 * @param where - Where the table was defined, for error messages.
 * @returns The compiled table.
 */
export function compileRules(rules: readonly SelectorRule[], where: string): CompiledRule[] {
  return rules.map((rule) => ({ ...rule, matches: compileSelector(rule.selector, `${where} rule "${rule.id}"`) }));
}

/**
 * The first rule whose selector matches an element.
 *
 * @param element - The element.
 * @param rules - Compiled rules.
 * @returns The rule, or `undefined`.
 */
export function firstMatch(element: Element, rules: readonly CompiledRule[]): CompiledRule | undefined {
  for (const rule of rules) if (rule.matches(element)) return rule;
  return undefined;
}

/**
 * Remove every element that a rule matches, in one walk; a removed element's
 * subtree is not visited.
 *
 * @param doc - The tree.
 * @param ctx - The step context.
 * @param rules - Compiled rules.
 * @param prefix - Prepended to rule ids in the trace (e.g. a site id).
 */
export function removeMatching(doc: Document, ctx: StepContext, rules: readonly CompiledRule[], prefix = ''): void {
  if (rules.length === 0) return;
  walk(doc, (node) => {
    if (!isTag(node)) return undefined;
    const rule = firstMatch(node, rules);
    if (rule === undefined) return undefined;
    ctx.remove(node, rule.reason, prefix + rule.id);
    return SKIP;
  });
}
