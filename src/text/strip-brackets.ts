/**
 * Quote marks and title brackets around a whole keyword.
 */

/** Each opening quote mark or bracket, with the mark that closes it. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['「', '」'],
  ['『', '』'],
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ['〝', '〞'],
  ['《', '》'],
  ['〈', '〉'],
  ['【', '】'],
  ['〖', '〗'],
]);

/**
 * The text inside a pair of quote marks or brackets that wraps all of it:
 * `「监军」` is the keyword 监军. A pair that wraps only part (`《九评》编辑部`), or
 * two pairs (`《推背图》与《马前课》`), is kept.
 *
 * @param text - Collapsed text.
 * @returns The text without the wrapping pair, or the text as it was.
 * @example
 * stripPairedBrackets('「监军」') // '监军'
 * stripPairedBrackets('“四·二六社论”') // '四·二六社论'
 * stripPairedBrackets('《九评》编辑部') // '《九评》编辑部'
 */
export function stripPairedBrackets(text: string): string {
  const close = PAIRS.get(text.charAt(0));
  if (close === undefined || text.length < 3 || !text.endsWith(close)) return text;
  const inner = text.slice(1, -1);
  if (inner.includes(text.charAt(0)) || inner.includes(close)) return text;
  const trimmed = inner.trim();
  return trimmed === '' ? text : trimmed;
}
