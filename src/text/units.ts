/**
 * Looks at single code units that stand in for a regex search: a pattern that
 * needs a certain character near the start of a text is tried only on a text
 * that has it there. A block step meets its patterns once a page, after the
 * parse and the tree steps have pushed them out of the caches, so even a
 * search that fails at once costs far more than a look at a few units.
 */

/**
 * Whether a code unit is a common Han ideograph (U+4E00–U+9FFF), an ASCII letter or a digit: a
 * letter or digit to `\p{L}\p{N}` that most text of these pages is made of, told without a pattern.
 *
 * @param c - A UTF-16 code unit (`NaN` past a string's end is none).
 * @returns Whether it is one.
 * @example
 * isPlainWordUnit('中'.charCodeAt(0)) // true
 * isPlainWordUnit('，'.charCodeAt(0)) // false
 */
export function isPlainWordUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/**
 * The code units of a string of characters, as a set.
 *
 * @param chars - Characters of the Basic Multilingual Plane, each one unit.
 * @returns Their code units.
 * @example
 * unitsOf('记記').has('记'.charCodeAt(0)) // true
 */
export function unitsOf(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

/**
 * Code units to look for one at a time, with a one-word filter before the set: bit `n` of `mask` is
 * set when one of the units has `n` as its low five bits. A unit whose bit is clear is none of them
 * without the set's look-up (a hash and a call each), and against a few characters that is most
 * units of a Han text.
 */
export interface UnitScreen {
  readonly mask: number;
  readonly units: ReadonlySet<number>;
}

/**
 * The screen of a string of characters.
 *
 * @param chars - Characters of the Basic Multilingual Plane, each one unit.
 * @returns Their code units and filter.
 * @example
 * isAmong('報'.charCodeAt(0), screenOf('报報')) // true
 */
export function screenOf(chars: string): UnitScreen {
  const units = unitsOf(chars);
  let mask = 0;
  for (const unit of units) mask |= 1 << (unit & 31);
  return { mask, units };
}

/**
 * Whether a code unit is one of the screen's.
 *
 * @param unit - A code unit (`NaN` past the end of a text is none).
 * @param screen - From {@link screenOf}.
 * @returns `true` when it is.
 * @example
 * isAmong('李'.charCodeAt(0), screenOf('报報')) // false
 */
export function isAmong(unit: number, screen: UnitScreen): boolean {
  return ((screen.mask >>> (unit & 31)) & 1) === 1 && screen.units.has(unit);
}

/**
 * Whether one of the units occurs among the first `limit` code units of a text.
 *
 * @param text - Any text.
 * @param screen - From {@link screenOf}.
 * @param limit - How many units from the start to look at.
 * @returns `true` when one is there.
 * @example
 * hasUnitWithin('记者 梁曉晴報道：', screenOf('报報'), 8) // true
 * hasUnitWithin('今天的天气很好，记者报道', screenOf('报報'), 8) // false: too far in
 */
export function hasUnitWithin(text: string, screen: UnitScreen, limit: number): boolean {
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) if (isAmong(text.charCodeAt(i), screen)) return true;
  return false;
}
