/**
 * Cut a run of given characters off the end of a text, in linear time.
 *
 * Why: `text.replace(/[…]+$/u, '')` tries the run at every position it
 * starts from, so a long run of those characters that does not reach the end
 * costs quadratic time (`regexp/no-super-linear-move`); walking back from the
 * end touches each character once.
 *
 * @param text - Any text.
 * @param chars - A pattern matching one character that may be cut.
 * @returns The text without the run of such characters at its end.
 * @example
 * trimTrailing('（记者王明报导）# ', /[)）#\s]/u); // '（记者王明报导'
 */
export function trimTrailing(text: string, chars: RegExp): string {
  let end = text.length;
  while (end > 0) {
    // A surrogate pair is one character: test both halves together.
    const low = text.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end > 1 ? 2 : 1;
    if (!chars.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return end === text.length ? text : text.slice(0, end);
}
