/**
 * Word tables filed by the code unit a word starts or ends with, so that the
 * words a text starts (or ends) with are looked for only among those that
 * share its first (or last) unit, not through the whole table.
 */

/**
 * File words by their first or last code unit, each list in the words' order.
 *
 * @param words - The table, in the order a look-up must keep (longest first, for a longest match).
 * @param end - Which end of each word files it.
 * @returns The lists, by code unit.
 * @example
 * const byLast = fileByUnit(['华盛顿', '北京', '东京'], 'last');
 * byLast.get('京'.charCodeAt(0)) // ['北京', '东京']
 * byLast.get('京'.charCodeAt(0))?.find((place) => '记者东京'.endsWith(place)) // '东京'
 */
export function fileByUnit(words: Iterable<string>, end: 'first' | 'last'): ReadonlyMap<number, readonly string[]> {
  const filed = new Map<number, string[]>();
  for (const word of words) {
    const unit = word.charCodeAt(end === 'first' ? 0 : word.length - 1);
    const list = filed.get(unit);
    if (list === undefined) filed.set(unit, [word]);
    else list.push(word);
  }
  return filed;
}
