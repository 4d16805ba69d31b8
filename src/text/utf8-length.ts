/**
 * The size of a string once encoded as UTF-8, without encoding it.
 *
 * Why: `maxBytes` means bytes for a string input too; a Han character is one
 * UTF-16 unit but three bytes, so `string.length` would let a page three times
 * over the limit through. Each half of a surrogate pair counts two, four in
 * all; a lone surrogate counts two (the encoder writes three for its U+FFFD).
 *
 * @param text - Any string.
 * @returns Its UTF-8 byte length.
 * @example
 * utf8Length('新闻 news'); // 11
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    bytes += unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
