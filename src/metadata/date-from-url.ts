/**
 * Dates in article URLs: `/2022/07/25/`, `/gb/22/12/30/` (two-digit years),
 * `/2024-05/20/`, `/2024/0520/`, `/20220725/`, `2022-07-25`, and RFA-style `MMDDYYYYhhmmss` ids.
 */
import { isValidDate } from './parse-chinese-date.js';

/**
 * A date read from a URL.
 *
 * @example
 * dateFromUrl('https://www.ntdtv.com/gb/2019/06/19/a102604230.html') // { published: '2019-06-19', raw: '2019/06/19' }
 * dateFromUrl('https://www.rfa.org/mandarin/yataibaodao/huanjing/gf-10122020074046.html')
 * // { published: '2020-10-12', raw: '10122020074046.html' }
 */
export interface UrlDate {
  /** ISO 8601 date, `YYYY-MM-DD`. */
  readonly published: string;
  /** The part of the URL it was read from. */
  readonly raw: string;
}

interface UrlPattern {
  readonly re: RegExp;
  /** Strings of which the pattern needs one: it is tried only on a path holding one (a look costs less than a search). */
  readonly needs?: readonly string[];
  read(match: RegExpExecArray): [number, number, number];
}

/** A year opening a path segment: `/2022`, `/1999`. */
const CENTURIES = ['/19', '/20'];

/** Tried in order: the most specific forms first. */
const PATTERNS: readonly UrlPattern[] = [
  // RFA: jkdv-01032020175326.html (MMDDYYYYhhmmss)
  { re: /[-_/]([01]\d)([0-3]\d)((?:19|20)\d{2})[0-2]\d[0-5]\d[0-5]\d(?:\.html?)?(?:[?#]|$)/u, read: (m) => [digits(m[3]!), digits(m[1]!), digits(m[2]!)] },
  // /2022/07/25/ and /2022/7/25/
  { re: /\/((?:19|20)\d{2})\/([01]?\d)\/([0-3]?\d)(?:\/|$)/u, needs: CENTURIES, read: (m) => [digits(m[1]!), digits(m[2]!), digits(m[3]!)] },
  // 2022-07-25 or 2022_07_25 anywhere in the path
  { re: /(?<!\d)((?:19|20)\d{2})[-_]([01]\d)[-_]([0-3]\d)(?!\d)/u, needs: ['-', '_'], read: (m) => [digits(m[1]!), digits(m[2]!), digits(m[3]!)] },
  // /2024-05/20/ (光明网, 新华网) and /2024/0520/ (人民网)
  { re: /\/((?:19|20)\d{2})-([01]\d)\/([0-3]\d)\//u, needs: ['-'], read: (m) => [digits(m[1]!), digits(m[2]!), digits(m[3]!)] },
  { re: /\/((?:19|20)\d{2})\/([01]\d)([0-3]\d)\//u, needs: CENTURIES, read: (m) => [digits(m[1]!), digits(m[2]!), digits(m[3]!)] },
  // /20220725/ or /20220725123456.html
  { re: /\/((?:19|20)\d{2})([01]\d)([0-3]\d)\d{0,6}(?=[/.?#]|$)/u, needs: CENTURIES, read: (m) => [digits(m[1]!), digits(m[2]!), digits(m[3]!)] },
  // Epoch Times: /gb/22/12/30/n13895357.htm, /b5/20/9/25/, and before 2010 /gb/6/6/5/
  { re: /\/(?:gb|b5|gb2312|big5)\/(\d{1,2})\/([01]?\d)\/([0-3]?\d)\//u, needs: ['/gb', '/b5/', '/big5/'], read: (m) => [2000 + digits(m[1]!), digits(m[2]!), digits(m[3]!)] },
];

/** The last URL read and its answer. */
let lastUrl: string | null = null;
let lastDate: UrlDate | null = null;

/**
 * Read the publication date a URL carries.
 *
 * @param url - An article URL.
 * @returns The date, or `null` when the URL holds none (or an impossible one).
 * @example
 * dateFromUrl('https://www.epochtimes.com/gb/22/12/30/n13895357.htm')?.published // '2022-12-30'
 */
export function dateFromUrl(url: string): UrlDate | null {
  // A page's URL is read up to three times (dateline reference, known days, the
  // published date): the last answer is kept, and handed out as a fresh object.
  if (url !== lastUrl) {
    lastUrl = url;
    lastDate = readDate(url);
  }
  return lastDate === null ? null : { published: lastDate.published, raw: lastDate.raw };
}

function readDate(url: string): UrlDate | null {
  const path = pathOf(url);
  for (const pattern of PATTERNS) {
    if (pattern.needs !== undefined && !pattern.needs.some((needed) => path.includes(needed))) continue;
    const match = pattern.re.exec(path);
    if (match === null) continue;
    const [year, month, day] = pattern.read(match);
    if (!isValidDate(year, month, day)) continue;
    return { published: `${year}-${pad(month)}-${pad(day)}`, raw: withoutEdgeMarks(match[0]) };
  }
  return null;
}

/** The match without a separator before it or a slash after it (`-01032020175326.html`, `/2019/06/19/`), cut without a regex. */
function withoutEdgeMarks(match: string): string {
  const start = match[0] === '-' || match[0] === '_' || match[0] === '/' ? 1 : 0;
  const end = match.length > start && match.endsWith('/') ? match.length - 1 : match.length;
  return match.slice(start, end);
}

function pathOf(url: string): string {
  const start = url.indexOf('//');
  const slash = start < 0 ? url.indexOf('/') : url.indexOf('/', start + 2);
  return slash < 0 ? '' : url.slice(slash);
}

/**
 * A captured run of ASCII digits as a number. `Number()` of a slice of a URL taken from the page's
 * (two-byte) text is a call into the runtime, three a page.
 */
function digits(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = value * 10 + (text.charCodeAt(i) - 0x30);
  return value;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
