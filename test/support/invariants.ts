/**
 * What must hold for any input, however broken: the property test and the
 * fuzz run check these on every generated or mutated page.
 */
import type { ChildNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import { type ExtractResult, decodeInput } from '../../src/index.js';

/** Failures a page may give; anything else (E_INTERNAL above all) is a bug. */
const CONTENT_FAILURES = new Set(['E_NOT_ARTICLE', 'E_DECODE', 'E_TOO_LARGE']);
const SPACE = /[\s\u200b]/gu;
const TAG = /<\/?[a-z][a-z\d]*[\s/>]/iu;

/**
 * The broken invariants of one extraction, empty when all hold.
 *
 * @param input - What was extracted.
 * @param result - What extractArticle gave.
 * @returns One line per broken invariant.
 */
export function brokenInvariants(input: string | Uint8Array, result: ExtractResult): string[] {
  if (!result.ok) return CONTENT_FAILURES.has(result.error.code) ? [] : [`failed with ${result.error.code}: ${result.error.message}`];
  const problems: string[] = [];
  const { article } = result;
  for (const field of ['tags', 'authors', 'editors'] as const) {
    for (const value of article[field]) if (value !== value.trim() || value === '') problems.push(`${field} has ${JSON.stringify(value)}`);
  }
  // The body's text, whitespace aside, is the page's own characters with pieces left out:
  // nothing invented. The reference is the decoded source with its entities read, markup
  // included: a mirror page's frame lines are cut before parsing, so on a damaged page a
  // run of text can be inside a broken tag when the whole page is parsed, and text in qingxi.
  const decoded = decodeInput(input).text;
  const body = article.text.replace(SPACE, '');
  const missing = firstMissing(body, decodeHTML(decoded).replace(SPACE, ''));
  if (missing !== -1) problems.push(`body is not a subsequence of the page's text at ${missing}: …${body.slice(Math.max(0, missing - 20), missing + 20)}…`);
  // And no markup became text: a tag in the body must be text of the page (an escaped &lt;p&gt;).
  const tag = TAG.exec(article.text);
  if (tag !== null && !pageText(decoded).includes(tag[0])) problems.push(`body holds markup: ${tag[0]}`);
  return problems;
}

/**
 * Every text node of the page in order, the content of script-like elements
 * included. Why included: a mirror page's frame lines are cut from the source
 * before it is parsed, so a damaged `<script` or `<title` in a cut line swallows
 * the rest of the page here but not in qingxi.
 */
function pageText(html: string): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [...parseDocument(html).children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isTag(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join('');
}

/** Where `small` stops being a subsequence of `large`, or -1 when it is one. */
function firstMissing(small: string, large: string): number {
  let j = 0;
  for (let i = 0; i < small.length; i++) {
    j = large.indexOf(small[i]!, j);
    if (j === -1) return i;
    j++;
  }
  return -1;
}
