/**
 * The built-in site profiles, written with the public `defineSite` API.
 */
import type { SiteProfile } from '../profiles/define-site.js';
import { bannedbook } from './bannedbook/index.js';
import { epochtimes } from './epochtimes/index.js';
import { githubMirror } from './github-mirror/index.js';
import { ntdtv } from './ntdtv/index.js';
import { rfa } from './rfa/index.js';
import { secretchina } from './secretchina/index.js';
import { soundofhope } from './soundofhope/index.js';

export { bannedbook, epochtimes, githubMirror, ntdtv, rfa, secretchina, soundofhope };

/**
 * Every built-in profile: the two mirrors first, then the outlets.
 *
 * @example
 * BUILTIN_SITES.map((site) => site.id) // ['bannedbook', 'github-mirror', 'epochtimes', 'ntdtv', 'secretchina', 'soundofhope', 'rfa']
 * createExtractor({ sites: [...BUILTIN_SITES, mySite] }); // add yours
 * createExtractor({ sites: BUILTIN_SITES.filter((site) => site.kind === 'outlet') }); // no mirror profiles
 */
export const BUILTIN_SITES: readonly SiteProfile[] = Object.freeze([bannedbook, githubMirror, epochtimes, ntdtv, secretchina, soundofhope, rfa]);
