/**
 * The two error channels: typed failure results for content, and an error
 * class for the throwing variant.
 */
import type { Issue } from './types.js';

/** Why a page yielded no article. */
export type ErrorCode =
  /** The page is not an article: a link list, an index, an empty or near-empty page. */
  | 'E_NOT_ARTICLE'
  /** The input is larger than `maxBytes`. */
  | 'E_TOO_LARGE'
  /** The input is not text (binary data). */
  | 'E_DECODE'
  /** A step failed on this page: a bug, reported instead of thrown. */
  | 'E_INTERNAL';

/** A failure, as data. */
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
