/**
 * Character classes for Chinese, Japanese and Korean text, by code point.
 *
 * Text is measured in characters, never in space-separated words: a 300-character
 * Chinese paragraph is one "word" to an English-tuned extractor.
 */

/** Han ideographs, including extensions and 〇. */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3007
  );
}

/**
 * Characters that are set without spaces around them in CJK text: Han, kana,
 * Hangul, bopomofo, CJK punctuation and full-width forms.
 */
export function isCjk(cp: number): boolean {
  return (
    isHan(cp) ||
    (cp >= 0x3000 && cp <= 0x30ff) ||
    (cp >= 0x3100 && cp <= 0x312f) ||
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0xac00 && cp <= 0xd7af)
  );
}

/** Punctuation shared by Chinese and Latin text: curly quotes, dashes, ellipsis, middle dots. */
const NEUTRAL = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2014, 0x2013, 0x00b7, 0x2022, 0x2027]);

/** Whether `cp` is punctuation used in both Chinese and Latin text. */
export function isNeutralPunctuation(cp: number): boolean {
  return NEUTRAL.has(cp);
}

/** ASCII letters and digits, and Latin letters with diacritics. */
export function isLatinAlnum(cp: number): boolean {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7)
  );
}

/** Chinese sentence and clause punctuation, counted for punctuation density. */
export const CJK_PUNCTUATION = new Set(Array.from('，、。；：？！“”‘’（）《》「」『』…—'));

/** Sentence-final punctuation, Chinese and Latin. */
export const SENTENCE_END = new Set(Array.from('。！？!?…；;」』”’）)'));

/**
 * Count Han characters in a string.
 *
 * @param text - Any text.
 * @returns The number of Han code points.
 */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
    else if (c >= 0xd840 && c <= 0xd87f) {
      // High surrogate of planes 2–3 (extension B onwards): one Han character.
      n++;
      i++;
    } else if (c >= 0xf900 && c <= 0xfaff) n++;
  }
  return n;
}

/**
 * Length in code points, not UTF-16 units, so extension-B characters count once.
 *
 * @param text - Any text.
 * @returns The number of code points.
 */
export function charLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    n++;
  }
  return n;
}
