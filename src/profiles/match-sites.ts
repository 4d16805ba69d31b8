/**
 * Choose the site profiles for one page.
 */
import { hostOf, isUnderDomain } from '../text/resolve-url.js';
import type { PageFamily } from '../pipeline/types.js';
import type { SiteProfile } from './define-site.js';

/** The profiles that apply to a page: at most one mirror and one outlet. */
export interface MatchedSites {
  readonly mirror: SiteProfile | null;
  readonly outlet: SiteProfile | null;
}

/**
 * Match profiles by the domains of the page's URLs first, then by page family or markers in its text.
 *
 * @param sites - Candidate profiles, in priority order.
 * @param text - The raw page.
 * @param urls - URLs known for the page (given by the caller or stated by the page).
 * @param family - The page family.
 * @returns The best mirror and outlet profiles.
 */
export function matchSites(sites: readonly SiteProfile[], text: string, urls: readonly string[], family: PageFamily): MatchedSites {
  const hosts = urls.map(hostOf).filter((h): h is string => h !== null);
  const best = { mirror: null as SiteProfile | null, outlet: null as SiteProfile | null };
  const score = { mirror: 0, outlet: 0 };
  for (const site of sites) {
    const byDomain = site.domains.some((domain) => hosts.some((host) => isUnderDomain(host, domain)));
    const byMarker = site.families.includes(family) || site.markers.some((marker) => text.includes(marker));
    const s = byDomain ? 2 : byMarker ? 1 : 0;
    if (s > score[site.kind]) {
      score[site.kind] = s;
      best[site.kind] = site;
    }
  }
  return best;
}
