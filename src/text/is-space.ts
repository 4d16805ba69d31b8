/**
 * Whitespace as `\s` and `String.prototype.trim` read it, without a regex or a copy.
 */

/**
 * Whether a UTF-16 code unit is whitespace as `\s` matches it (ECMAScript
 * WhiteSpace and LineTerminator).
 *
 * @param c - A code unit.
 * @returns `true` for whitespace.
 * @example
 * isSpaceUnit(0x3000) // true (ideographic space)
 * isSpaceUnit('中'.charCodeAt(0)) // false
 */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The index of a text's first character that is not whitespace, or -1: what
 * `text.trim()` would start with, found without copying the text.
 *
 * @param text - Any text.
 * @returns The index, or -1 when the text is empty or all whitespace.
 * @example
 * firstVisibleIndex('\n  相关新闻') // 3
 * firstVisibleIndex(' \u3000') // -1
 */
export function firstVisibleIndex(text: string): number {
  for (let i = 0; i < text.length; i++) if (!isSpaceUnit(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Whether two texts are the same once their whitespace (as `\s` reads it) is taken out, compared
 * in place: `a.replace(/\s+/gu, '') === b.replace(/\s+/gu, '')` without the two copies.
 *
 * @param a - Any text.
 * @param b - Any text.
 * @returns `true` when they differ in whitespace only.
 * @example
 * equalOutsideSpaces('港警 拘捕\n多人', '港警拘捕多人') // true
 * equalOutsideSpaces('港警拘捕', '港警拘捕多人') // false
 */
export function equalOutsideSpaces(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSpaceUnit(a.charCodeAt(i))) i++;
    while (j < b.length && isSpaceUnit(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}
