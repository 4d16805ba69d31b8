/**
 * The people a page's metadata credits: `<meta name="author">`,
 * `<meta name="byline">`, a JSON-LD `author`.
 */
import { isDeskName } from '../rules/desks.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import { parseCredits } from './parse-credits.js';

/** Longest name kept from a metadata list. */
const MAX_NAME = 40;

/** A CMS login name: all lower case, no space. */
const LOGIN_NAME = /^[a-z0-9_.-]+$/u;

/**
 * The names of a metadata author value, desks (`CDT编辑`, `编辑部`) left out.
 * Role words are read as in a byline (`记者 李言` → `李言`); a plain list is
 * split on `、,，/;` and ` and `, and an English `By ` is dropped.
 *
 * @param value - The value as the page gives it, or `undefined`.
 * @returns The names, in order.
 * @internal
 */
export function metaAuthorNames(value: string | undefined): string[] {
  if (value === undefined) return [];
  const credits = parseCredits(value);
  const names = credits.authors.length > 0
    ? credits.authors
    : // Collapsed first, so that the separator needs no unbounded whitespace run.
      collapseWhitespace(value)
        .replace(/^by /iu, '')
        .split(/[、,，/／;；]| and /u)
        .map((name) => name.trim())
        .filter((name) => name !== '' && name.length <= MAX_NAME);
  // A CMS login (WordPress: kwongwah) is no one's name: all lower case, no space.
  return names.filter((name) => !isDeskName(name) && !LOGIN_NAME.test(name));
}
