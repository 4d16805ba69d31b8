/**
 * Rule packs: a JavaScript module that exports `rules` and/or `sites`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../profiles/define-rule.js';
import type { SiteProfile } from '../profiles/define-site.js';
import { BUILTIN_SITES } from '../sites/index.js';
import { UsageError } from './args.js';

/** What a rule pack gives. */
export interface RulePack {
  readonly rules: readonly Rule[];
  readonly sites: readonly SiteProfile[];
}

/**
 * Load a rule pack: `export const rules = [...]`, `export const sites = [...]`,
 * or a default export `{ rules, sites }`.
 *
 * @param path - The module's path, relative to the working directory.
 * @returns The rules and sites.
 * @throws Error naming the module and what is wrong with it.
 */
export async function loadRulePack(path: string): Promise<RulePack> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`--rules ${path}: cannot load the module (${error instanceof Error ? error.message : String(error)})`);
  }
  const source = (typeof module['default'] === 'object' && module['default'] !== null ? module['default'] : module) as Record<string, unknown>;
  const rules = source['rules'] ?? [];
  const sites = source['sites'] ?? [];
  if (!Array.isArray(rules) || !Array.isArray(sites)) {
    throw new Error(`--rules ${path}: export rules and sites as arrays, e.g. export const rules = [defineRule({ … })]`);
  }
  if (rules.length === 0 && sites.length === 0) throw new Error(`--rules ${path}: the module exports no rules and no sites`);
  return { rules: rules as Rule[], sites: sites as SiteProfile[] };
}

/**
 * Check `--site` against the built-in sites and the rule pack's, before any page is read.
 *
 * @param site - The `--site` value, or `null` when it was not given.
 * @param pack - The loaded `--rules` pack, or `null`.
 * @throws UsageError naming the bad id and the valid ones.
 */
export function checkSite(site: string | null, pack: RulePack | null): void {
  if (site === null) return;
  const ids = [...BUILTIN_SITES, ...(pack?.sites ?? [])].map((profile) => profile.id);
  if (!ids.includes(site)) throw new UsageError(`--site "${site}" is not a site profile; use one of ${ids.join(', ')} (or add yours with --rules)`);
}
