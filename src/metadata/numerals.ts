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
  let ascii = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) ascii += ch;
    else if (c >= 0xff10 && c <= 0xff19) ascii += String.fromCharCode(c - 0xff10 + 0x30);
    else {
      ascii = '';
      break;
    }
  }
  if (ascii !== '') return Number.parseInt(ascii, 10);
  return parseChineseNumber(text);
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
