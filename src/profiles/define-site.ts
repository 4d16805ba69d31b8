/**
 * Site profiles: typed data that tells qingxi how one site's pages are built.
 */
import { checkFields, describeValue } from '../check-fields.js';
import { compileSelector } from '../dom/select.js';
import { resolveBody } from '../cleaners/resolve-body.js';
import { PAGE_FAMILIES, type PageFamily, type Step } from '../pipeline/types.js';
import { type Rule, defineRule } from './define-rule.js';
import { READ_FIELDS, readStep } from './read-step.js';

/**
 * A site profile as written: data, with rules and replaced steps as the escape hatch.
 *
 * @example
 * const spec: SiteSpec = {
 *   id: 'nanfang-guancha',
 *   name: '南方观察',
 *   url: 'https://www.nanfang-guancha.example',
 *   domains: ['nanfang-guancha.example'],
 *   title: 'h1.article-title',
 *   dateline: 'span.pubtime',
 *   credits: 'div.byline',
 *   body: 'div.article-body',
 *   remove: ['.editor-box'],
 *   dropBlocks: ['欢迎关注南方观察公众号'],
 * };
 * const nanfang = defineSite(spec);
 */
export interface SiteSpec {
  /** Unique id, e.g. `'epochtimes'`. */
  readonly id: string;
  /** Display name, e.g. `'大纪元'`. */
  readonly name: string;
  /** `'outlet'` publishes articles; `'mirror'` republishes others' (bannedbook, GitHub mirrors). @default 'outlet' */
  readonly kind?: 'outlet' | 'mirror';
  /** Home page URL. */
  readonly url?: string;
  /** Domains whose pages this profile handles, matched on dot boundaries (`news.example.com.cn` is under `example.com.cn`). */
  readonly domains?: readonly string[];
  /** Strings whose presence in the raw page marks it as this site's, e.g. `'【大纪元'`. */
  readonly markers?: readonly string[];
  /** Page families this profile applies to whatever their domain or markers, e.g. `['markdown-mirror']`. */
  readonly families?: readonly PageFamily[];
  /** Registry id of the outlet this site's articles belong to. @default the profile id when it is an outlet */
  readonly outlet?: string;
  /** CSS selector of the title element (read, then removed). */
  readonly title?: string;
  /** CSS selector of the article container: everything outside it is removed. */
  readonly body?: string;
  /** CSS selector of an element holding the dateline or date (read, then removed). */
  readonly dateline?: string;
  /** CSS selector of an element holding the credits (read, then removed). */
  readonly credits?: string;
  /** CSS selectors of elements to remove. */
  readonly remove?: readonly string[];
  /** CSS selectors of elements to unwrap to their children. */
  readonly unwrap?: readonly string[];
  /** CSS selectors of elements no step may remove. */
  readonly keep?: readonly string[];
  /** Phrases or bounded patterns: body blocks holding them are dropped (blocks up to 300 characters). */
  readonly dropBlocks?: readonly (string | RegExp)[];
  /** More rules, from `defineRule` or `place`. */
  readonly rules?: readonly Rule[];
  /** Names of default steps this site does without. */
  readonly disable?: readonly string[];
  /** Default steps this site replaces, by name. */
  readonly replace?: Readonly<Record<string, Step>>;
}

/**
 * A checked, compiled site profile.
 *
 * @example
 * const nanfang: SiteProfile = defineSite(spec); // spec: the SiteSpec example
 * nanfang.kind    // 'outlet'
 * nanfang.outlet  // 'nanfang-guancha'
 * nanfang.rules.map((rule) => rule.id)
 * // ['nanfang-guancha/title', 'nanfang-guancha/dateline', 'nanfang-guancha/credits', 'nanfang-guancha/remove', 'nanfang-guancha/drop']
 * nanfang.replace.get('resolveBody')?.name // 'resolveBody': `body` became resolveBody({ selector: 'div.article-body' })
 * createExtractor({ sites: [...BUILTIN_SITES, nanfang] });
 */
export interface SiteProfile {
  readonly id: string;
  readonly name: string;
  readonly kind: 'outlet' | 'mirror';
  readonly url: string | null;
  readonly domains: readonly string[];
  readonly markers: readonly string[];
  readonly families: readonly PageFamily[];
  readonly outlet: string | null;
  /** Rules derived from the data fields, then the spec's own rules. */
  readonly rules: readonly Rule[];
  readonly disable: readonly string[];
  readonly replace: ReadonlyMap<string, Step>;
}

const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/u;
/**
 * What each field of {@link SiteSpec} holds, for the checks: written against the type, so that a
 * field added to the spec and not here fails to compile. Any other field is a misspelling, refused.
 */
const FIELD_KINDS = {
  id: 'string', name: 'string', kind: 'other', url: 'string', domains: 'list', markers: 'list', families: 'list',
  outlet: 'string', title: 'string', body: 'string', dateline: 'string', credits: 'string', remove: 'list',
  unwrap: 'list', keep: 'list', dropBlocks: 'list', rules: 'list', disable: 'list', replace: 'other',
} as const satisfies Record<keyof SiteSpec, 'string' | 'list' | 'other'>;
const FIELDS = Object.keys(FIELD_KINDS) as (keyof SiteSpec)[];
const LISTS = FIELDS.filter((field) => FIELD_KINDS[field] === 'list');
/** The optional fields that hold one string (`id` and `name` have checks of their own). */
const STRINGS = FIELDS.filter((field) => FIELD_KINDS[field] === 'string' && field !== 'id' && field !== 'name');
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/u;

/**
 * Define a site profile.
 *
 * @param spec - The profile's data.
 * @returns The compiled profile, to pass in `options.sites`.
 * @throws TypeError naming the field, the bad value and the fix: a malformed id,
 *   a domain with a scheme or path, an invalid selector, an empty marker.
 * @example
 * const example = defineSite({
 *   id: 'example-news',
 *   name: '示例新闻',
 *   domains: ['example.com.cn'],
 *   title: 'h1.headline',
 *   body: 'div.article-content',
 *   remove: ['.editor-note', '.share-box'],
 *   dropBlocks: ['欢迎关注示例新闻公众号'],
 * });
 */
export function defineSite(spec: SiteSpec): SiteProfile {
  if (spec === null || typeof spec !== 'object') throw new TypeError('qingxi: defineSite() needs an object such as { id: "example", name: "示例", domains: ["example.com"] }.');
  if (typeof spec.id !== 'string' || !ID.test(spec.id)) {
    throw new TypeError(`qingxi: defineSite() got id ${JSON.stringify(spec.id)}; use lower-case letters, digits, ".", "_" or "-", e.g. "example-news".`);
  }
  const where = `defineSite("${spec.id}")`;
  checkFields(spec, FIELDS, where);
  for (const field of LISTS) {
    if (spec[field] !== undefined && !Array.isArray(spec[field])) throw new TypeError(`qingxi: ${where}.${field} must be an array, got ${describeValue(spec[field])}.`);
  }
  for (const field of STRINGS) {
    if (spec[field] !== undefined && typeof spec[field] !== 'string') throw new TypeError(`qingxi: ${where}.${field} must be a string, got ${describeValue(spec[field])}.`);
  }
  if (spec.replace !== undefined && (spec.replace === null || typeof spec.replace !== 'object' || Array.isArray(spec.replace))) {
    throw new TypeError(`qingxi: ${where}.replace must be an object of steps by name, e.g. { removeAds: removeAds({ slots }) }, got ${describeValue(spec.replace)}.`);
  }
  if (typeof spec.name !== 'string' || spec.name.trim() === '') throw new TypeError(`qingxi: ${where}.name must be a non-empty string, e.g. "示例新闻".`);
  const kind = spec.kind ?? 'outlet';
  if (kind !== 'outlet' && kind !== 'mirror') throw new TypeError(`qingxi: ${where}.kind must be 'outlet' or 'mirror', got ${JSON.stringify(kind)}.`);
  const domains = (spec.domains ?? []).map((d, i) => checkDomain(d, `${where}.domains[${i}]`));
  const markers = (spec.markers ?? []).map((m, i) => {
    if (typeof m !== 'string' || m === '') throw new TypeError(`qingxi: ${where}.markers[${i}] must be a non-empty string.`);
    return m;
  });
  const rules = [...derivedRules(spec, where), ...(spec.rules ?? [])];
  const names = new Set<string>();
  for (const rule of rules) {
    if (names.has(rule.step.name)) throw new TypeError(`qingxi: ${where} has two rules named "${rule.step.name}"; give them different ids.`);
    names.add(rule.step.name);
  }
  const replace = new Map<string, Step>();
  if (spec.body !== undefined) {
    // Compiled here first, so that a bad selector is reported as this field, not as resolveBody's option.
    compileSelector(spec.body, `${where}.body`);
    replace.set('resolveBody', resolveBody({ selector: spec.body }));
  }
  for (const [name, step] of Object.entries(spec.replace ?? {})) {
    // A step runs (`run`) or visits the one shared walk (`visit`), as pipe() accepts.
    if (step === null || typeof step !== 'object' || (typeof step.run !== 'function' && typeof (step as { visit?: unknown }).visit !== 'function')) {
      throw new TypeError(`qingxi: ${where}.replace["${name}"] must be a step, e.g. removeAds({ slots: [...] }).`);
    }
    replace.set(name, step);
  }
  return Object.freeze({
    id: spec.id,
    name: spec.name,
    kind,
    url: spec.url ?? null,
    domains,
    markers,
    families: checkFamilies(spec.families ?? [], `${where}.families`),
    outlet: spec.outlet ?? (kind === 'outlet' ? spec.id : null),
    rules,
    disable: [...(spec.disable ?? [])],
    replace,
  });
}

function checkFamilies(families: readonly PageFamily[], where: string): PageFamily[] {
  for (const family of families) {
    if (!PAGE_FAMILIES.includes(family)) throw new TypeError(`qingxi: ${where} has ${JSON.stringify(family)}; use one of ${PAGE_FAMILIES.join(', ')}.`);
  }
  return [...families];
}

function checkDomain(domain: unknown, where: string): string {
  if (typeof domain !== 'string') throw new TypeError(`qingxi: ${where} must be a string such as "example.com".`);
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(domain)) {
    const bare = domain.replace(/^[a-z][a-z0-9+.-]*:\/\//iu, '').split('/')[0];
    throw new TypeError(`qingxi: ${where} is ${JSON.stringify(domain)}, a URL; give the bare domain ${JSON.stringify(bare)}.`);
  }
  const lower = domain.trim().toLowerCase().replace(/\.$/u, '');
  if (!DOMAIN.test(lower)) {
    throw new TypeError(`qingxi: ${where} is ${JSON.stringify(domain)}, not a domain; give a host name such as "example.com.cn" (no path, port or wildcard).`);
  }
  return lower;
}

/** The data fields become ordinary rules, so profiles have no private back door. */
function derivedRules(spec: SiteSpec, where: string): Rule[] {
  const id = spec.id;
  const rules: Rule[] = [];
  for (const [i, selector] of (spec.keep ?? []).entries()) rules.push(defineRule({ id: `${id}/keep${i || ''}`, keep: selector, at: 'start' }));
  for (const field of READ_FIELDS) {
    const selector = spec[field];
    if (selector !== undefined) rules.push({ id: `${id}/${field}`, step: readStep(id, field, selector, `${where}.${field}`), at: 'start' });
  }
  if (spec.remove !== undefined && spec.remove.length > 0) {
    rules.push(defineRule({ id: `${id}/remove`, remove: joinSelectors(spec.remove, `${where}.remove`), reason: `removed by site profile ${id}`, at: 'start' }));
  }
  if (spec.unwrap !== undefined && spec.unwrap.length > 0) {
    rules.push(defineRule({ id: `${id}/unwrap`, unwrap: joinSelectors(spec.unwrap, `${where}.unwrap`), reason: `unwrapped by site profile ${id}`, before: 'unwrapLinks' }));
  }
  if (spec.dropBlocks !== undefined && spec.dropBlocks.length > 0) {
    rules.push(defineRule({ id: `${id}/drop`, dropBlocks: spec.dropBlocks, maxChars: 300, reason: `boilerplate of site ${id}`, before: 'extractCredits' }));
  }
  return rules;
}

function joinSelectors(selectors: readonly string[], where: string): string {
  selectors.forEach((s, i) => compileSelector(s, `${where}[${i}]`));
  return selectors.join(', ');
}

/**
 * Whether a value is a profile built by {@link defineSite}, told by its shape.
 *
 * @param value - Anything.
 * @returns `true` for a profile.
 * @example
 * isSiteProfile(defineSite({ id: 'a', name: 'A' })) // true
 * isSiteProfile({ id: 'a', name: 'A' }) // false: a spec, not yet built
 */
export function isSiteProfile(value: unknown): value is SiteProfile {
  if (value === null || typeof value !== 'object') return false;
  const profile = value as Partial<SiteProfile>;
  return typeof profile.id === 'string' && (profile.kind === 'outlet' || profile.kind === 'mirror') && Array.isArray(profile.rules) && profile.replace instanceof Map;
}
