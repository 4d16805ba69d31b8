/**
 * The two error channels: typed failure results for content, and an error
 * class for the throwing variant.
 */
import type { Issue } from './types.js';

/**
 * Why a page yielded no article.
 *
 * @example
 * const result = extractArticle(page);
 * if (!result.ok) {
 *   switch (result.error.code) {
 *     case 'E_NOT_ARTICLE': skipped++; break; // a link list, an index, an empty page
 *     case 'E_TOO_LARGE':
 *     case 'E_DECODE': rejected.push(path); break;
 *     case 'E_INTERNAL': reportBug(path, result.error.message); break;
 *   }
 * }
 */
export type ErrorCode =
  /** The page is not an article: a link list, an index, an empty or near-empty page. */
  | 'E_NOT_ARTICLE'
  /** The input is larger than `maxBytes`. */
  | 'E_TOO_LARGE'
  /** The input is not text (binary data). */
  | 'E_DECODE'
  /** A step failed on this page: a bug, reported instead of thrown. */
  | 'E_INTERNAL';

/**
 * A failure, as data.
 *
 * @example
 * extractArticle(html, { maxBytes: 512 }).error
 * // { code: 'E_TOO_LARGE', message: 'input is 619 bytes as UTF-8, over the options.maxBytes limit of 512' }
 * extractArticle('<p>新闻正文很短。</p>').error
 * // { code: 'E_NOT_ARTICLE', message: 'only 7 characters of text besides web addresses (options.minChars is 20)' }
 */
export interface ResultError {
  readonly code: ErrorCode;
  readonly message: string;
}

/**
 * Thrown by `extractArticleOrThrow` when a page yields no article.
 *
 * @example
 * try { extractArticleOrThrow(page) } catch (e) { if (e instanceof QingxiError && e.code === 'E_NOT_ARTICLE') skip() }
 */
export class QingxiError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];

  constructor(error: ResultError, issues: readonly Issue[] = []) {
    super(error.message);
    this.name = 'QingxiError';
    this.code = error.code;
    this.issues = issues;
  }
}
