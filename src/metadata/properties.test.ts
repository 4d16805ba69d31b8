/**
 * Property tests for the metadata parsers: every valid date printed in every
 * supported way reads back as itself, and no input makes a parser hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseDate } from './parse-chinese-date.js';
import { parseCredits } from './parse-credits.js';
import { parseDateline } from './parse-dateline.js';
import { offsetAt } from './timezones.js';

const DIGITS = '〇一二三四五六七八九';

function fullWidth(n: number): string {
  return String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/** 30 → 三十, 12 → 十二, 1 → 一, 21 → 二十一. */
function chineseSmall(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${units === 0 ? '' : DIGITS[units]}`;
}

function chineseYear(n: number): string {
  return String(n).split('').map((d) => DIGITS[Number(d)]).join('');
}

const pad = (n: number): string => String(n).padStart(2, '0');

const dates = fc
  .record({ year: fc.integer({ min: 1912, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate());

type DatePrinter = (d: { year: number; month: number; day: number }) => string;
const DATE_FORMATS: readonly DatePrinter[] = [
  (d) => `${d.year}年${d.month}月${d.day}日`,
  (d) => `${d.year}年${pad(d.month)}月${pad(d.day)}日`,
  (d) => `${d.year} 年 ${d.month} 月 ${d.day} 日`,
  (d) => `${fullWidth(d.year)}年${fullWidth(d.month)}月${fullWidth(d.day)}日`,
  (d) => `${chineseYear(d.year)}年${chineseSmall(d.month)}月${chineseSmall(d.day)}日`,
  (d) => `民国${d.year - 1911}年${d.month}月${d.day}日`,
  (d) => `民國${d.year - 1911}年${d.month}月${d.day}號`,
  (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`,
  (d) => `${d.year}/${d.month}/${d.day}`,
  (d) => `${d.year}.${pad(d.month)}.${pad(d.day)}`,
];

describe('date properties', () => {
  it('any valid date printed in any supported format parses back to itself', () => {
    fc.assert(
      fc.property(dates, fc.nat(DATE_FORMATS.length - 1), fc.string({ maxLength: 8 }).filter((s) => !/[0-9\uFF10-\uFF19〇一二三四五六七八九十年月日号號\-/.]/u.test(s)), (date, format, prefix) => {
        const text = `${prefix}${DATE_FORMATS[format]!(date)}`;
        expect(parseChineseDate(text)?.published).toBe(`${date.year}-${pad(date.month)}-${pad(date.day)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('any valid date and time in a zone parses back to itself with the zone\'s offset', () => {
    const zones = [['北京时间', 'Asia/Shanghai'], ['美东时间', 'America/New_York'], ['台北時間', 'Asia/Taipei'], ['香港时间', 'Asia/Hong_Kong']] as const;
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.nat(zones.length - 1), fc.boolean(), (date, hour, minute, z, colon) => {
        const [word, zone] = zones[z]!;
        const clock = colon ? `${pad(hour)}:${pad(minute)}` : `${hour >= 12 ? '下午' : '上午'}${hour > 12 ? hour - 12 : hour}时${minute}分`;
        const text = `${word}${date.year}年${date.month}月${date.day}日${clock}`;
        const offset = offsetAt(zone, { ...date, hour, minute });
        expect(parseChineseDate(text)?.published).toBe(`${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(hour)}:${pad(minute)}:00${offset}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('any valid date in an outlet\'s header reads back as the header and the date', () => {
    const brands = ['大纪元', '大紀元', '新唐人北京时间', '看中国', '希望之声', '希望之聲', ''];
    fc.assert(
      fc.property(dates, fc.nat(brands.length - 1), fc.constantFrom('讯', '訊', '电', '電', ''), fc.nat(DATE_FORMATS.length - 1), (date, b, suffix, format) => {
        const header = `【${brands[b]}${DATE_FORMATS[format]!(date)}${suffix}】`;
        const dateline = parseDateline(`${header}正文`);
        expect(dateline?.raw).toBe(header);
        expect(dateline?.published).toBe(`${date.year}-${pad(date.month)}-${pad(date.day)}`);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Characters the parsers' patterns care about, so that random input exercises every branch. */
const TRICKY = Array.from('0123456789０１年月日时時点分秒号【】（）()讯訊电電记者記者编辑編輯责任报导綜合、/／：: 　\n北京时间美东上午下午晚间民国二十三〇路透社中央社大纪元新唐人#＃');

describe('parsers terminate on hostile input (no catastrophic backtracking)', () => {
  const hostile = fc.oneof(
    fc.string({ unit: fc.constantFrom(...TRICKY), minLength: 50_000, maxLength: 100_000 }),
    fc.constantFrom(...TRICKY).map((ch) => ch.repeat(100_000)),
    fc.tuple(fc.constantFrom(...TRICKY), fc.constantFrom(...TRICKY)).map(([a, b]) => `${a}${b}`.repeat(50_000)),
  );

  it('parseChineseDate, parseDateline and parseCredits return on 100 kB strings', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        parseChineseDate(text, { allowDayOnly: true, reference: '2022-01-01' });
        parseDateline(text, { reference: '2022-01-01' });
        parseCredits(text);
      }),
      { numRuns: 60 },
    );
  });
});
