/**
 * Turn a base pipeline plus site profiles and rules into the steps one page runs.
 */
import type { Rule } from '../profiles/define-rule.js';
import type { SiteProfile } from '../profiles/define-site.js';
import { STAGE_RANK } from './pipe.js';
import type { Step } from './types.js';
import { didYouMean } from '../text/nearest-name.js';

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
  // Rules placed at the start keep their own order: each goes after the previous one.
  const started = new Set<Step>();
  for (const rule of rules) {
    const anchor = rule.before ?? rule.after;
    if (anchor !== undefined) {
      const index = out.findIndex((step) => step.name === anchor);
      if (index < 0) throw unknownStep(anchor, `${where} rule "${rule.id}"`, out);
      out.splice(rule.before !== undefined ? index : index + 1, 0, rule.step);
      continue;
    }
    if (rule.at === 'start') {
      let index = startOfStage(out, rule.step);
      while (index < out.length && started.has(out[index]!)) index++;
      out.splice(index, 0, rule.step);
      started.add(rule.step);
      continue;
    }
    out.splice(endOfStage(out, rule.step), 0, rule.step);
  }
  return out;
}

/** The first position a step of this stage may take. */
function startOfStage(steps: readonly Step[], step: Step): number {
  const index = steps.findIndex((s) => STAGE_RANK[s.stage] >= STAGE_RANK[step.stage]);
  return index < 0 ? steps.length : index;
}

/** The last position a step of this stage may take. */
function endOfStage(steps: readonly Step[], step: Step): number {
  const index = steps.findIndex((s) => STAGE_RANK[s.stage] > STAGE_RANK[step.stage]);
  return index < 0 ? steps.length : index;
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
  const names = steps.map((s) => s.name);
  return new TypeError(`qingxi: ${where} names step "${name}", which is not in the pipeline${didYouMean(name, names)}; use one of: ${names.join(', ')}.`);
}
