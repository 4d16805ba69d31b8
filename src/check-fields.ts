/**
 * What the checks of options, specs and arguments say about a value they
 * refuse: its kind, the field a misspelt name was meant to be.
 */
import { didYouMean } from './text/nearest-name.js';

/**
 * A value as an error message shows it: short, with its kind.
 *
 * @param value - Anything a caller passed.
 * @returns E.g. `5 (a number)`, `"yes" (a string)`, `an array`, `an object with keys ok, article`.
 * @example
 * describeValue('yes') // '"yes" (a string)'
 * describeValue(new Uint8Array(4)) // 'a Uint8Array'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} (a string)`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${String(value)} (a ${typeof value})`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return 'an array';
  const name = (value as object).constructor?.name;
  if (name !== undefined && name !== '' && name !== 'Object') return `${/^[AEIO]/u.test(name) ? 'an' : 'a'} ${name}`;
  const keys = Object.keys(value as object);
  return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`;
}

/**
 * Refuse fields a spec does not know, naming the one a misspelling was meant to be.
 *
 * @param spec - The caller's object.
 * @param known - The field names it may have.
 * @param where - What the spec is, for the message (`options`, `defineSite("x")`).
 * @throws TypeError naming the first unknown field, the nearest known one, and the known ones.
 * @example
 * checkFields({ bdy: 'div' }, ['id', 'name', 'body'], 'defineSite("x")')
 * // TypeError: qingxi: defineSite("x") has an unknown field "bdy" (did you mean "body"?); known fields are id, name, body.
 */
export function checkFields(spec: object, known: readonly string[], where: string): void {
  for (const key of Object.keys(spec)) {
    if (known.includes(key)) continue;
    throw new TypeError(`qingxi: ${where} has an unknown field "${key}"${didYouMean(key, known)}; known fields are ${known.join(', ')}.`);
  }
}

/**
 * Check a page URL given as an option: a string, or null for none.
 *
 * @param url - What the caller passed.
 * @param where - The option's name, for the message.
 * @returns The URL.
 * @throws TypeError naming the bad value; a URL object is pointed to its `href`.
 */
export function checkUrl(url: unknown, where: string): string | null {
  if (url === null || typeof url === 'string') return url;
  const href = url instanceof URL ? ' (pass url.href for a URL object)' : '';
  throw new TypeError(`qingxi: ${where} must be the page's URL as a string, or null, got ${describeValue(url)}${href}.`);
}
