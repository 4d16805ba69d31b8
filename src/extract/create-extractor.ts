/**
 * A configured extractor: options checked and pipelines compiled once, then
 * run over many pages.
 */
import type { ResultError } from '../errors.js';
import { QingxiError } from '../errors.js';
import { decodeInput } from '../input/decode-input.js';
import { detectFamily } from '../input/detect-family.js';
import { probeUrls } from '../input/probe-urls.js';
import { checkUrl, describeValue } from '../check-fields.js';
import { didYouMean } from '../text/nearest-name.js';
import { type Options, type ResolvedOptions, resolveOptions } from '../options.js';
import { RunContext } from '../pipeline/context.js';
import { placeRules, applySite } from '../pipeline/place-rules.js';
import { pipe, runPipeline } from '../pipeline/pipe.js';
import type { Step } from '../pipeline/types.js';
import { type MatchedSites, matchSites } from '../profiles/match-sites.js';
import type { Article, Issue, TraceEntry } from '../types.js';
import { buildArticle } from './build-article.js';
import { isSocialPost } from '../cleaners/read-social-post.js';
import { utf8Length } from '../text/utf8-length.js';

/**
 * A page cleaned into an article.
 *
 * @example
 * const result = extractArticle(html);
 * if (result.ok) console.log(result.article.title, result.issues.map((issue) => issue.code));
 * // '港警拘捕多人' []
 */
export interface ArticleResult {
  readonly ok: true;
  readonly article: Article;
  /** Content problems: no date found, a fallback used, characters replaced … */
  readonly issues: readonly Issue[];
}

/**
 * A page that yielded no article, and why.
 *
 * @example
 * extractArticle('<p>新闻正文很短。</p>')
 * // { ok: false, article: null,
 * //   error: { code: 'E_NOT_ARTICLE', message: 'only 7 characters of text besides web addresses (options.minChars is 20)' },
 * //   issues: [{ code: 'no-title', message: 'no title found' }, { code: 'no-date', message: 'no publication date found in the dateline, page metadata or URL' }] }
 */
export interface FailedResult {
  readonly ok: false;
  readonly article: null;
  readonly error: ResultError;
  readonly issues: readonly Issue[];
  /** With `explain: true`: what the steps did before the page was judged. */
  readonly trace?: readonly TraceEntry[];
}

/**
 * What extracting one page gives: an article, or a typed failure. Never an exception for content.
 *
 * @example
 * const result: ExtractResult = extractor.extract(page);
 * if (result.ok) save(result.article);
 * else log(result.error.code, result.error.message);
 */
export type ExtractResult = ArticleResult | FailedResult;

/**
 * Per-page settings for {@link Extractor.extract}.
 *
 * @example
 * // A crawl record: the URL is known, and one page is worth a trace.
 * extractor.extract(record.body, { url: 'https://www.ntdtv.com/gb/2019/06/19/a102604230.html', explain: true });
 */
export interface PageOptions {
  /** The page's URL, when known. @default the extractor's `url` option */
  readonly url?: string | null;
  /** Record a trace for this page. @default the extractor's `explain` option */
  readonly explain?: boolean;
}

/**
 * An extractor built once by {@link createExtractor}.
 *
 * @example
 * const extractor: Extractor = createExtractor({ sites: [...BUILTIN_SITES, mySite] });
 * const articles = pages.map((page) => extractor.extract(page)).filter((result) => result.ok);
 * const { title } = extractor.extractOrThrow(html); // QingxiError when the page yields no article
 */
export interface Extractor {
  /** The options it was built with, defaults filled in. */
  readonly options: ResolvedOptions;
  /**
   * Clean one page.
   *
   * @param input - HTML or Markdown-mirror text, or bytes in UTF-8, GBK/GB18030, Big5 or UTF-16.
   * @param page - Per-page settings.
   * @returns The article, or a typed failure; content problems never throw.
   */
  extract(input: string | Uint8Array, page?: PageOptions): ExtractResult;
  /**
   * Clean one page, throwing {@link QingxiError} when it yields no article.
   *
   * @param input - As for {@link Extractor.extract}.
   * @param page - Per-page settings.
   * @returns The article.
   */
  extractOrThrow(input: string | Uint8Array, page?: PageOptions): Article;
}

/**
 * Build an extractor: options are checked and site pipelines compiled once,
 * so a batch pays for them once.
 *
 * @param options - Sites, rules, steps and limits.
 * @returns The extractor.
 * @throws TypeError for bad options, unknown step names in rules or profiles, or steps out of stage order.
 * @example
 * const extractor = createExtractor({ sites: [...BUILTIN_SITES, mySite], rules: [dropPromo] });
 * for (const page of pages) {
 *   const result = extractor.extract(page);
 *   if (result.ok) save(result.article);
 * }
 */
export function createExtractor(options: Options = {}): Extractor {
  const resolved = resolveOptions(options);
  const base = placeRules(resolved.steps, resolved.rules, 'options.rules');
  // Pipelines by mirror id, then by outlet id (`''`: none). Two levels keyed by the profiles' own
  // id strings: one key made per page (`mirror|outlet`) was a new string to hash on every call.
  const pipelines = new Map<string, Map<string, readonly Step[]>>();
  const stepsFor = (sites: MatchedSites): readonly Step[] => {
    const mirrorId = sites.mirror?.id ?? '';
    const outletId = sites.outlet?.id ?? '';
    let byOutlet = pipelines.get(mirrorId);
    if (byOutlet === undefined) pipelines.set(mirrorId, (byOutlet = new Map()));
    let steps = byOutlet.get(outletId);
    if (steps === undefined) {
      let list = base;
      if (sites.mirror !== null) list = applySite(list, sites.mirror);
      if (sites.outlet !== null) list = applySite(list, sites.outlet);
      steps = pipe(...list).steps;
      byOutlet.set(outletId, steps);
    }
    return steps;
  };
  // Compile every profile now, so that a bad profile fails here and not on some later page.
  stepsFor({ mirror: null, outlet: null });
  for (const site of resolved.sites) stepsFor(site.kind === 'mirror' ? { mirror: site, outlet: null } : { mirror: null, outlet: site });

  const extract = (input: string | Uint8Array, page: PageOptions = {}): ExtractResult => {
    if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
      const wrap = (input as unknown) instanceof ArrayBuffer ? '; wrap it as new Uint8Array(buffer)' : '';
      throw new TypeError(`qingxi: extract() takes a string or a Uint8Array, got ${describeValue(input)}${wrap}.`);
    }
    checkPage(page);
    const explain = page.explain ?? resolved.explain;
    const url = page.url ?? resolved.url;
    if (isTooLarge(input, resolved.maxBytes)) {
      const size = typeof input === 'string' ? `${utf8Length(input)} bytes as UTF-8` : `${input.length} bytes`;
      return fail('E_TOO_LARGE', `input is ${size}, over the options.maxBytes limit of ${resolved.maxBytes}`, []);
    }
    if (typeof input !== 'string' && looksBinary(input)) return fail('E_DECODE', 'input is binary data, not a text page', []);
    const decoded = decodeInput(input, resolved.encoding ?? undefined);
    const issues = [...decoded.issues];
    if (decoded.text.trim() === '') return fail('E_NOT_ARTICLE', 'input is empty', issues);
    const family = detectFamily(decoded.text);
    const urls = [...(url === null ? [] : [url]), ...probeUrls(decoded.text)];
    const sites = withForced(matchSites(resolved.sites, decoded.text, urls, family), resolved.site);
    let ctx = new RunContext({ family, explain, inputUrl: url });
    try {
      const steps = stepsFor(sites);
      const { blocks } = runPipeline(decoded.text, steps, ctx);
      const article = buildArticle(ctx, blocks, sites, resolved, decoded.text);
      const reason = notArticleReason(article, resolved.minChars);
      if (reason !== null && article.body.length === 0 && family === 'html-page') {
        // The safety net: a chrome rule may have taken the article's own container (新頭殼's body is
        // div.fontsize). Run again without the markup-chrome steps; a headline over a run of prose is an article.
        ctx = new RunContext({ family, explain, inputUrl: url });
        const retry = buildArticle(ctx, runPipeline(decoded.text, steps.filter((step) => !SAFETY_NET_SKIPS.has(step.name)), ctx).blocks, sites, resolved, decoded.text);
        if (isProseArticle(retry)) {
          issues.push(...ctx.issues, { code: 'chrome-kept', message: `a markup-chrome step (${[...SAFETY_NET_SKIPS].join(', ')}) removed the whole article; the page was cleaned again without them` });
          return { ok: true, article: retry, issues };
        }
      }
      issues.push(...ctx.issues);
      if (reason !== null) return fail('E_NOT_ARTICLE', reason, issues, explain ? article.trace : undefined);
      return { ok: true, article, issues };
    } catch (error) {
      if (error instanceof TypeError && error.message.startsWith('qingxi:')) throw error;
      const message = error instanceof Error ? error.message : String(error);
      return fail('E_INTERNAL', `a step failed on this page: ${message}`, [...issues, ...ctx.issues]);
    }
  };

  return Object.freeze({
    options: resolved,
    extract,
    extractOrThrow(input: string | Uint8Array, page?: PageOptions): Article {
      const result = extract(input, page);
      if (result.ok) return result.article;
      throw new QingxiError(result.error, result.issues);
    },
  });
}

const PAGE_FIELDS = ['url', 'explain'];

/** Per-page settings are checked on every call, as the extractor's own options were once. */
function checkPage(page: PageOptions): void {
  if (page === null || typeof page !== 'object' || Array.isArray(page)) {
    throw new TypeError(`qingxi: extract()'s second argument must be per-page settings such as { url, explain }, got ${describeValue(page)}.`);
  }
  for (const key of Object.keys(page)) {
    if (PAGE_FIELDS.includes(key)) continue;
    throw new TypeError(`qingxi: extract() has no page setting "${key}"${didYouMean(key, PAGE_FIELDS)}; it takes url and explain per page, and every other option goes to createExtractor().`);
  }
  if (page.url !== undefined) checkUrl(page.url, 'the page setting url');
  if (page.explain !== undefined && typeof page.explain !== 'boolean') {
    throw new TypeError(`qingxi: the page setting explain must be true or false, got ${describeValue(page.explain)}.`);
  }
}

/**
 * A forced site takes the place of its kind only: forcing an outlet's profile
 * on a bannedbook page keeps the bannedbook mirror profile that unwraps the page.
 */
function withForced(matched: MatchedSites, site: ResolvedOptions['site']): MatchedSites {
  if (site === null) return matched;
  return site.kind === 'mirror' ? { mirror: site, outlet: matched.outlet } : { mirror: matched.mirror, outlet: site };
}

function fail(code: ResultError['code'], message: string, issues: readonly Issue[], trace?: readonly TraceEntry[]): FailedResult {
  const error = { code, message };
  return trace === undefined ? { ok: false, article: null, error, issues } : { ok: false, article: null, error, issues, trace };
}

/** The steps that remove page chrome by its markup after the body was chosen: left out when they emptied the article. */
const SAFETY_NET_SKIPS: ReadonlySet<string> = new Set(['removeBoilerplate', 'removeRelated']);
/** A run of prose: this many paragraphs of at least `PROSE_PARAGRAPH` characters ending a sentence. */
const PROSE_PARAGRAPHS = 3;
const PROSE_PARAGRAPH = 40;
const SENTENCE = /[。！？][”」』]?$/u;

/** A headline over a run of Chinese prose paragraphs: an article, whatever a chrome rule made of its container. */
function isProseArticle(article: Article): boolean {
  if (article.title === '') return false;
  let run = 0;
  for (const block of article.body) {
    run = block.kind === 'paragraph' && block.text.length >= PROSE_PARAGRAPH && SENTENCE.test(block.text) ? run + 1 : 0;
    if (run >= PROSE_PARAGRAPHS) return true;
  }
  return false;
}

/** A page with a video player (not an embedded post) and less text than this (in characters) is a video page, not an article. */
const VIDEO_PAGE_CHARS = 120;
/** Bodies up to this length are measured without their web addresses. */
const SHORT_BODY = 2000;
/** A bare web address is not text anyone reads: a body of nothing but URLs is no article. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s\u3001-\u303f\uff00-\uffef]+/gu;

/** A page with no body, or too little, is not an article (link lists, indexes, empty pages). */
function notArticleReason(article: Article, minChars: number): string | null {
  if (article.body.length === 0) return 'no article text: the page is a link list, an index or empty';
  // Only a short body can be all addresses; a long one is not searched for them.
  const text = article.text.length > SHORT_BODY ? article.text : article.text.replace(BARE_URL, '');
  const chars = visibleChars(text, Math.max(minChars, VIDEO_PAGE_CHARS));
  if (chars < minChars) return `only ${chars} character${chars === 1 ? '' : 's'} of text besides web addresses (options.minChars is ${minChars})`;
  if (minChars > 0 && chars < VIDEO_PAGE_CHARS && article.media.some((m) => m.kind !== 'audio' && !isSocialPost(m))) {
    return `a video page: a player and only ${chars} characters of text`;
  }
  return null;
}

/** Non-whitespace characters, counted up to `enough`. */
function visibleChars(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && !(c >= 0xdc00 && c <= 0xdfff)) n++;
  }
  return n;
}

/** Many control bytes in the first 4 KiB: not a text page. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  // UTF-16 text has a NUL in every other byte; its BOM says so.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && control / n > 0.1;
}

/** Whether an input is over the byte limit; a string is measured as UTF-8 only when its length leaves doubt. */
function isTooLarge(input: string | Uint8Array, maxBytes: number): boolean {
  if (input.length > maxBytes) return true;
  return typeof input === 'string' && input.length * 3 > maxBytes && utf8Length(input) > maxBytes;
}
