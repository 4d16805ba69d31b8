/**
 * Turn a base pipeline plus site profiles and rules into the steps one page runs.
 */
import type { Rule } from '../profiles/define-rule.js';
import type { SiteProfile } from '../profiles/define-site.js';
import type { Step } from './types.js';

/**
 * Insert rules into a step list by their placement.
 *
 * @param steps - The base steps, in order.
 * @param rules - Rules to insert, in order.
 * @param where - Who asked, for error messages.
 * @returns A new step list.
 * @throws TypeError when a rule names a step that is not in the list.
 */
export function placeRules(steps: readonly Step[], rules: readonly Rule[], where: string): Step[] {
  const out = steps.slice();
  let startAt = 0;
  for (const rule of rules) {
    const anchor = rule.before ?? rule.after;
    if (anchor !== undefined) {
      const index = out.findIndex((step) => step.name === anchor);
      if (index < 0) throw unknownStep(anchor, `${where} rule "${rule.id}"`, out);
      out.splice(rule.before !== undefined ? index : index + 1, 0, rule.step);
      if (index < startAt) startAt++;
      continue;
    }
    if (rule.at === 'start') {
      out.splice(startAt++, 0, rule.step);
      continue;
    }
    out.splice(endOfStage(out, rule.step), 0, rule.step);
  }
  return out;
}

/** Tree steps go last among tree steps (before toBlocks); block steps go last. */
function endOfStage(steps: readonly Step[], step: Step): number {
  if (step.stage === 'blocks') return steps.length;
  const convert = steps.findIndex((s) => s.stage !== 'tree');
  return convert < 0 ? steps.length : convert;
}

/**
 * Apply a site profile to a step list: drop what it disables, swap what it
 * replaces, insert its rules.
 *
 * @param steps - The steps so far.
 * @param site - The profile.
 * @returns A new step list.
 * @throws TypeError when the profile names a step that is not in the list.
 */
export function applySite(steps: readonly Step[], site: SiteProfile): Step[] {
  const where = `site "${site.id}"`;
  for (const name of [...site.disable, ...site.replace.keys()]) {
    if (!steps.some((step) => step.name === name)) throw unknownStep(name, where, steps);
  }
  const kept = steps
    .filter((step) => !site.disable.includes(step.name))
    .map((step) => site.replace.get(step.name) ?? step);
  return placeRules(kept, site.rules, where);
}

function unknownStep(name: string, where: string, steps: readonly Step[]): TypeError {
  return new TypeError(`qingxi: ${where} names step "${name}", which is not in the pipeline; use one of: ${steps.map((s) => s.name).join(', ')}.`);
}
