/**
 * Dates as Chinese news pages print them.
 */
import { parseNumber } from './numerals.js';
import { ZONE_WORDS, formatOffset, offsetAt } from './timezones.js';
import { trimTrailing } from '../text/trim-trailing.js';

/**
 * The pieces of a printed date; absent pieces were not printed.
 *
 * @example
 * matchChineseDate('美东时间6月1日中午12点')?.parts // { month: 6, day: 1, hour: 12, minute: 0, zone: 'America/New_York' }
 * matchChineseDate('去年12月30日')?.parts // { yearShift: -1, month: 12, day: 30 }
 */
export interface DateParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** `±HH:MM` printed with the time, e.g. from `2022-12-30T21:05+08:00`. */
  readonly offset?: string;
  /** IANA zone named by a zone word such as 北京时间. */
  readonly zone?: string;
  /** Years before or after the reference year: 今年 0, 去年 -1, 明年 1. */
  readonly yearShift?: number;
  /** Months before or after the reference month: 本月 0, 上月 -1, 下月 1. */
  readonly monthShift?: number;
}

/**
 * A date printed in text, read for its pieces but not yet checked or completed.
 *
 * @example
 * matchChineseDate('【大纪元2022年12月30日讯】') // { parts: { year: 2022, month: 12, day: 30 }, raw: '2022年12月30日', index: 4 }
 */
export interface DateMatch {
  readonly parts: DateParts;
  /** The text the date was read from, as printed. */
  readonly raw: string;
  /** Where `raw` starts in the input. */
  readonly index: number;
}

/**
 * A date found in text.
 *
 * @example
 * parseChineseDate('北京时间12月30日晚上9点5分', { reference: '2022-12-31' })
 * // { published: '2022-12-30T21:05:00+08:00', raw: '北京时间12月30日晚上9点5分', index: 0,
 * //   timezone: 'Asia/Shanghai', inferred: true }
 */
export interface ParsedDate {
  /** ISO 8601: `YYYY-MM-DD`, or with `THH:MM:SS` and an offset when a time (and zone) is known. */
  readonly published: string;
  /** The text the date was read from, as printed. */
  readonly raw: string;
  /** Where `raw` starts in the input. */
  readonly index: number;
  /** IANA zone or `±HH:MM` that `published` is in, when known. */
  readonly timezone?: string;
  /** Whether year or month came from the reference date rather than the text. */
  readonly inferred?: boolean;
}

/**
 * Options for {@link parseChineseDate}.
 *
 * @example
 * parseChineseDate('台北30日电', { reference: '2022-12-31', allowDayOnly: true })?.published // '2022-12-30'
 * parseChineseDate('2022年12月30日晚上9点', { timezone: 'Asia/Shanghai' })?.published // '2022-12-30T21:00:00+08:00'
 * parseChineseDate('2022年12月30日晚上9点')?.published // '2022-12-30T21:00:00' (no zone known)
 */
export interface ChineseDateOptions {
  /** A date near the one printed, to supply a missing or relative year (and month). */
  readonly reference?: string | Date | null;
  /** Zone for printed times that name none: IANA name or `±HH:MM`. */
  readonly timezone?: string | null;
  /** Also accept a bare day (`30日`), as wire datelines print it. @default false */
  readonly allowDayOnly?: boolean;
}

const N = '[0-9０-９]{1,4}|[〇○零一二三四五六七八九十两兩廿卅]{1,5}';
const SP = '[ \\u3000]{0,2}';
const ZONE = `(${Object.keys(ZONE_WORDS).join('|')})${SP}(?:时间|時間)`;
const PERIOD = '(凌晨|清晨|早晨|早上|上午|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間|夜里|深夜)';
const WEEKDAY = `(?:${SP}(?:[(（]?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天][)）]?))?`;
const CLOCK = `(?:(${N})${SP}[时時点點](?:${SP}(${N})${SP}分)?(?:${SP}(${N})${SP}秒)?|([0-9]{1,2})[:：]([0-9]{2})(?:[:：]([0-9]{2}))?)`;
const TIME = `(?:${WEEKDAY}${SP}(?:${ZONE}${SP})?(?:${PERIOD}?${SP}${CLOCK}|${PERIOD}))?`;
const YEAR = `(?:(?:(民[国國]|中[华華]民[国國])${SP})?(${N})${SP}年|(今年|去年|前年|明年))`;
const MONTH = `(?:(${N})${SP}月|(本月|上月|下月|上個月|上个月|下個月|下个月))`;

/** 2022年12月30日 / 民国111年12月30日 / 今年12月30日 / 12月30日 / 本月十一日 / 30日, then an optional time. */
export const CHINESE = new RegExp(`(?:${ZONE}${SP})?(?:${YEAR}${SP})?(?:${MONTH}${SP})?(${N})${SP}[日号號]${TIME}`, 'u');

/** Whether a text holds a day's mark (日, 号, 號), which {@link CHINESE} cannot match without. */
function hasDayMark(text: string): boolean {
  return text.includes('日') || text.includes('号') || text.includes('號');
}

/** 2022-12-30, 2022/12/30, 2022.12.30, with an optional time and offset. */
const NUMERIC = /(?<!\d)([12]\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:(?:T| {1,2})(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})? ?(Z|[+-]\d{2}:?\d{2})?)?/u;

const YEAR_SHIFT: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 };
const MONTH_SHIFT: Readonly<Record<string, number>> = { 本月: 0, 上月: -1, 上個月: -1, 上个月: -1, 下月: 1, 下個月: 1, 下个月: 1 };

/**
 * Find and read the first date in a string.
 *
 * @param text - Text holding a date, e.g. `'2019 年 10 月 30 日'` or `'二〇二二年十二月三十日上午10时30分'`.
 * @param options - Reference date and zone.
 * @returns The date, or `null` when none is printed, the printed one is invalid
 *   (2月30日, 13月: rejected, not rolled over), or it needs a reference that was not given.
 * @example
 * parseChineseDate('民國111年12月30日')?.published // '2022-12-30'
 * parseChineseDate('十一月十日', { reference: '2022-11-20' })?.published // '2022-11-10'
 * parseChineseDate('美东时间6月1日中午12点', { reference: '2020-06-02' })?.published // '2020-06-01T12:00:00-04:00'
 */
export function parseChineseDate(text: string, options: ChineseDateOptions = {}): ParsedDate | null {
  const match = matchChineseDate(text, options.allowDayOnly ?? false);
  return match === null ? null : resolveDate(match, options);
}

/**
 * Find the first date printed in a string and read its pieces, without
 * checking that the date exists or completing missing pieces.
 *
 * @param text - Any text.
 * @param allowDayOnly - Accept a bare day (`30日`).
 * @returns The pieces and where they were printed, or `null`.
 * @example
 * matchChineseDate('【大纪元2022年12月30日讯】') // { parts: { year: 2022, month: 12, day: 30 }, raw: '2022年12月30日', index: 4 }
 * matchChineseDate('（中央社记者林克伦台北30日电）') // null
 * matchChineseDate('（中央社记者林克伦台北30日电）', true) // { parts: { day: 30 }, raw: '30日', index: 11 }
 */
export function matchChineseDate(text: string, allowDayOnly = false): DateMatch | null {
  // The numeric form parts its numbers with `-`, `/` or `.`, which Chinese text seldom holds: its
  // pattern, which tries every position of the text, runs only on text that holds one.
  const numeric = text.includes('-') || text.includes('/') || text.includes('.') ? NUMERIC.exec(text) : null;
  // Every date the long pattern reads prints its day with 日, 号 or 號: it is tried at every
  // position of a text only when one is there (four dateline headers in ten hold none).
  const chinese = hasDayMark(text) ? CHINESE.exec(text) : null;
  if (numeric !== null && (chinese === null || numeric.index <= chinese.index)) return fromNumeric(numeric);
  if (chinese === null) return null;
  return fromChinese(chinese, allowDayOnly);
}

/**
 * Check a matched date and complete it from the reference: an ISO date, or
 * `null` for an impossible date or one that needs a reference not given.
 *
 * @param match - From {@link matchChineseDate}.
 * @param options - Reference date and zone.
 * @returns The date.
 * @example
 * const match = matchChineseDate('台北30日电', true)!;
 * resolveDate(match, { reference: '2022-12-31' }) // { published: '2022-12-30', raw: '30日', index: 2, inferred: true }
 * resolveDate(match) // null: no reference to supply the year and month
 */
export function resolveDate(match: DateMatch, options: ChineseDateOptions = {}): ParsedDate | null {
  const { parts } = match;
  let { year, month } = parts;
  let inferred = false;
  if (year === undefined || month === undefined) {
    const reference = toReference(options.reference);
    if (reference === null) return null;
    const refYear = reference.getUTCFullYear() + (parts.yearShift ?? 0);
    const refMonth = reference.getUTCMonth() + 1 + (parts.monthShift ?? 0);
    if (parts.yearShift !== undefined && month !== undefined) {
      year = refYear;
    } else if (parts.monthShift !== undefined) {
      const y = year ?? reference.getUTCFullYear();
      const shifted = new Date(Date.UTC(y, refMonth - 1, 1));
      year = shifted.getUTCFullYear();
      month = shifted.getUTCMonth() + 1;
    } else {
      const guess = nearest(reference, year ?? (parts.yearShift === undefined ? undefined : refYear), month, parts.day ?? 1);
      if (guess === null) return null;
      ({ year, month } = guess);
    }
    inferred = true;
  }
  const day = parts.day ?? 1;
  if (!isValidDate(year!, month!, day)) return null;
  let published = `${year}-${pad(month!)}-${pad(day)}`;
  let timezone: string | undefined = parts.zone ?? parts.offset;
  if (parts.hour !== undefined) {
    const hour = parts.hour;
    const minute = parts.minute ?? 0;
    const second = parts.second ?? 0;
    if (hour > 23 || minute > 59 || second > 59) return null;
    published += `T${pad(hour)}:${pad(minute)}:${pad(second)}`;
    const zone = timezone ?? options.timezone ?? undefined;
    if (zone !== undefined) {
      published += /^[+-]\d{2}:\d{2}$/u.test(zone) ? zone : offsetAt(zone, { year: year!, month: month!, day, hour, minute });
      timezone = zone;
    }
  }
  const result: { -readonly [K in keyof ParsedDate]: ParsedDate[K] } = { published, raw: match.raw, index: match.index };
  if (timezone !== undefined) result.timezone = timezone;
  if (inferred) result.inferred = true;
  return result;
}

function fromNumeric(match: RegExpExecArray): DateMatch {
  const parts: { -readonly [K in keyof DateParts]: DateParts[K] } = { year: Number(match[1]), month: Number(match[3]), day: Number(match[4]) };
  if (match[5] !== undefined) {
    parts.hour = Number(match[5]);
    parts.minute = Number(match[6]);
    if (match[7] !== undefined) parts.second = Number(match[7]);
  }
  if (match[8] !== undefined) parts.offset = normalizeOffset(match[8]);
  return { parts, raw: match[0], index: match.index };
}

function fromChinese(match: RegExpExecArray, allowDayOnly: boolean): DateMatch | null {
  const [, zoneWord, era, yearText, relativeYear, monthText, relativeMonth, dayText, zoneWord2, period, h, m, s, ch, cm, cs, periodOnly] = match;
  const hasMonth = monthText !== undefined || relativeMonth !== undefined;
  const hasYear = yearText !== undefined || relativeYear !== undefined;
  if (!hasYear && !hasMonth && !allowDayOnly) return null;
  const parts: { -readonly [K in keyof DateParts]: DateParts[K] } = {};
  if (yearText !== undefined) {
    let year = parseNumber(yearText) ?? -1;
    if (era !== undefined) year += 1911;
    else if (year < 100 && /^[0-9\uFF10-\uFF19]{2}$/u.test(yearText)) year += 2000;
    parts.year = year;
  }
  if (relativeYear !== undefined) parts.yearShift = YEAR_SHIFT[relativeYear]!;
  if (monthText !== undefined) parts.month = parseNumber(monthText) ?? -1;
  if (relativeMonth !== undefined) parts.monthShift = MONTH_SHIFT[relativeMonth]!;
  parts.day = parseNumber(dayText!) ?? -1;
  const clock = readClock(period ?? periodOnly, h ?? ch, m ?? cm, s ?? cs);
  if (clock !== null) Object.assign(parts, clock);
  const zone = zoneWord ?? zoneWord2;
  if (zone !== undefined) parts.zone = ZONE_WORDS[zone]!;
  return { parts, raw: trimTrailing(match[0], DATE_TAIL), index: match.index };
}

/** Hours as printed with 上午/下午 and friends, to a 24-hour clock; `null` when no clock (or an unreadable one) was printed. */
function readClock(
  period: string | undefined,
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
): { hour: number; minute: number; second?: number } | null {
  if (hourText === undefined) return null;
  let hour = parseNumber(hourText);
  const minute = minuteText === undefined ? 0 : parseNumber(minuteText);
  const second = secondText === undefined ? undefined : parseNumber(secondText);
  if (hour === null || minute === null || second === null) return { hour: 99, minute: 99 };
  if (period !== undefined) {
    const afternoon = /下午|傍晚|晚|夜|中午/u.test(period);
    if (afternoon && hour < 12 && !(period === '中午' && hour >= 11)) hour += 12;
    if (!afternoon && hour === 12 && period === '凌晨') hour = 0;
  }
  return second === undefined ? { hour, minute } : { hour, minute, second };
}

/** Pick the year (and month) that puts the date closest to the reference. */
function nearest(
  reference: Date,
  year: number | undefined,
  month: number | undefined,
  day: number,
): { year: number; month: number } | null {
  const refYear = reference.getUTCFullYear();
  const refMonth = reference.getUTCMonth() + 1;
  let best: { year: number; month: number; distance: number } | null = null;
  const years = year === undefined ? [refYear - 1, refYear, refYear + 1] : [year];
  for (const y of years) {
    const months = month === undefined ? [refMonth - 1, refMonth, refMonth + 1] : [month];
    for (const raw of months) {
      const m = ((raw - 1 + 12) % 12) + 1;
      const yy = raw < 1 ? y - 1 : raw > 12 ? y + 1 : y;
      if (!isValidDate(yy, m, day)) continue;
      const distance = Math.abs(Date.UTC(yy, m - 1, day) - reference.getTime());
      if (best === null || distance < best.distance) best = { year: yy, month: m, distance };
    }
  }
  return best === null ? null : { year: best.year, month: best.month };
}

function toReference(reference: string | Date | null | undefined): Date | null {
  if (reference === undefined || reference === null) return null;
  if (reference instanceof Date) return Number.isNaN(reference.getTime()) ? null : reference;
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(reference);
  if (match === null) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/**
 * Whether a calendar date exists (no rolling over: 2月30日 is not 3月2日).
 *
 * @param year - Four-digit year, 1900–2100.
 * @param month - 1–12.
 * @param day - 1–31.
 * @returns `true` for a real date.
 * @example
 * isValidDate(2024, 2, 29) // true
 * isValidDate(2022, 2, 29) // false
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (!Number.isInteger(day) || day < 1) return false;
  // By the calendar's rule, not a Date made per call: every URL and printed date is checked.
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= MONTH_DAYS[month - 1]! + (leap ? 1 : 0);
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function normalizeOffset(text: string): string {
  if (text === 'Z') return '+00:00';
  const digits = text.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return formatOffset(digits.startsWith('-') ? -minutes : minutes);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Spaces a date match may end with. */
const DATE_TAIL = /[ \u3000]/u;
