/**
 * From what the steps found to the typed Article.
 */
import { dateFromUrl } from '../metadata/date-from-url.js';
import { outletById, outletByName, outletByUrl } from '../metadata/find-outlet.js';
import { metaAuthorNames } from '../metadata/meta-authors.js';
import { pageZone, restateUtc, zoneOffsetAt } from '../metadata/page-zone.js';
import type { ResolvedOptions } from '../options.js';
import type { RunContext } from '../pipeline/context.js';
import type { DateCandidate, DraftBlock } from '../pipeline/types.js';
import type { MatchedSites } from '../profiles/match-sites.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import { detectLang } from '../text/detect-lang.js';
import type { Article, Block, FieldSource, Media, Outlet, SourcedField, TraceEntry } from '../types.js';
import { keepBodyLinks } from './keep-body-links.js';

/**
 * Markers some outlets append to titles: (图), (组图), (视频), (图/视频); 看中国's mirror adds its own to the
 * outlet's: `…亲人痛断肠（视频）(图)`, `…保守在哪里(图)(图)`.
 */
const TITLE_MARKER = /[（(](?:图|圖|组图|組圖|多图|多圖|视频|視頻|多视频|多視頻|影音|附视频|附視頻)(?:[/／](?:图|圖|视频|視頻))?[)）]$/u;

/** Where a date's source ranks when candidates disagree: the article's own header first. */
const DATE_RANK: Partial<Record<FieldSource, number>> = { dateline: 0, profile: 1, 'time-element': 2, 'json-ld': 3, meta: 4, url: 5, text: 6 };

/**
 * Assemble the Article from the context of a finished run.
 *
 * @internal
 */
export function buildArticle(ctx: RunContext, blocks: readonly DraftBlock[], sites: MatchedSites, options: ResolvedOptions, source: string): Article {
  const found = ctx.found;
  const sources: Partial<Record<SourcedField, FieldSource>> = {};
  const fields: TraceEntry[] = [];
  const note = (field: SourcedField, source: FieldSource, value: string): void => {
    sources[field] = source;
    if (ctx.explain) fields.push({ kind: 'field', field, source, value });
  };

  const title = found.title === null ? '' : withoutMarkers(collapseWhitespace(found.title.value));
  if (title === '') ctx.issue({ code: 'no-title', message: 'no title found' });
  else note('title', found.title!.source, title);

  const mirror = mirrorOf(found.mirrorUrl?.value ?? null, sites);
  const url = found.url?.value ?? (mirror === null ? ctx.inputUrl : null);
  if (url !== null) note('url', found.url?.source ?? 'fallback', url);
  const mirrorUrl = found.mirrorUrl?.value ?? (mirror !== null && found.url?.value !== ctx.inputUrl ? ctx.inputUrl : null);
  if (mirrorUrl !== null) note('mirrorUrl', found.mirrorUrl?.source ?? 'fallback', mirrorUrl);

  const outlet = resolveOutlet(ctx, sites, url, options);
  // The zone is looked for only when a time needs one: it may search the whole page for a licence number.
  const published = resolvePublished(found.dates, url, ctx, () => pageZone(outlet?.value.id ?? null, url, options.outlets, source));
  if (published !== null) note('published', published.source, published.value);
  if (outlet !== null) note('outlet', outlet.source, outlet.value.name);

  const credited = withoutGluedNames(found.authors.map((a) => a.value));
  // A meta author the page credits as its editor (央视网: meta author = 编辑：X) is no writer.
  const metaAuthors = metaAuthorNames(found.meta['author']).filter((name) => !isOutletName(name, found.meta['site'], options) && !found.editors.some((e) => sameName(e.value, name)));
  // The metadata's list wins when the text credits nobody, or credits only some of the same people:
  // a byline row left outside the body names the rest (纽约时报中文网: the reporter above, `翻译：` below).
  const fromMeta = metaAuthors.length > credited.length && credited.every((name) => metaAuthors.some((m) => sameName(m, name)));
  const authors = fromMeta ? metaAuthors : credited;
  if (authors.length > 0) note('authors', fromMeta ? 'meta' : found.authors[0]!.source, authors.join('、'));
  const editors = found.editors.map((e) => e.value);
  if (editors.length > 0) note('editors', found.editors[0]!.source, editors.join('、'));

  const body: Block[] = blocks.map((b) => (b.items === undefined ? { kind: b.kind, text: b.text } : { kind: b.kind, text: b.text, items: b.items }));
  const text = body.map((b) => b.text).join('\n\n');
  const article: Article = {
    title,
    outlet: outlet?.value ?? null,
    mirror,
    published: published?.value ?? null,
    dateline: found.dateline,
    authors,
    editors,
    body,
    text,
    images: found.images,
    media: distinctMedia(found.media),
    tags: found.tags,
    links: keepBodyLinks(found.links, ctx.linkPlaces(), blocks),
    related: found.related,
    url,
    mirrorUrl,
    lang: detectLang(title, text),
    sources,
  };
  if (ctx.explain) article.trace = [...ctx.trace, ...fields];
  return article;
}

/** The best-ranked date; a disagreement with another source on the day is recorded as an issue. */
function resolvePublished(dates: readonly DateCandidate[], url: string | null, ctx: RunContext, zone: () => string | null): { value: string; source: FieldSource } | null {
  const candidates = dates.slice();
  const fromUrl = url === null ? null : dateFromUrl(url);
  if (fromUrl !== null) candidates.push({ value: fromUrl.published, source: 'url', raw: fromUrl.raw });
  if (candidates.length === 0) {
    ctx.issue({ code: 'no-date', message: 'no publication date found in the dateline, page metadata or URL' });
    return null;
  }
  const rank = (c: DateCandidate): number => DATE_RANK[c.source] ?? 9;
  const best = candidates.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  const day = best.value.slice(0, 10);
  // A header prints the day, a visible line the clock time; the page's metadata often states the same moment more precisely.
  const timed = bestTimed(candidates.filter((c) => isMorePrecise(c.value, best.value)), rank);
  const other = candidates.find((c) => c !== best && c.value.slice(0, 10) !== day);
  if (other !== undefined) {
    ctx.issue({
      code: 'date-conflict',
      message: `the ${best.source} says ${day} but the ${other.source} says ${other.value.slice(0, 10)} (${other.raw}); kept the ${best.source}`,
    });
  }
  return { value: withPageOffset(timed?.value ?? best.value, candidates, ctx.found.meta['offset'], zone), source: best.source };
}

/**
 * Names read where element boundaries were lost, glued to what followed them
 * (`記者<a>張育瑋</a><a>林書帆</a>` read as 張育瑋林書帆, `撰文者：陳雅婷` and a
 * channel link as 陳雅婷商周頭條), when the same page also credits the name
 * alone: a Han "name" longer than four characters that starts with another
 * credited name goes. 王伟 and 王伟明 both stay.
 */
function withoutGluedNames(names: readonly string[]): string[] {
  return names.filter((name) => !(name.length > 4 && GLUED_HAN.test(name) && names.some((other) => other !== name && other.length >= 2 && name.length - other.length >= 2 && name.startsWith(other))));
}

const GLUED_HAN = /^\p{Script=Han}+$/u;

/**
 * A time printed without an offset (a header's `2024-11-08 06:15`) takes the
 * offset the same page states for its own times, in another date candidate or
 * its modified-time metadata; else its zone, when the outlet, the country of
 * its domain or a mainland ICP number in its footer fixes one; with none known,
 * it stays without one. A UTC time from
 * metadata is restated at the page's zone's offset: the same instant, as the
 * page's readers read it.
 */
function withPageOffset(value: string, candidates: readonly DateCandidate[], metaOffset: string | undefined, pageZone: () => string | null): string {
  if (value.length <= 10) return value;
  if (hasOffset(value)) {
    if (!UTC.test(value)) return value;
    const zone = pageZone();
    const local = zone === null ? null : zoneOffsetAt(zone, value);
    return local === null ? value : restateUtc(value, local);
  }
  const stated = candidates.find((c) => c.value.length > 10 && hasOffset(c.value))?.value.match(OFFSET)?.[0] ?? metaOffset;
  if (stated !== undefined) return value + stated;
  const zone = pageZone();
  const local = zone === null ? null : zoneOffsetAt(zone, value);
  return local === null ? value : value + local;
}

const OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/u;
/** A time stated in UTC, which `restateUtc` restates at the page's own offset. */
const UTC = /(?:Z|[+-]00:?00)$/u;

/**
 * Whether a date says what another says and more: a time for the same day, or
 * an offset for the same day and minute.
 */
function isMorePrecise(value: string, than: string): boolean {
  if (value.slice(0, 10) !== than.slice(0, 10) || value.length <= 10) return false;
  if (than.length <= 10) return true;
  return !hasOffset(than) && hasOffset(value) && value.slice(11, 16) === than.slice(11, 16);
}

function hasOffset(value: string): boolean {
  return /(?:Z|[+-]\d{2}:?\d{2})$/u.test(value);
}

/** The best-ranked candidate that carries a time, or `null`. */
function bestTimed(candidates: readonly DateCandidate[], rank: (c: DateCandidate) => number): DateCandidate | null {
  let best: DateCandidate | null = null;
  for (const c of candidates) if (best === null || rank(c) < rank(best)) best = c;
  return best;
}

function resolveOutlet(ctx: RunContext, sites: MatchedSites, url: string | null, options: ResolvedOptions): { value: Outlet; source: FieldSource } | null {
  const registry = options.outlets;
  const hint = ctx.found.outletHints[0];
  const fromDateline = ctx.found.dateline !== null && hint !== undefined && ctx.found.dateline.includes(hint);
  if (hint !== undefined && fromDateline) {
    return { value: outletByName(hint, registry) ?? { id: hint, name: hint, url: null }, source: 'dateline' };
  }
  const site = sites.outlet;
  if (site !== null && site.outlet !== null) {
    // A profile for an outlet the registry does not know speaks for itself.
    const outlet = outletById(site.outlet, registry) ?? (site.outlet === site.id ? { id: site.id, name: site.name, url: site.url } : null);
    if (outlet !== null) return { value: outlet, source: 'profile' };
  }
  const byUrl = url === null ? null : outletByUrl(url, registry);
  if (byUrl !== null) return { value: byUrl, source: 'url' };
  for (const name of ctx.found.outletHints) {
    const outlet = outletByName(name, registry);
    if (outlet !== null) return { value: outlet, source: 'byline' };
  }
  const siteName = ctx.found.meta['site'];
  const bySite = siteName === undefined ? null : outletByName(siteName, registry);
  return bySite === null ? null : { value: bySite, source: 'meta' };
}

/** The site a mirrored page came through: a GitHub repository, or the matched mirror profile. */
function mirrorOf(mirrorUrl: string | null, sites: MatchedSites): Outlet | null {
  const repo = mirrorUrl === null ? null : /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+)/u.exec(mirrorUrl);
  if (repo !== null && repo !== undefined) {
    const name = `${repo[1]}/${repo[2]}`;
    return { id: `github:${name}`, name, url: `https://github.com/${name}` };
  }
  const site = sites.mirror;
  return site === null ? null : { id: site.id, name: site.name, url: site.url };
}

/** A JSON-LD or meta author that is the outlet itself (自由時報, 法广), not a person. */
function isOutletName(name: string, site: string | undefined, options: ResolvedOptions): boolean {
  return name === site || outletByName(name, options.outlets) !== null;
}

/** A player and its download link name the same file once. */
function distinctMedia(media: readonly Media[]): Media[] {
  const seen = new Set<string>();
  return media.filter((m) => {
    const key = `${m.kind}\n${m.src}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The same person, whatever the case of a Latin name (`ALEXANDRA STEVENSON`, `Alexandra Stevenson`). */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A title without the markers at its end, one after another (`…（视频）(图)`). */
function withoutMarkers(title: string): string {
  let rest = title.trimEnd();
  for (let cut = rest.replace(TITLE_MARKER, '').trimEnd(); cut !== rest; cut = rest.replace(TITLE_MARKER, '').trimEnd()) rest = cut;
  return rest;
}
