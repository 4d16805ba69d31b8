/**
 * One-call extraction.
 */
import type { Options } from '../options.js';
import type { Article } from '../types.js';
import { type ExtractResult, type Extractor, createExtractor } from './create-extractor.js';

let shared: Extractor | null = null;

/**
 * Clean one scraped page into an article.
 *
 * With no options the built-in extractor is reused; with options a new one is
 * built for this call, so for batches build one with {@link createExtractor}.
 *
 * @param input - HTML or Markdown-mirror text, or bytes (UTF-8, GBK/GB18030, Big5, UTF-16).
 * @param options - Sites, rules, explain mode, limits.
 * @returns `{ ok: true, article, issues }`, or `{ ok: false, error, issues }` for a page that is not an article.
 * @throws TypeError for bad options only; never for page content.
 * @example
 * const result = extractArticle(html);
 * if (result.ok) console.log(result.article.title, result.article.published, result.article.authors);
 */
export function extractArticle(input: string | Uint8Array, options?: Options): ExtractResult {
  if (options === undefined) return (shared ??= createExtractor()).extract(input);
  return createExtractor(options).extract(input);
}

/**
 * Clean one scraped page, throwing when it yields no article.
 *
 * @param input - As for {@link extractArticle}.
 * @param options - As for {@link extractArticle}.
 * @returns The article.
 * @throws QingxiError with `code` `E_NOT_ARTICLE`, `E_TOO_LARGE`, `E_DECODE` or `E_INTERNAL`.
 * @example
 * const { title, text } = extractArticleOrThrow(html);
 */
export function extractArticleOrThrow(input: string | Uint8Array, options?: Options): Article {
  if (options === undefined) return (shared ??= createExtractor()).extractOrThrow(input);
  return createExtractor(options).extractOrThrow(input);
}
