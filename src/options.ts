/**
 * Options of `extractArticle` and `createExtractor`, and their defaults.
 */
import { checkUrl, describeValue } from './check-fields.js';
import { didYouMean } from './text/nearest-name.js';
import { DEFAULT_STEPS } from './pipeline/default-steps.js';
import type { Step } from './pipeline/types.js';
import { type Rule, isRule } from './profiles/define-rule.js';
import { type SiteProfile, isSiteProfile } from './profiles/define-site.js';
import { OUTLETS, type OutletEntry } from './rules/outlets.js';
import { BUILTIN_SITES } from './sites/index.js';

/**
 * Largest input accepted, in bytes (a string is measured as UTF-8): 32 MiB.
 *
 * @example
 * // A crawl with very large pages: accept four times the default.
 * const extractor = createExtractor({ maxBytes: 4 * DEFAULT_MAX_BYTES });
 */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/**
 * Shortest body, in characters, that is still an article.
 *
 * @example
 * extractArticle('<p>新闻正文很短。</p>').error // { code: 'E_NOT_ARTICLE', message: 'only 7 characters of text besides web addresses (options.minChars is 20)' }
 * extractArticle(html, { minChars: 5 * DEFAULT_MIN_CHARS }) // stricter: a 100-character body at least
 */
export const DEFAULT_MIN_CHARS = 20;

/**
 * Options for extracting articles. Every field is optional.
 *
 * @example
 * const options: Options = {
 *   sites: [...BUILTIN_SITES, mySite],
 *   rules: [defineRule({ id: 'drop-promo', remove: '.promo' })],
 *   url: 'https://www.epochtimes.com/gb/22/12/30/n13895357.htm',
 *   explain: true,
 * };
 * extractArticle(html, options);
 */
export interface Options {
  /** Record a trace of every removal and where each field came from. @default false */
  readonly explain?: boolean;
  /** Site profiles to match pages against; `[]` turns profiles off. @default BUILTIN_SITES */
  readonly sites?: readonly SiteProfile[];
  /** Use this profile (by id) for every page; it replaces the matched profile of its kind (mirror or outlet), the other kind is still matched. @default null */
  readonly site?: string | null;
  /** Extra rules for every page. @default [] */
  readonly rules?: readonly Rule[];
  /** The base pipeline. @default DEFAULT_STEPS */
  readonly steps?: readonly Step[];
  /** The page's URL, when known (a crawl record's URL). @default null */
  readonly url?: string | null;
  /** Charset of byte input, overriding sniffing. @default null */
  readonly encoding?: string | null;
  /** Reject larger inputs with `E_TOO_LARGE`, in bytes (a string is measured as UTF-8). @default DEFAULT_MAX_BYTES */
  readonly maxBytes?: number;
  /** A body shorter than this many characters is not an article. @default DEFAULT_MIN_CHARS */
  readonly minChars?: number;
  /** The outlet registry. @default OUTLETS */
  readonly outlets?: readonly OutletEntry[];
}

/**
 * Options with every default filled in.
 *
 * @example
 * const { site, maxBytes, minChars } = createExtractor({ site: 'ntdtv' }).options;
 * // site: the ntdtv profile (not its id), maxBytes: 33554432, minChars: 20
 */
export interface ResolvedOptions {
  readonly explain: boolean;
  readonly sites: readonly SiteProfile[];
  readonly site: SiteProfile | null;
  readonly rules: readonly Rule[];
  readonly steps: readonly Step[];
  readonly url: string | null;
  readonly encoding: string | null;
  readonly maxBytes: number;
  readonly minChars: number;
  readonly outlets: readonly OutletEntry[];
}

const KNOWN = new Set(['explain', 'sites', 'site', 'rules', 'steps', 'url', 'encoding', 'maxBytes', 'minChars', 'outlets']);

/**
 * Check options and fill in defaults.
 *
 * @param options - What the caller passed.
 * @returns A new, complete options object.
 * @throws TypeError naming the bad option and the fix.
 * @example
 * resolveOptions({ site: 'ntdtv' }).site?.name // '新唐人'
 * resolveOptions({}).sites.map((site) => site.id) // ['bannedbook', 'github-mirror', 'epochtimes', 'ntdtv', 'secretchina', 'soundofhope', 'rfa']
 * resolveOptions({ explian: true })
 * // TypeError: qingxi: unknown option "explian" (did you mean "explain"?); known options are explain, sites, site, rules, steps, url, encoding, maxBytes, minChars, outlets.
 */
export function resolveOptions(options: Options = {}): ResolvedOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`qingxi: options must be an object such as { explain: true }, got ${describeValue(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new TypeError(`qingxi: unknown option "${key}"${didYouMean(key, [...KNOWN])}; known options are ${[...KNOWN].join(', ')}.`);
  }
  const sites = options.sites ?? BUILTIN_SITES;
  if (!Array.isArray(sites)) throw new TypeError(`qingxi: options.sites must be an array of profiles from defineSite(), got ${describeValue(sites)}.`);
  const ids = new Set<string>();
  for (const [i, site] of sites.entries()) {
    if (!isSiteProfile(site)) {
      throw new TypeError(`qingxi: options.sites[${i}] is ${describeValue(site)}, not a profile; build profiles with defineSite().`);
    }
    if (ids.has(site.id)) throw new TypeError(`qingxi: options.sites has two profiles with id "${site.id}"; ids must be unique.`);
    ids.add(site.id);
  }
  const siteId = options.site ?? null;
  if (siteId !== null && typeof siteId !== 'string') {
    throw new TypeError(`qingxi: options.site must be the id of one profile (a string such as "ntdtv"), got ${describeValue(siteId)}; to give profiles, use options.sites.`);
  }
  const site = siteId === null ? null : (sites.find((s) => s.id === siteId) ?? null);
  if (siteId !== null && site === null) {
    throw new TypeError(`qingxi: options.site is "${siteId}", which is not among options.sites (${[...ids].join(', ') || 'none'})${didYouMean(siteId, [...ids])}.`);
  }
  const explain = options.explain ?? false;
  if (typeof explain !== 'boolean') throw new TypeError(`qingxi: options.explain must be true or false, got ${describeValue(explain)}.`);
  const url = checkUrl(options.url ?? null, 'options.url');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new TypeError(`qingxi: options.maxBytes must be a positive number of bytes, got ${describeValue(maxBytes)}.`);
  }
  const minChars = options.minChars ?? DEFAULT_MIN_CHARS;
  if (typeof minChars !== 'number' || !Number.isFinite(minChars) || minChars < 0) {
    throw new TypeError(`qingxi: options.minChars must be a number ≥ 0, got ${describeValue(minChars)}.`);
  }
  const encoding = options.encoding ?? null;
  if (encoding !== null) checkEncoding(encoding);
  const rules = options.rules ?? [];
  if (!Array.isArray(rules)) throw new TypeError(`qingxi: options.rules must be an array of rules from defineRule() or place(), got ${describeValue(rules)}.`);
  for (const [i, rule] of rules.entries()) {
    if (!isRule(rule)) {
      throw new TypeError(`qingxi: options.rules[${i}] is ${describeValue(rule)}, not a rule; build rules with defineRule(), or place() for a step.`);
    }
  }
  const steps = options.steps ?? DEFAULT_STEPS;
  if (!Array.isArray(steps) || steps.length === 0) {
    throw new TypeError(`qingxi: options.steps must be a non-empty array of steps, e.g. DEFAULT_STEPS, got ${Array.isArray(steps) ? 'an empty array' : describeValue(steps)}.`);
  }
  for (const [i, step] of steps.entries()) {
    if (step === null || typeof step !== 'object' || typeof step.name !== 'string') {
      const fix = typeof step === 'string'
        ? 'steps are objects from their factories (removeAds()), so to pick default steps by name filter DEFAULT_STEPS'
        : 'pass steps made by their factories, e.g. DEFAULT_STEPS or [...DEFAULT_STEPS, removeAds({ slots })]';
      throw new TypeError(`qingxi: options.steps[${i}] is ${describeValue(step)}, not a step; ${fix}.`);
    }
  }
  const outlets = options.outlets ?? OUTLETS;
  if (!Array.isArray(outlets)) throw new TypeError(`qingxi: options.outlets must be an array of outlet entries, e.g. [...OUTLETS, mine], got ${describeValue(outlets)}.`);
  return Object.freeze({ explain, sites, site, rules, steps, url, encoding, maxBytes, minChars, outlets });
}

function checkEncoding(label: unknown): void {
  if (typeof label !== 'string') throw new TypeError(`qingxi: options.encoding must be a charset label such as "gbk", or null, got ${describeValue(label)}.`);
  try {
    new TextDecoder(label);
  } catch {
    throw new TypeError(`qingxi: options.encoding ${JSON.stringify(label)} is not a known charset; use a label such as "utf-8", "gbk", "gb18030" or "big5".`);
  }
}
