/**
 * Which known place a name or dateline ends with.
 */
import { PLACES } from '../rules/places.js';
import { fileByUnit } from '../text/file-by-unit.js';

/** {@link PLACES} filed by their last code unit, each list in the table's order (longest first). */
const BY_LAST = fileByUnit(PLACES, 'last');

/**
 * The first place of {@link PLACES} (so the longest) that a text ends with,
 * leaving at least `before` characters in front of it: the same answer as
 * `PLACES.find(…)`, looking only at the places that end in the text's last
 * character.
 *
 * @param text - A name or a dateline's tail.
 * @param before - How many characters must stay in front of the place.
 * @returns The place, or `undefined`.
 * @example
 * placeAtEnd('郑崇生华盛顿', 2) // '华盛顿'
 * placeAtEnd('香港', 2) // undefined: nothing would be left of the name
 */
export function placeAtEnd(text: string, before: number): string | undefined {
  if (text === '') return undefined;
  const candidates = BY_LAST.get(text.charCodeAt(text.length - 1));
  if (candidates === undefined) return undefined;
  return candidates.find((name) => text.length - name.length >= before && text.endsWith(name));
}
