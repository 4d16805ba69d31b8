/**
 * Cut a run of given characters off the end of a text, in linear time.
 *
 * Why: `text.replace(/[…]+$/u, '')` tries the run at every position it
 * starts from, so a long run of those characters that does not reach the end
 * costs quadratic time (`regexp/no-super-linear-move`); walking back from the
 * end touches each character once.
 *
 * @param text - Any text.
 * @param chars - A pattern matching one character that may be cut; keep it in a constant, its answers are remembered.
 * @returns The text without the run of such characters at its end.
 * @example
 * trimTrailing('（记者王明报导）# ', /[)）#\s]/u); // '（记者王明报导'
 */
export function trimTrailing(text: string, chars: RegExp): string {
  const known = answersOf(chars);
  let end = text.length;
  while (end > 0) {
    // A surrogate pair is one character: test both halves together.
    const low = text.charCodeAt(end - 1);
    if (low >= 0xdc00 && low <= 0xdfff && end > 1) {
      if (!chars.test(text.slice(end - 2, end))) break;
      end -= 2;
      continue;
    }
    // One code unit: the pattern's answer for it is asked once and remembered.
    let cut = known.get(low);
    if (cut === undefined) known.set(low, (cut = chars.test(text[end - 1]!)));
    if (!cut) break;
    end -= 1;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** Each pattern's answers by code unit, kept beside the caller's (never changed) pattern. */
const ANSWERS = new WeakMap<RegExp, Map<number, boolean>>();

function answersOf(chars: RegExp): Map<number, boolean> {
  // A global or sticky pattern answers by its lastIndex: it is asked every time.
  if (chars.global || chars.sticky) return new Map();
  let known = ANSWERS.get(chars);
  if (known === undefined) ANSWERS.set(chars, (known = new Map()));
  return known;
}
