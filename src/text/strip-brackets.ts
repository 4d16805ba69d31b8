/**
 * Quote marks and title brackets around a whole keyword.
 */
import { isPlainWordUnit } from './units.js';

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

/** Each closing quote mark or bracket, with the mark that opens it. */
const OPENERS: ReadonlyMap<string, string> = new Map([...PAIRS].filter(([open, close]) => open !== close).map(([open, close]) => [close, open]));
/** Clause punctuation at either end of a keyword: the sentence's, caught inside the link. */
const EDGE_PUNCTUATION = new Set('，、；：！？。,;:!?');
/** Any quote mark or bracket: most keywords hold none, and skip the mark-by-mark copy. */
const ANY_MARK = new RegExp(`[${[...new Set([...PAIRS].flat())].join('')}]`, 'u');

/**
 * A keyword without the sentence's marks that its link caught: a quote mark or
 * bracket whose partner is not in the keyword (`弘扬传统文化”征文`, `文化古今】`),
 * and clause punctuation at either end (`假大空，`). Pairs the keyword holds
 * whole (`“零上访”黑幕`) are kept.
 *
 * @param text - Collapsed text.
 * @returns The text without the stray marks.
 * @example
 * dropStrayMarks('文化古今】') // '文化古今'
 * dropStrayMarks('弘扬传统文化”征文') // '弘扬传统文化征文'
 * dropStrayMarks('“零上访”黑幕') // '“零上访”黑幕'
 */
export function dropStrayMarks(text: string): string {
  const out = ANY_MARK.test(text) ? withoutUnpairedMarks(text) : text;
  let start = 0;
  let end = out.length;
  while (start < end && EDGE_PUNCTUATION.has(out.charAt(start))) start++;
  while (end > start && EDGE_PUNCTUATION.has(out.charAt(end - 1))) end--;
  return out.slice(start, end).trim();
}

/**
 * A link's text as a keyword: {@link dropStrayMarks}, then {@link stripPairedBrackets}. A keyword
 * of Han characters, letters and digits alone (中共, 欧盟, G7: most of the 19,000 a corpus pass)
 * holds nothing either would take, and is returned as it is, without their pattern and look-ups.
 *
 * @param text - Collapsed text.
 * @returns The keyword.
 * @example
 * keywordOf('「监军」') // '监军'
 * keywordOf('假大空，') // '假大空'
 * keywordOf('中共') // '中共'
 */
export function keywordOf(text: string): string {
  return isPlainWord(text) ? text : stripPairedBrackets(dropStrayMarks(text));
}

/** Whether every unit of a text is a common Han character, an ASCII letter or a digit: no mark, punctuation or space. */
function isPlainWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isPlainWordUnit(text.charCodeAt(i))) return false;
  return true;
}

/** The text without each quote mark or bracket whose partner it does not hold. */
function withoutUnpairedMarks(text: string): string {
  let out = '';
  for (const char of text) {
    const close = PAIRS.get(char);
    const open = OPENERS.get(char);
    if (close !== undefined && close !== char && !text.includes(close)) continue;
    if (open !== undefined && !text.includes(open)) continue;
    out += char;
  }
  return out;
}
