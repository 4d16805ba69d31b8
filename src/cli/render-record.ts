/**
 * Rendering one input's outcome, done in the worker that cleaned it so the
 * main thread only writes text.
 */
import type { ExtractResult } from '../extract/create-extractor.js';
import { toHtml } from '../render/to-html.js';
import { toMarkdown } from '../render/to-markdown.js';
import { toText } from '../render/to-text.js';
import type { Format } from './args.js';
import type { Source } from './inputs.js';

/** What a page came to, for counting. */
export interface Summary {
  readonly status: 'article' | 'not-article' | 'error';
  readonly code?: string;
  readonly outlet?: string;
  readonly fields?: readonly string[];
}

/** A rendered outcome: the bytes to write, and what to count. */
export interface Rendered {
  /**
   * The output in the chosen format (errors are always JSON), UTF-8, without
   * a trailing newline. Bytes, so that a worker can hand them to the main
   * thread without a copy and the main thread only writes them.
   */
  readonly bytes: Uint8Array;
  /** Whether `text` is an error object rather than the format's rendering. */
  readonly error: boolean;
  readonly summary: Summary;
}

const FIELDS = ['title', 'published', 'dateline', 'authors', 'editors', 'url', 'images', 'tags', 'media'] as const;

/**
 * Render the outcome of one input.
 *
 * @param source - Where the input came from.
 * @param result - The extraction result.
 * @param format - The output format.
 * @param describe - How to name the input in error messages.
 * @param explain - With `--explain`, JSON outputs also carry the result's `issues`
 *   (date conflicts, fallbacks, replaced characters) beside the article's trace, and the
 *   error line of a page that is not an article carries its issues and trace too.
 * @returns The text and the counts.
 */
export function renderResult(source: Source, result: ExtractResult, format: Format, describe: string, explain = false): Rendered {
  if (!result.ok) {
    const status = result.error.code === 'E_NOT_ARTICLE' ? 'not-article' : 'error';
    const rendered = renderError(source, result.error.code, `${describe}: ${result.error.message}`, status);
    if (!explain) return rendered;
    // An audit needs what was removed from a page judged no article as much as from one that is.
    const line = { source, error: { code: result.error.code, message: `${describe}: ${result.error.message}` }, issues: result.issues, ...(result.trace === undefined ? {} : { trace: result.trace }) };
    return { ...rendered, bytes: encoder.encode(JSON.stringify(line)) };
  }
  const article = result.article;
  const fields = FIELDS.filter((field) => {
    const value = article[field];
    return Array.isArray(value) ? value.length > 0 : value !== null && value !== '';
  });
  const summary: Summary = { status: 'article', outlet: article.outlet?.name ?? '(unknown)', fields };
  let text: string;
  switch (format) {
    case 'jsonl':
      text = JSON.stringify(explain ? { source, ...article, issues: result.issues } : { source, ...article });
      break;
    case 'json':
      text = JSON.stringify(explain ? { source, ...article, issues: result.issues } : { source, ...article }, null, 2);
      break;
    case 'md':
      text = toMarkdown(article).trimEnd();
      break;
    case 'html':
      text = toHtml(article);
      break;
    case 'text':
      text = toText(article);
      break;
  }
  return { bytes: encoder.encode(text), error: false, summary };
}

const encoder = new TextEncoder();

/**
 * Render a failure as `{ source, error: { code, message } }`.
 *
 * @param source - Where the input came from.
 * @param code - The error code.
 * @param message - The message, naming the input.
 * @param status - Whether it is a page that is not an article, or an error.
 * @returns The rendered failure.
 */
export function renderError(source: Source, code: string, message: string, status: 'not-article' | 'error' = 'error'): Rendered {
  return { bytes: encoder.encode(JSON.stringify({ source, error: { code, message } })), error: true, summary: { status, code } };
}

/**
 * The message of an input over the `--max-bytes` limit.
 *
 * @param name - The input, as error messages name it.
 * @param size - Its size in bytes.
 * @param limit - The limit in bytes.
 * @returns The message.
 */
export function tooLarge(name: string, size: number, limit: number): string {
  return `${name}: ${size} bytes, over the --max-bytes limit of ${limit}`;
}
