/**
 * Selector tables filed in a {@link SelectorIndex}, once per step factory.
 */
import { SelectorIndex } from '../dom/selector-index.js';
import type { SelectorRule } from '../rules/selector-rule.js';

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
