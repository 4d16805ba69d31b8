/**
 * What a full page says about itself: `<title>`, OpenGraph and article meta
 * tags, the canonical link, JSON-LD `NewsArticle`, `<time datetime>`, `<h1>`.
 */
import type { Document, Element } from 'domhandler';
import { attr } from '../dom/select.js';
import { textOf } from '../dom/text.js';
import { SKIP } from '../dom/walk.js';
import { parseChineseDate } from '../metadata/parse-chinese-date.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { OUTLETS } from '../rules/outlets.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';

const DATE_META = new Set([
  'article:published_time', 'og:published_time', 'article:published', 'pubdate', 'publishdate', 'publish_date',
  'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
  'datepublished', 'release_date', 'og:release_date',
]);
const TITLE_META = new Set(['og:title', 'twitter:title', 'title', 'headline']);
const URL_META = new Set(['og:url', 'twitter:url']);
const AUTHOR_META = new Set(['author', 'article:author', 'byl', 'dc.creator']);
const SITE_META = new Set(['og:site_name', 'application-name', 'publisher']);
const META_TAGS: ReadonlySet<string> = new Set(['title', 'meta', 'link', 'script', 'style', 'h1', 'h2', 'time']);
const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'OpinionNewsArticle', 'WebPage']);

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
      let sawH1 = false;
      let sawH2 = false;
      let sawTime = false;
      return {
        tags: META_TAGS,
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
            if (!sawH1) ctx.propose('title', collapseWhitespace(textOf(node)), 'text');
            sawH1 = true;
            return SKIP;
          case 'h2':
            // A fragment with no <h1> and no <title> often heads its article with an <h2>; it ranks last.
            if (!sawH2 && !sawH1) ctx.propose('title', collapseWhitespace(textOf(node)), 'fallback');
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

function readMeta(node: Element, ctx: StepContext): void {
  const key = (attr(node, 'property') || attr(node, 'name') || attr(node, 'itemprop')).toLowerCase();
  const content = collapseWhitespace(attr(node, 'content'));
  if (key === '' || content === '') return;
  if (TITLE_META.has(key)) ctx.propose('title', key === 'title' ? stripSiteName(content) : content, 'meta');
  else if (URL_META.has(key)) ctx.propose('url', content, 'meta');
  else if (DATE_META.has(key)) addDate(content, 'meta', ctx);
  else if (AUTHOR_META.has(key) && !/^https?:/u.test(content)) ctx.found.meta['author'] ??= content;
  else if (SITE_META.has(key)) ctx.found.meta['site'] ??= content;
  else if (key === 'keywords' || key === 'news_keywords') ctx.found.meta['keywords'] ??= content;
}

function readTime(node: Element, ctx: StepContext): boolean {
  const value = attr(node, 'datetime') || collapseWhitespace(textOf(node, 200));
  return addDate(value, 'time-element', ctx);
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
  // Bounded, iterative search through @graph arrays and nested objects.
  const queue: unknown[] = [data];
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
    const types = Array.isArray(type) ? type : [type];
    if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) continue;
    readArticleLd(record, ctx);
    return;
  }
}

function readArticleLd(record: Record<string, unknown>, ctx: StepContext): void {
  const headline = stringOf(record['headline']) ?? stringOf(record['name']);
  if (headline !== undefined) ctx.propose('title', collapseWhitespace(headline), 'json-ld');
  const published = stringOf(record['datePublished']) ?? stringOf(record['dateCreated']);
  if (published !== undefined) addDate(published, 'json-ld', ctx);
  const url = stringOf(record['url']) ?? idOf(record['mainEntityOfPage']);
  if (url !== undefined && /^https?:\/\//u.test(url)) ctx.propose('url', url, 'json-ld');
  const authors = (Array.isArray(record['author']) ? record['author'] : [record['author']])
    .map((a) => (typeof a === 'string' ? a : stringOf((a as Record<string, unknown> | null)?.['name'])))
    .filter((a): a is string => a !== undefined && a.trim() !== '');
  if (authors.length > 0) ctx.found.meta['author'] ??= authors.join('、');
  const publisher = record['publisher'];
  const site = typeof publisher === 'object' && publisher !== null ? stringOf((publisher as Record<string, unknown>)['name']) : undefined;
  if (site !== undefined) ctx.found.meta['site'] ??= site;
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
const SEPARATOR = /\s+[|｜\-–—_]\s+|\s*[|｜_–—]\s*|(?<=[\p{Script=Han}）》」])[-－](?=[\p{Script=Han}A-Za-z])/u;
const SITE_WORD = /(?:网|網|新闻|新聞|报|報|台|社|时报|時報|中文|电视|電視|之声|之聲|之音|times|news|voa|bbc|rfa|\.com|\.org)$/iu;

/**
 * Drop a site name from the end of a `<title>`: `'标题 | 大纪元'`, `'标题-美国之音'`.
 *
 * @param title - The page title.
 * @returns The headline part.
 */
export function stripSiteName(title: string): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return title;
  while (parts.length > 1) {
    const last = parts.at(-1)!;
    if (OUTLET_NAMES.has(last) || (last.length <= 14 && SITE_WORD.test(last))) parts.pop();
    else break;
  }
  return parts.join(' ');
}
