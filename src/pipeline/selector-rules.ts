/**
 * Selector tables filed in a {@link SelectorIndex}, once per step factory.
 */
import type { Element } from 'domhandler';
import { SelectorIndex } from '../dom/selector-index.js';
import { textOf } from '../dom/text.js';
import { SKIP } from '../dom/walk.js';
import type { SelectorRule } from '../rules/selector-rule.js';
import type { StepContext } from './types.js';

/**
 * File every selector of a table, failing on the first bad one.
 *
 * @param rules - The table.
 * @param where - Where the table was defined, for error messages.
 * @returns An index whose matches are the table's rules.
 */
export function indexRules(rules: readonly SelectorRule[], where: string): SelectorIndex<SelectorRule> {
  const index = new SelectorIndex<SelectorRule>();
  for (const rule of rules) index.add(rule.selector, rule, `${where} rule "${rule.id}"`);
  return index;
}

/**
 * A visitor's `element` handler that removes each element a rule of the index
 * matches, naming the rule, and does not descend into it. A match holding
 * more text than its rule's `maxChars` is kept and descended into.
 *
 * @param rules - From {@link indexRules}.
 * @param ctx - The run's context.
 * @returns The handler.
 */
export function removeMatched(rules: SelectorIndex<SelectorRule>, ctx: StepContext): (element: Element) => typeof SKIP | undefined {
  return (element) => {
    const rule = rules.match(element);
    if (rule === undefined || holdsMore(element, rule.maxChars)) return undefined;
    ctx.remove(element, rule.reason, rule.id);
    return SKIP;
  };
}

/** Whether an element holds more than `max` non-space characters (read up to a bounded prefix). */
function holdsMore(element: Element, max: number | undefined): boolean {
  if (max === undefined) return false;
  return textOf(element, max * 4 + 64).replace(/\s+/gu, '').length > max;
}
