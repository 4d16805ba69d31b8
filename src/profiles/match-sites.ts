/**
 * Choose the site profiles for one page.
 */
import { indexOfMarkup } from '../text/index-of-markup.js';
import { domainName, hostOf, isUnderName } from '../text/resolve-url.js';
import type { PageFamily } from '../pipeline/types.js';
import type { SiteProfile } from './define-site.js';

/** How much of a page's start and end is searched for markers (characters). */
const HEAD = 32 * 1024;
const TAIL = 8 * 1024;

/** The profiles that apply to a page: at most one mirror and one outlet. */
export interface MatchedSites {
  readonly mirror: SiteProfile | null;
  readonly outlet: SiteProfile | null;
}

/**
 * Match profiles by the domains of the page's URLs first, then by page family or
 * markers in its first 32 KiB or last 8 KiB of text.
 *
 * @param sites - Candidate profiles, in priority order.
 * @param text - The raw page.
 * @param urls - URLs known for the page (given by the caller or stated by the page).
 * @param family - The page family.
 * @returns The best mirror and outlet profiles.
 */
export function matchSites(sites: readonly SiteProfile[], text: string, urls: readonly string[], family: PageFamily): MatchedSites {
  const hosts: string[] = [];
  for (const url of urls) {
    const host = hostOf(url);
    if (host !== null) hosts.push(domainName(host));
  }
  const best = { mirror: null as SiteProfile | null, outlet: null as SiteProfile | null };
  for (const site of sites) {
    if (best[site.kind] === null && hosts.length > 0 && isOnDomains(hosts, domainNamesOf(site))) best[site.kind] = site;
  }
  // Markers are looked for where pages put them, in the head and the tail,
  // so that a 2 MB page costs no more than a small one.
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  const tail = text.length > HEAD ? text.slice(-TAIL) : '';
  const marked = (site: SiteProfile): boolean => {
    const markers = markersOf(site);
    return markers !== null && (holds(markers, head) || (tail !== '' && holds(markers, tail)));
  };
  for (const site of sites) {
    if (best[site.kind] === null && (site.families.includes(family) || marked(site))) best[site.kind] = site;
  }
  return best;
}

/** Whether one of the hosts is under one of the domains (all as `domainName` gives them). */
function isOnDomains(hosts: readonly string[], domains: readonly string[]): boolean {
  for (const domain of domains) for (const host of hosts) if (isUnderName(host, domain)) return true;
  return false;
}

/**
 * A profile's domains lower-cased and without a root dot, made once per profile: every page asks
 * about every profile's domains, and preparing both names on each of those questions cost more
 * than comparing them.
 */
const DOMAIN_NAMES = new WeakMap<SiteProfile, readonly string[]>();

function domainNamesOf(site: SiteProfile): readonly string[] {
  let names = DOMAIN_NAMES.get(site);
  if (names === undefined) {
    names = site.domains.map(domainName);
    DOMAIN_NAMES.set(site, names);
  }
  return names;
}

/** A profile's markers as one search. */
interface Markers {
  /** Every marker, as one alternation. */
  readonly pattern: RegExp;
  /** The literal all the markers begin with (`<!--` for bannedbook's), or `''`. */
  readonly prefix: string;
}

/**
 * A profile's markers as one pattern, built once per profile: one regex search for all of them
 * costs about what one includes() does on Chinese text (bannedbook's two markers over the corpus
 * heads: 10.9 ms a pass against 13.6 for two includes). `null` for a profile without markers.
 */
const MARKERS = new WeakMap<SiteProfile, Markers | null>();

function markersOf(site: SiteProfile): Markers | null {
  let markers = MARKERS.get(site);
  if (markers === undefined) {
    // No `u` flag: code units are matched as includes() matches them (half of a surrogate pair too).
    markers = site.markers.length === 0 ? null : { pattern: new RegExp(site.markers.map(escapeRegExp).join('|')), prefix: commonPrefix(site.markers) };
    MARKERS.set(site, markers);
  }
  return markers;
}

/**
 * Whether the text holds one of the markers. Markers that share a start are searched from
 * that start's first place: the regex tries its alternation at every `<` of a page, while a search
 * for `<!--` skips to the one place it can match (corpus heads: 7 ms a pass against 13; with
 * indexOfMarkup, 1.6 against 9.5 for the search).
 */
function holds(markers: Markers, text: string): boolean {
  const from = markers.prefix === '' ? 0 : indexOfMarkup(text, markers.prefix);
  if (from < 0) return false;
  return markers.pattern.test(from === 0 ? text : text.slice(from));
}

/** The longest start the strings share. */
function commonPrefix(strings: readonly string[]): string {
  let prefix = strings[0]!;
  for (const s of strings) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** A literal as a pattern that matches exactly it. */
function escapeRegExp(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}
