/**
 * Numbers as Chinese pages print them: ASCII or full-width digits, and
 * Chinese numerals either digit by digit (二〇二二) or positional (三十一).
 */

const DIGIT: Record<string, number> = {
  〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Read an integer written in ASCII digits, full-width digits or Chinese numerals.
 *
 * @param text - E.g. `'2022'`, `'２０２２'`, `'二〇二二'`, `'三十'`, `'廿一'`.
 * @returns The value, or `null` when the text is not a number this reads.
 * @example
 * parseNumber('十二') // 12
 */
export function parseNumber(text: string): number | null {
  if (text === '') return null;
  return parseDigits(text) ?? parseChineseNumber(text);
}

/**
 * The value of a text that is only ASCII or full-width digits, else `null`. Summed unit by unit:
 * every printed date's year, month and day comes here, and building a digit string to hand to
 * `parseInt` cost a string per digit.
 */
function parseDigits(text: string): number | null {
  // Summing is exact below 2^53; a longer run of digits is read as one string, rounded as `parseInt` does.
  if (text.length > MAX_EXACT_DIGITS) return parseLongDigits(text);
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) value = value * 10 + (c - 0x30);
    else if (c >= 0xff10 && c <= 0xff19) value = value * 10 + (c - 0xff10);
    else return null;
  }
  return value;
}

/** Digits summed one by one stay exact up to this many. */
const MAX_EXACT_DIGITS = 15;

function parseLongDigits(text: string): number | null {
  let ascii = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) ascii += text[i]!;
    else if (c >= 0xff10 && c <= 0xff19) ascii += String.fromCharCode(c - 0xff10 + 0x30);
    else return null;
  }
  return Number.parseInt(ascii, 10);
}

function parseChineseNumber(text: string): number | null {
  if (/[十廿卅]/u.test(text)) return parsePositional(text);
  let value = 0;
  for (const ch of text) {
    const digit = DIGIT[ch];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** `十` 10, `十二` 12, `二十` 20, `三十一` 31, `廿一` 21, `卅` 30; values up to 99. */
function parsePositional(text: string): number | null {
  const chars = Array.from(text);
  const tensChar = chars.findIndex((ch) => ch === '十' || ch === '廿' || ch === '卅');
  if (tensChar < 0 || tensChar > 1 || chars.length > 3) return null;
  let tens = 1;
  const marker = chars[tensChar]!;
  if (marker === '廿') tens = 2;
  else if (marker === '卅') tens = 3;
  if (tensChar === 1) {
    if (marker !== '十') return null;
    const lead = DIGIT[chars[0]!];
    if (lead === undefined || lead === 0) return null;
    tens = lead;
  }
  const rest = chars.slice(tensChar + 1);
  if (rest.length === 0) return tens * 10;
  if (rest.length > 1) return null;
  const unit = DIGIT[rest[0]!];
  return unit === undefined || unit === 0 ? null : tens * 10 + unit;
}
