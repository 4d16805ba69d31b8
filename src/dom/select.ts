/**
 * CSS selectors compiled once, with errors that name the bad selector.
 */
import type { AnyNode, Element } from 'domhandler';
import { compile } from 'css-select';

/** A compiled selector: a predicate over elements. */
export type Matcher = (element: Element) => boolean;

/**
 * Compile a CSS selector for htmlparser2's DOM.
 *
 * @param selector - Any selector css-select supports.
 * @param where - Where the selector was written, for the error message (e.g. `'defineRule("x").remove'`).
 * @returns A predicate.
 * @throws TypeError naming the selector and `where` when it does not parse.
 */
export function compileSelector(selector: string, where: string): Matcher {
  if (typeof selector !== 'string' || selector.trim() === '') {
    throw new TypeError(`qingxi: ${where} needs a CSS selector string, got ${JSON.stringify(selector)}.`);
  }
  try {
    const query = compile<AnyNode, Element>(selector);
    return (element) => query(element);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new TypeError(`qingxi: ${where} has an invalid CSS selector ${JSON.stringify(selector)} (${why}); fix the selector.`);
  }
}

/**
 * The value of an attribute, or `''` when absent.
 *
 * @param element - The element.
 * @param name - Lower-case attribute name.
 * @returns The value.
 */
export function attr(element: Element, name: string): string {
  return Object.hasOwn(element.attribs, name) ? (element.attribs[name] ?? '') : '';
}

/**
 * Whether an attribute record holds any key: a cheap first test, since most
 * elements carry none (117k of the corpus's 196k). Inherited enumerable keys
 * count too, which only sends the caller on to its full look-up.
 *
 * @param attribs - An element's `attribs`.
 * @returns `false` when the element has no attribute.
 */
export function hasAttributes(attribs: Record<string, string>): boolean {
  for (const _ in attribs) return true;
  return false;
}

/**
 * Whether an element's class list holds a class.
 *
 * @param element - The element.
 * @param name - One class name.
 * @returns `true` when present.
 */
export function hasClass(element: Element, name: string): boolean {
  const value = attr(element, 'class');
  if (value === '') return false;
  return value.split(/\s+/u).includes(name);
}
