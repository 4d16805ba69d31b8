/**
 * Looks at single code units that stand in for a regex search: a pattern that
 * needs a certain character near the start of a text is tried only on a text
 * that has it there. A block step meets its patterns once a page, after the
 * parse and the tree steps have pushed them out of the caches, so even a
 * search that fails at once costs far more than a look at a few units.
 */

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
 * Whether one of the units occurs among the first `limit` code units of a text.
 *
 * @param text - Any text.
 * @param units - From {@link unitsOf}.
 * @param limit - How many units from the start to look at.
 * @returns `true` when one is there.
 * @example
 * hasUnitWithin('记者 梁曉晴報道：', unitsOf('报報'), 8) // true
 * hasUnitWithin('今天的天气很好，记者报道', unitsOf('报報'), 8) // false: too far in
 */
export function hasUnitWithin(text: string, units: ReadonlySet<number>, limit: number): boolean {
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) if (units.has(text.charCodeAt(i))) return true;
  return false;
}
