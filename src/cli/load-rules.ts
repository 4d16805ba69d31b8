/**
 * Rule packs: a JavaScript module that exports site profiles and rules.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeValue } from '../check-fields.js';
import { didYouMean } from '../text/nearest-name.js';
import { createExtractor } from '../extract/create-extractor.js';
import { type Rule, isRule } from '../profiles/define-rule.js';
import { type SiteProfile, isSiteProfile } from '../profiles/define-site.js';
import { BUILTIN_SITES } from '../sites/index.js';
import { UsageError } from './args.js';

/** What a rule pack gives. */
export interface RulePack {
  readonly rules: readonly Rule[];
  readonly sites: readonly SiteProfile[];
}

/**
 * Load a rule pack. Every export that is a profile from `defineSite()` or a
 * rule from `defineRule()`/`place()`, or an array of them, counts, whatever its
 * name: `export const sites = [...]`, `export const rules = [...]`,
 * `export const nanfang = defineSite(…)`, a default export of one of these,
 * or a default `{ rules, sites }`. Other exports (helpers, constants) are left
 * alone; an export that looks like a spec not yet built is refused. Workers
 * load the pack this way; {@link checkRulePack} is run once, before them.
 *
 * @param path - The module's path, relative to the working directory.
 * @returns The rules and sites, each once, in the order of the module's
 *   exports as JavaScript lists them (by name), each array in its own order.
 * @throws Error naming the module and what is wrong with it.
 */
export async function loadRulePack(path: string): Promise<RulePack> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`--rules ${path}: cannot load the module (${error instanceof Error ? error.message : String(error)})`);
  }
  const found = { sites: new Set<SiteProfile>(), rules: new Set<Rule>() };
  for (const [name, value] of Object.entries(module)) {
    const where = name === 'default' ? 'the default export' : `export "${name}"`;
    if (name === 'default' && isPackObject(value)) {
      for (const key of ['sites', 'rules'] as const) if (value[key] !== undefined) collect(value[key], `${where}.${key}`, found, path, true);
    } else {
      // What is exported as `sites`, `rules` or the default must be profiles or rules; other names may be helpers.
      collect(value, where, found, path, name === 'sites' || name === 'rules' || name === 'default');
    }
  }
  const sites = [...found.sites];
  const rules = [...found.rules];
  if (sites.length === 0 && rules.length === 0) {
    const names = Object.keys(module);
    throw new Error(
      `--rules ${path}: the module exports no site profile and no rule (${names.length === 0 ? 'it exports nothing' : `its exports: ${names.join(', ')}`}); ` +
        'export them built, e.g. export const sites = [defineSite({ … })] and export const rules = [defineRule({ … })]',
    );
  }
  return { rules, sites };
}

/**
 * Build an extractor from a pack once, so that a pack that cannot make one (an id taken, a rule
 * placed before a step that does not exist) is reported as the pack's fault, naming it, before
 * any worker starts, rather than as a worker that failed to start.
 *
 * @param pack - What {@link loadRulePack} gave.
 * @param path - The module's path, for the message.
 * @throws Error naming the module and what is wrong with it.
 */
export function checkRulePack(pack: RulePack, path: string): void {
  const builtIn = new Set(BUILTIN_SITES.map((site) => site.id));
  const taken = pack.sites.find((site) => builtIn.has(site.id));
  if (taken !== undefined) {
    throw new Error(`--rules ${path}: site profile "${taken.id}" has the id of a built-in profile; give it another id (a pack's profiles are added beside the built-in ones)`);
  }
  try {
    createExtractor({ rules: pack.rules, sites: [...BUILTIN_SITES, ...pack.sites] });
  } catch (error) {
    throw new Error(`--rules ${path}: ${error instanceof Error ? error.message.replace(/^qingxi: /u, '') : String(error)}`);
  }
}

/** A default export written as `{ sites, rules }` rather than as a profile or rule itself. */
function isPackObject(value: unknown): value is { sites?: unknown; rules?: unknown } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !isSiteProfile(value) && !isRule(value) && ('sites' in value || 'rules' in value);
}

/** File one export (or an array of them) as profiles and rules; refuse what looks like an unbuilt spec. */
function collect(value: unknown, where: string, found: { sites: Set<SiteProfile>; rules: Set<Rule> }, path: string, strict: boolean): void {
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => {
    const at = Array.isArray(value) ? `${where}[${i}]` : where;
    if (isSiteProfile(item)) found.sites.add(item);
    else if (isRule(item)) found.rules.add(item);
    else if (strict || looksLikeSpec(item) || (Array.isArray(value) && items.some((other) => isSiteProfile(other) || isRule(other) || looksLikeSpec(other)))) {
      throw new Error(
        `--rules ${path}: ${at} is ${describeValue(item)}, not a site profile or a rule; build profiles with defineSite({ … }) and rules with defineRule({ … }) (or place(step))`,
      );
    }
  });
}

/** A plain object with an `id`: a site or rule spec passed without defineSite() or defineRule(). */
function looksLikeSpec(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';
}

/**
 * Check `--site` against the built-in sites and the rule pack's, before any page is read.
 *
 * @param site - The `--site` value, or `null` when it was not given.
 * @param pack - The loaded `--rules` pack, or `null`.
 * @throws UsageError naming the bad id, the one it was likely meant to be, and the valid ones.
 */
export function checkSite(site: string | null, pack: RulePack | null): void {
  if (site === null) return;
  const ids = [...BUILTIN_SITES, ...(pack?.sites ?? [])].map((profile) => profile.id);
  if (ids.includes(site)) return;
  // A prefix names one id as surely as a typo does: --site nanfang for nanfang-guancha.
  const started = ids.filter((id) => id.startsWith(site));
  const hint = didYouMean(site, ids, started.length === 1 ? started[0]! : undefined);
  throw new UsageError(`--site "${site}" is not a site profile${hint}; use one of ${ids.join(', ')} (or add yours with --rules)`);
}
