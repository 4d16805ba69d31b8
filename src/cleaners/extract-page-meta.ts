/**
 * What a full page says about itself: `<title>`, OpenGraph and article meta
 * tags, the canonical link, JSON-LD `NewsArticle`, `<time datetime>`, `<h1>`.
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { isComment, isTag } from 'domhandler';
import { attr } from '../dom/select.js';
import { textOf } from '../dom/text.js';
import { SKIP } from '../dom/walk.js';
import { restateUtc } from '../metadata/page-zone.js';
import { parseChineseDate } from '../metadata/parse-chinese-date.js';
import { formatOffset } from '../metadata/timezones.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { OUTLETS } from '../rules/outlets.js';
import { SOCIAL_POSTS } from '../rules/social-posts.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';

/** Metadata naming when the article was last changed: not its date, but it states the page's UTC offset. */
const MODIFIED_META = new Set(['article:modified_time', 'og:updated_time', 'dateModified'.toLowerCase(), 'last-modified']);
const DATE_META = new Set([
  'article:published_time', 'og:published_time', 'article:published', 'pubdate', 'publishdate', 'publish_date',
  'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
  'datepublished', 'release_date', 'og:release_date',
]);
const TITLE_META = new Set(['og:title', 'twitter:title', 'title', 'headline']);
const URL_META = new Set(['og:url', 'twitter:url']);
const AUTHOR_META = new Set(['author', 'article:author', 'byl', 'byline', 'dc.creator', 'parsely-author', 'cxenseparse:author']);
const SITE_META = new Set(['og:site_name', 'application-name', 'publisher']);
const META_TAGS: ReadonlySet<string> = new Set(['title', 'meta', 'link', 'script', 'style', 'h1', 'h2', 'time']);
/** JSON-LD types read as the article, best first: a WebPage is read only when nothing better is there. */
const ARTICLE_TYPES: ReadonlyMap<string, number> = new Map([
  ['NewsArticle', 0], ['ReportageNewsArticle', 0], ['AnalysisNewsArticle', 0], ['OpinionNewsArticle', 0], ['BackgroundNewsArticle', 0],
  ['Article', 1], ['BlogPosting', 1], ['WebPage', 2],
]);
/** Authors that are organisations, not people: `BBC News 中文` is no byline. */
const ORGANIZATION_TYPES = new Set(['Organization', 'NewsMediaOrganization', 'Corporation', 'WebSite']);

/**
 * Read a page's own metadata before the head and scripts are removed. Nothing
 * is removed here; values become candidates that rank below the article's
 * dateline and credit lines.
 *
 * @returns The tree step `extractPageMeta`.
 * @example
 * pipe(extractPageMeta()).run('<head><meta property="og:title" content="标题"></head>').found.title
 * // { value: '标题', source: 'meta' }
 */
export function extractPageMeta(): TreeStep {
  return {
    name: 'extractPageMeta',
    stage: 'tree',
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      let h1: string | null = null;
      let sawH2 = false;
      let sawTime = false;
      return {
        tags: META_TAGS,
        done() {
          withoutSiteName(ctx);
          if (h1 !== null) preferHeadline(h1, ctx);
        },
        other(node: ChildNode) {
          if (isComment(node)) readFounderProperties(node.data, ctx);
          return undefined;
        },
        element(node: Element) {
        switch (node.name) {
          case 'title':
            ctx.propose('title', stripSiteName(collapseWhitespace(textOf(node))), 'fallback');
            return SKIP;
          case 'meta':
            readMeta(node, ctx);
            return SKIP;
          case 'link':
            if (/(?:^|\s)canonical(?:\s|$)/iu.test(attr(node, 'rel'))) ctx.propose('url', attr(node, 'href').trim(), 'meta');
            return SKIP;
          case 'script':
            if (/ld\+json/iu.test(attr(node, 'type'))) readJsonLd(textOf(node), ctx);
            return SKIP;
          case 'style':
            return SKIP;
          case 'h1':
            if (h1 === null) {
              h1 = collapseWhitespace(textOf(node));
              ctx.propose('title', h1, 'text');
            }
            return SKIP;
          case 'h2':
            // A fragment with no <h1> and no <title> often heads its article with an <h2>; it ranks last.
            if (!sawH2 && h1 === null) ctx.propose('title', collapseWhitespace(textOf(node)), 'fallback');
            sawH2 = true;
            return SKIP;
          case 'time':
            if (!sawTime) sawTime = readTime(node, ctx);
            return undefined;
          default:
            return undefined;
        }
        },
      };
    },
  };
}

/**
 * A metadata title that still ends with the page's own site name
 * (`og:site_name`) after a separator: `标题 - 台灣醒報 Awakening News Networks`.
 */
function withoutSiteName(ctx: StepContext): void {
  const title = ctx.found.title;
  const site = ctx.found.meta['site'];
  if (title === null || site === undefined || (title.source !== 'meta' && title.source !== 'fallback') || !title.value.endsWith(site)) return;
  const head = title.value.slice(0, title.value.length - site.length);
  const cut = SEPARATOR_AT_END.exec(head);
  if (cut !== null && cut.index > 0) ctx.found.title = { value: head.slice(0, cut.index), source: title.source };
}

/** A title separator at the end of what precedes a site name. */
const SEPARATOR_AT_END = /\s?[|｜_–—-]{1,2}\s?$/u;

/**
 * The page's own <h1> over a metadata title that is the same headline with
 * decoration after it (`标题 | 兩岸 | 中央社 CNA`, `标题 - BBC News 中文`).
 */
function preferHeadline(h1: string, ctx: StepContext): void {
  const title = ctx.found.title;
  if (title === null || title.source === 'text' || title.source === 'profile' || title.source === 'mirror') return;
  if (h1.length < 4 || title.value.length <= h1.length || !title.value.startsWith(h1)) return;
  if (HEADLINE_TAIL.test(title.value.slice(h1.length))) ctx.found.title = { value: h1, source: 'text' };
}

/** What may follow the headline in a decorated title: a space or a separator, then anything. */
const HEADLINE_TAIL = /^[\s|｜\-–—_]/u;

function readMeta(node: Element, ctx: StepContext): void {
  const key = (attr(node, 'property') || attr(node, 'name') || attr(node, 'itemprop')).toLowerCase();
  const content = collapseWhitespace(attr(node, 'content'));
  if (key === '' || content === '') return;
  if (TITLE_META.has(key)) ctx.propose('title', stripSiteName(content), 'meta');
  else if (URL_META.has(key)) ctx.propose('url', content, 'meta');
  else if (DATE_META.has(key)) addDate(content, 'meta', ctx);
  else if (MODIFIED_META.has(key)) readOffset(content, ctx);
  else if (AUTHOR_META.has(key) && !/^https?:/u.test(content)) ctx.found.meta['author'] ??= content;
  else if (SITE_META.has(key)) ctx.found.meta['site'] ??= content;
  else if (key === 'keywords' || key === 'news_keywords') ctx.found.meta['keywords'] ??= content;
}

/** A stated UTC offset at the end of an ISO time: `+08:00`, `+0800`, `Z`. */
const STATED_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/u;

/**
 * The offset the page states its times in, read from its modified time: a
 * header that prints the publication time without one is in the same zone.
 */
function readOffset(content: string, ctx: StepContext): void {
  const date = parseChineseDate(content);
  const offset = date === null ? null : STATED_OFFSET.exec(date.published)?.[0];
  if (offset !== undefined && offset !== null) ctx.found.meta['offset'] ??= offset;
}

/** The article properties 方正 (Founder) e-paper pages print in a comment: `<!--enpproperty <articleid>…</articleid><date>2024-11-05 00:00:00:0</date>…-->`. */
const FOUNDER_PROPERTIES = /^\s*enpproperty\b/u;
const FOUNDER_DATE = /<date>(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}:\d{2}))?/u;

/**
 * The edition date of a 方正 e-paper page, from its properties comment; a time
 * of `00:00:00` is the edition's, not the article's, so only the day is read.
 */
function readFounderProperties(text: string, ctx: StepContext): void {
  if (!FOUNDER_PROPERTIES.test(text)) return;
  const m = FOUNDER_DATE.exec(text);
  if (m === null) return;
  const time = m[2] === undefined || m[2] === '00:00:00' ? '' : ` ${m[2]}`;
  addDate(`${m[1]}${time}`, 'meta', ctx);
}

function readTime(node: Element, ctx: StepContext): boolean {
  if (inSocialPost(node)) return false;
  const datetime = attr(node, 'datetime');
  const text = collapseWhitespace(textOf(node, 200));
  if (datetime === '') return addDate(text, 'time-element', ctx);
  const date = parseChineseDate(datetime);
  if (date === null) return false;
  ctx.found.dates.push({ value: localTime(date.published, text), source: 'time-element', raw: datetime });
  return true;
}

/**
 * Whether a `<time>` dates an embedded social post (Instagram's card prints
 * `<time datetime="2017-02-19T15:43:58+00:00">` under the post: 希望之声
 * soh3/243629), not the article around it.
 */
function inSocialPost(node: Element): boolean {
  for (let up = node.parent; up !== null; up = up.parent) {
    if (isTag(up) && up.name === 'blockquote') {
      const classes = attr(up, 'class').split(/\s+/u);
      if (SOCIAL_POSTS.some((rule) => classes.includes(rule.className))) return true;
    }
  }
  return false;
}

/**
 * A UTC `datetime` restated at the offset its own printed text shows (雅虎:
 * `datetime="2024-06-12T06:32:15.000Z"` printing `下午2:32`): the same instant,
 * as the page's readers read it. Anything else is returned as it is.
 */
function localTime(utc: string, text: string): string {
  if (!/(?:Z|[+-]00:?00)$/u.test(utc)) return utc;
  const printed = parseChineseDate(text)?.published;
  if (printed === undefined || printed.length <= 10 || STATED_OFFSET.test(printed)) return utc;
  const minutes = (Date.parse(`${printed.slice(0, 16)}Z`) - Date.parse(`${utc.slice(0, 16)}Z`)) / 60_000;
  if (!Number.isFinite(minutes) || minutes === 0 || Math.abs(minutes) > 14 * 60 || minutes % 15 !== 0) return utc;
  return restateUtc(utc, formatOffset(minutes));
}

function addDate(text: string, source: 'meta' | 'time-element' | 'json-ld', ctx: StepContext): boolean {
  const date = parseChineseDate(text);
  if (date === null) return false;
  ctx.found.dates.push({ value: date.published, source, raw: text });
  return true;
}

function readJsonLd(json: string, ctx: StepContext): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  // Bounded, iterative search through @graph arrays and nested objects; the best-typed item wins.
  const queue: unknown[] = [data];
  let best: Record<string, unknown> | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item.slice(0, 50));
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]).slice(0, 50));
    const type = record['@type'];
    for (const t of Array.isArray(type) ? type : [type]) {
      const rank = typeof t === 'string' ? ARTICLE_TYPES.get(t) : undefined;
      if (rank !== undefined && rank < bestRank) {
        best = record;
        bestRank = rank;
      }
    }
  }
  if (best !== null) readArticleLd(best, ctx);
}

function readArticleLd(record: Record<string, unknown>, ctx: StepContext): void {
  const headline = stringOf(record['headline']) ?? stringOf(record['name']);
  if (headline !== undefined) ctx.propose('title', stripSiteName(collapseWhitespace(headline)), 'json-ld');
  const published = stringOf(record['datePublished']) ?? stringOf(record['dateCreated']);
  if (published !== undefined) addDate(published, 'json-ld', ctx);
  const modified = stringOf(record['dateModified']);
  if (modified !== undefined) readOffset(modified, ctx);
  const url = stringOf(record['url']) ?? idOf(record['mainEntityOfPage']);
  // An @id names a node of the graph (`…/a.html#webpage`): the page is the URL without the fragment.
  if (url !== undefined && /^https?:\/\//u.test(url)) ctx.propose('url', url.split('#')[0]!, 'json-ld');
  const authors = (Array.isArray(record['author']) ? record['author'] : [record['author']])
    .map((a) => (typeof a === 'string' ? a : personName(a)))
    .filter((a): a is string => a !== undefined && a.trim() !== '');
  if (authors.length > 0) ctx.found.meta['author'] ??= authors.join('、');
  const publisher = record['publisher'];
  const site = typeof publisher === 'object' && publisher !== null ? stringOf((publisher as Record<string, unknown>)['name']) : undefined;
  if (site !== undefined) ctx.found.meta['site'] ??= site;
}

/** The name of a JSON-LD author that is a person (or untyped), not an organisation. */
function personName(author: unknown): string | undefined {
  if (author === null || typeof author !== 'object') return undefined;
  const record = author as Record<string, unknown>;
  const type = record['@type'];
  if ((Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ORGANIZATION_TYPES.has(t))) return undefined;
  return stringOf(record['name']);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return stringOf((value as Record<string, unknown>)['@id']);
  return undefined;
}

const OUTLET_NAMES = new Set(OUTLETS.flatMap((o) => o.names));
/** Registry names as they appear inside a longer site name: `端傳媒 Initium Media`, `中央社 CNA`. */
const OUTLET_IN_NAME = new RegExp(
  [...OUTLET_NAMES].map((name) => (/^[\x20-\x7e]+$/u.test(name) ? `\\b${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b` : name)).join('|'),
  'u',
);
/** Between headline and site name; matched in whitespace-collapsed text, so a space is at most one. */
const SEPARATOR = / ?[|｜_–—] ?| -{1,2} |(?<=[\p{Script=Han}）》」])[-－](?=[\p{Script=Han}A-Za-z])/u;
/** How a site's name ends, or a channel's under it (`标题_山东频道_大众网`). */
const SITE_WORD = /(?:[网網报報台社]|频道|頻道|新闻|新聞|时报|時報|中文|电视|電視|之声|之聲|之音|times|news|media|voa|bbc|rfa|\.com|\.org)$/iu;

/**
 * Drop a site name from the end of a `<title>`: `'标题 | 大纪元'`, `'标题-美国之音'`,
 * `'标题｜端傳媒 Initium Media'`, or from its start: `'澳門日報 - 标题'`. A title
 * with no site name is returned as it is.
 *
 * @param title - The page title.
 * @returns The headline part.
 * @example
 * stripSiteName('美国会通过对华法案 | 大纪元') // '美国会通过对华法案'
 * stripSiteName('台湾大选：赖清德胜选 - BBC News 中文') // '台湾大选：赖清德胜选'
 * stripSiteName('澳門日報 - 輕軌東線首段完成隧道貫通') // '輕軌東線首段完成隧道貫通'
 */
export function stripSiteName(title: string): string {
  const parts = collapseWhitespace(title).split(SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return title;
  const before = parts.length;
  while (parts.length > 1) {
    const last = parts.at(-1)!;
    if (isSiteName(last)) parts.pop();
    else break;
  }
  // Some CMSs put the site name first: `澳門日報 - 標題`.
  if (parts.length > 1 && isSiteName(parts[0]!)) parts.shift();
  return parts.length === before ? title : parts.join(' ');
}

function isSiteName(part: string): boolean {
  if (OUTLET_NAMES.has(part)) return true;
  if (part.length <= 14 && SITE_WORD.test(part)) return true;
  return part.length <= 24 && OUTLET_IN_NAME.test(part);
}
