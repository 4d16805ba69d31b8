/**
 * A tag box: the article's keyword links in a short block of their own.
 */
import type { Element } from 'domhandler';
import { isTag } from 'domhandler';
import { attr, compileSelector } from '../dom/select.js';
import { walk } from '../dom/walk.js';
import { TAG_HREF, TAG_LINK_SELECTOR } from '../rules/links.js';
import type { Stats } from './page-stats.js';

/** Longest tag box, in characters. */
const MAX_TAG_BOX = 200;
const isTagLink = compileSelector(TAG_LINK_SELECTOR, 'TAG_LINK_SELECTOR');

/**
 * Whether an element is a tag box: short, mostly link text, with at least one
 * tag link (by its class, its box's class, or a tag-page target).
 *
 * @param element - The element.
 * @param s - Its measures.
 * @returns Whether it is a tag box.
 * @internal
 */
export function isTagBox(element: Element, s: Stats): boolean {
  if (s.chars === 0 || s.chars > MAX_TAG_BOX || s.linkChars < s.chars / 2) return false;
  let found = false;
  walk(element, (node) => {
    if (found) return false;
    if (!isTag(node) || node.name !== 'a') return undefined;
    found = isTagLink(node) || isTagHref(attr(node, 'href'));
    return false;
  });
  return found;
}

function isTagHref(href: string): boolean {
  if (href === '') return false;
  let decoded = href;
  try {
    decoded = href.includes('%') ? decodeURIComponent(href) : href;
  } catch {
    // A malformed escape: test the href as it is.
  }
  return TAG_HREF.some((re) => re.test(decoded));
}
