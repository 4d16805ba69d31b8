/**
 * Dateline headers: `【大纪元2022年12月30日讯】`, `【新唐人北京时间2022年07月05日讯】`,
 * `（中央社记者林克伦台北30日电）`, `路透北京8月30日 -` and their Traditional forms.
 */
import { OUTLETS, WIRE_SERVICES } from '../rules/outlets.js';
import { PLACES } from '../rules/places.js';
import { placeAtEnd } from './place-at-end.js';
import { type ChineseDateOptions, matchChineseDate, resolveDate } from './parse-chinese-date.js';
import { fileByUnit } from '../text/file-by-unit.js';
import { hasUnitWithin, screenOf } from '../text/units.js';

/**
 * A dateline header, read.
 *
 * @example
 * parseDateline('（中央社记者林克伦台北30日电）', { reference: '2022-12-31' })
 * // { raw: '（中央社记者林克伦台北30日电）', published: '2022-12-30', date: '30日', outlet: '中央社',
 * //   reporter: '林克伦', place: '台北' }
 * parseDateline('【大纪元2022年2月30日讯】')
 * // { raw: '【大纪元2022年2月30日讯】', published: null, date: '2022年2月30日', invalid: true, outlet: '大纪元' }
 */
export interface Dateline {
  /** The header exactly as printed, brackets included, e.g. `'【大纪元2022年12月30日讯】'`. */
  readonly raw: string;
  /** The brand printed in the header, e.g. `'大纪元'`, `'路透'`. */
  readonly outlet?: string;
  /**
   * ISO 8601; `null` when the header prints no year (or month) and no
   * reference supplies it, or prints a date that does not exist.
   */
  readonly published: string | null;
  /** The header prints a date that does not exist (2月30日, 13月): rejected, not rolled over. */
  readonly invalid?: boolean;
  /** IANA zone named in the header (北京时间 → `'Asia/Shanghai'`), or a printed offset. */
  readonly timezone?: string;
  /** Place printed in the header, e.g. `'北京'`, `'台北'`. */
  readonly place?: string;
  /** Reporter named inside the header, e.g. `'林克伦'`. */
  readonly reporter?: string;
  /** The date as printed, e.g. `'2022年12月30日'`, `'30日'`; `''` for a header that prints none (`【明報專訊】`). */
  readonly date: string;
  /**
   * The paper's own dispatch (`本报北京5月19日电`) or a reporter's report (`【侨报记者X5月9日洛杉矶报道】`):
   * its date is the day the story was filed, not the day the paper printed it.
   */
  readonly dispatch?: boolean;
}

/**
 * Options for {@link parseDateline}.
 *
 * @example
 * // A wire dateline prints no year: take it from a date near the article's, e.g. the crawl date.
 * parseDateline('路透北京8月30日 - 中国外交部', { reference: '2022-09-01' })?.published // '2022-08-30'
 * parseDateline('路透北京8月30日 - 中国外交部')?.published // null
 */
export type DatelineOptions = Pick<ChineseDateOptions, 'reference' | 'timezone'>;

/**
 * The closing bracket of each opening one, by the opening one's code unit: a look-up by the
 * one-character string `text[i]` makes a new string each call and must intern it to find the key.
 */
const BRACKET_PAIRS: ReadonlyArray<readonly [string, string]> = [['【', '】'], ['[', ']'], ['［', '］'], ['（', '）'], ['(', ')'], ['〔', '〕']];
const OPENERS: ReadonlyMap<number, string> = new Map(BRACKET_PAIRS.map(([open, close]) => [open.charCodeAt(0), close]));


const BRANDS: readonly string[] = [...new Set([...WIRE_SERVICES, ...OUTLETS.flatMap((o) => o.names)])].sort((a, b) => b.length - a.length);
const BRAND_SET: ReadonlySet<string> = new Set(BRANDS);
const PLACE_SET: ReadonlySet<string> = new Set(PLACES);
/** {@link BRANDS} filed by their first code unit, each list in the table's order (longest first). */
const BRANDS_BY_FIRST = fileByUnit(BRANDS, 'first');

/**
 * The first brand of {@link BRANDS} (so the longest) that a text starts with: the same answer as
 * `BRANDS.find(…)`, comparing only the brands that start with the text's first character
 * (every header that is no dateline was compared with all 128).
 */
function brandAtStart(text: string): string | undefined {
  return BRANDS_BY_FIRST.get(text.charCodeAt(0))?.find((brand) => text.startsWith(brand));
}

/** What may follow the date inside a header. */
const BRACKET_TAIL = /^[ \u3000]{0,2}(?:(?:综合|綜合|[专專特]|联合|聯合)?(?:[讯訊电電]|报道|报导|報導|報道)|专稿|專稿|来稿|來稿|\p{Script=Han}{2,5}(?:报道|报导|報導|報道))?[ \u3000]{0,2}$/u;
/** What must follow the date of a header printed without brackets. */
const BARE_TAIL = /^[ \u3000]{0,2}(?:[讯訊电電]|专电|專電)|^[ \u3000]{0,2}[-–—]{1,2}|^[ \u3000]{0,2}[：:]/u;

const MAX_HEADER = 64;
/**
 * A header that prints no date, only whose news it is: `【明報專訊】`, `新京报讯（记者X）`,
 * `本报讯`, `【on.cc東網專訊】`, `央视网消息：`. The name must read as an outlet's (本报, or a word ending 报/網/台/社/新闻…),
 * so that `【快讯】` or `【诚征荣誉会员】` are not taken.
 */
const DATELESS = /^(本[报報台网網刊]|(?![据據])[\p{Script=Han}A-Za-z0-9.]{1,8}?(?:[报報网網台臺社]|新闻|新聞)(?:[·‧・/／]?(?:[A-Za-z]\p{Script=Han}{1,3}|\p{Script=Han}{1,3}(?:新闻|新聞)|\p{Script=Han}{1,3}\+))?)(?:(?:[专專特]|综合|綜合)?[讯訊]|消息)/u;
/**
 * An outlet's name the registry does not know, by its shape (a word ending 网/报/台/社/新闻):
 * with a date after it, a header printed without brackets (`中国经济网北京5月9日讯`).
 */
const UNKNOWN_BRAND = /^(?![据據])[\p{Script=Han}A-Za-z0-9.]{1,8}?(?:[报報网網台臺社]|新闻|新聞)/u;
/**
 * The units an outlet's name by its shape ends in ({@link UNKNOWN_BRAND}, {@link DATELESS}), with 本
 * (本报): one of them stands within the first 17 units (eight characters, then the mark), or
 * neither pattern can match. Most paragraphs asked are the story's first, which open with neither.
 */
const OUTLET_MARKS = screenOf('报報网網台臺社新本');
const OUTLET_MARK_REACH = 17;
/** A name, then 编译 and 报道, after a header's date: `方舟编译报道`. */
const COMPILED_BY = /^[ \u3000]*(\p{Script=Han}{2,4})(?:编译|編譯)(?:报道|报导|報導|報道)/u;
/** The tail of a reporter's report: `…洛杉矶报道`. */
const REPORT_END = /(?:报道|报导|報導|報道)[ \u3000]*$/u;
/** A name of that shape right before 记者. */
const BRAND_BEFORE_REPORTER = /^((?![据據本])\p{Script=Han}{1,8}?(?:[报報网網台臺社]|新闻|新聞))(?=(?:驻[^记記]{1,6})?(?:记者|記者))/u;
/** The same shape, the whole word, or such words joined by `·` (齐鲁网·闪电新闻). */
const BRAND_WORD = /^(?![据據])[\p{Script=Han}A-Za-z0-9.]{1,8}?(?:[报報网網台臺社]|新闻|新聞)(?:[·‧・][\p{Script=Han}A-Za-z0-9]{1,8}?(?:[报報网網台臺社]|新闻|新聞))*$/u;
/** The colon or comma a bare header ends with (`央视网消息：`, `证券时报e公司讯，`), taken with it. */
const HEADER_COLON = /^[：:，,]/u;
/** What follows a dateless header printed without brackets: the byline's parenthesis, a space, a colon or a comma (证券时报e公司讯，). */
const DATELESS_BARE_TAIL = /^[ \u3000]{0,2}[（(]|^[ \u3000:：，,]/u;
/** The paper speaking of itself (`本报北京5月19日电`): no brand to name. */
const SELF = /^本[报報台臺]/u;
const REPORTER = /^(?:本台|本報|本报|驻[^记記]{1,6}|特约|特約|实习|實習)?(?:记者|記者)[ \u3000:：]{0,2}/u;

/**
 * Read a dateline header at the start of a text.
 *
 * @param text - Text starting with the header (leading spaces are allowed).
 * @param options - A reference date for headers that print no year or month.
 * @returns The header, or `null` when the text does not start with one
 *   (`【诚征荣誉会员】`, `【国际风云】` and `【九評之七】` are not datelines).
 * @example
 * parseDateline('【新唐人北京时间2022年07月05日讯】日媒消息')
 * // { raw: '【新唐人北京时间2022年07月05日讯】', outlet: '新唐人', published: '2022-07-05',
 * //   timezone: 'Asia/Shanghai', date: '北京时间2022年07月05日' }
 */
export function parseDateline(text: string, options: DatelineOptions = {}): Dateline | null {
  const start = text.length - text.trimStart().length;
  const closer = OPENERS.get(text.charCodeAt(start));
  if (closer !== undefined) {
    const end = text.indexOf(closer, start + 1);
    if (end < 0 || end - start > MAX_HEADER) return null;
    const inner = text.slice(start + 1, end);
    return readHeader(inner, text.slice(start, end + 1), options, BRACKET_TAIL) ?? readDateless(inner, text.slice(start, end + 1), true);
  }
  const window = text.slice(start, start + MAX_HEADER);
  const known = brandAtStart(window) !== undefined || isSelf(window);
  let dated = known || (mayNameOutlet(window) && UNKNOWN_BRAND.test(window)) ? readHeader(window, null, options, BARE_TAIL) : null;
  // A brand the registry does not know must read as a name (not `中国网记者张三北京`).
  if (dated !== null && !known && !BRAND_WORD.test(dated.outlet ?? '')) dated = null;
  return dated ?? readDateless(window, null, false);
}

/** A header naming only whose news it is, e.g. `【明報專訊】`, `新京报讯`: no date is published by it. */
function readDateless(inner: string, bracketed: string | null, whole: boolean): Dateline | null {
  // 【财新网】: a bracketed header that is only a known outlet's name.
  if (whole && bracketed !== null && BRAND_SET.has(inner.trim())) return { raw: bracketed, published: null, date: '', outlet: inner.trim() };
  const found = mayNameOutlet(inner) ? DATELESS.exec(inner) : null;
  if (found === null) return null;
  const after = inner.slice(found[0].length);
  if (whole ? after.trim() !== '' : !DATELESS_BARE_TAIL.test(after)) return null;
  const name = found[1]!;
  const raw = bracketed ?? (HEADER_COLON.test(after) ? found[0] + after[0]! : found[0]);
  const result: { -readonly [K in keyof Dateline]: Dateline[K] } = { raw, published: null, date: '' };
  if (!name.startsWith('本')) result.outlet = name;
  return result;
}

/** Whether a text may open with an outlet's name by its shape, as {@link OUTLET_MARKS} tells. */
function mayNameOutlet(text: string): boolean {
  return hasUnitWithin(text, OUTLET_MARKS, OUTLET_MARK_REACH);
}

/** Whether the paper speaks of itself ({@link SELF}): 本 is looked at before the pattern. */
function isSelf(text: string): boolean {
  return text.startsWith('本') && SELF.test(text);
}

function readHeader(inner: string, bracketed: string | null, options: DatelineOptions, tail: RegExp): Dateline | null {
  const found = matchChineseDate(inner, true);
  if (found === null) return null;
  const after = inner.slice(found.index + found.raw.length);
  const tailMatch = tail.exec(after);
  if (tailMatch === null) return null;
  const prefix = readPrefix(inner.slice(0, found.index));
  if (prefix === null) return null;
  const raw = bracketed ?? inner.slice(0, found.index + found.raw.length + tailMatch[0].length).trimEnd();
  const printed = resolveDate(found, options);
  const result: { -readonly [K in keyof Dateline]: Dateline[K] } = {
    raw,
    published: printed === null ? null : printed.published,
    date: found.raw,
  };
  // A complete date that resolves to nothing does not exist; a partial one only lacks a reference.
  if (printed === null && found.parts.year !== undefined && found.parts.month !== undefined) result.invalid = true;
  const timezone = printed?.timezone ?? found.parts.zone;
  if (prefix.outlet !== undefined) result.outlet = prefix.outlet;
  // 本报北京5月19日电, or a reporter's own report (【侨报记者X5月9日洛杉矶报道】): the day it was filed.
  if (isSelf(inner) || (prefix.reporter !== undefined && REPORT_END.test(tailMatch[0]))) result.dispatch = true;
  if (prefix.reporter !== undefined) result.reporter = prefix.reporter;
  // 【欧洲时报1月21日方舟编译报道】: the translator-reporter named after the date, before 编译.
  const compiler = prefix.reporter === undefined && isCompiled(tailMatch[0]) ? COMPILED_BY.exec(tailMatch[0]) : null;
  if (compiler !== null) result.reporter = compiler[1]!;
  if (prefix.place !== undefined) result.place = prefix.place;
  if (timezone !== undefined) result.timezone = timezone;
  return result;
}

/** Whether a header's tail may name its translator ({@link COMPILED_BY}): it holds 编译 (編譯). */
function isCompiled(tail: string): boolean {
  return tail.includes('编') || tail.includes('編');
}

interface Prefix {
  readonly outlet?: string;
  readonly reporter?: string;
  readonly place?: string;
}

/** Split what precedes the date into brand, reporter and place; `null` when it is none of these. */
function readPrefix(prefix: string): Prefix | null {
  let rest = prefix.includes(' ') || prefix.includes('\u3000') ? prefix.replace(/[ \u3000]+/gu, '') : prefix;
  // 本报 is two units long.
  if (isSelf(rest)) rest = rest.slice(2);
  const out: { outlet?: string; reporter?: string; place?: string } = {};
  const brand = brandAtStart(rest);
  if (brand !== undefined) {
    out.outlet = brand;
    rest = rest.slice(brand.length);
  }
  // 【侨报记者梁子琪5月9日洛杉矶报道】: an outlet the registry does not know, named by its shape before 记者.
  const shaped = brand === undefined ? BRAND_BEFORE_REPORTER.exec(rest) : null;
  if (shaped !== null) {
    out.outlet = shaped[1]!;
    rest = rest.slice(shaped[1]!.length);
  }
  // Every reporter is named after 记者 (記者).
  const reporter = rest.includes('记') || rest.includes('記') ? REPORTER.exec(rest) : null;
  if (reporter !== null) {
    rest = rest.slice(reporter[0].length);
    const place = placeAtEnd(rest, 1);
    if (place !== undefined) {
      out.reporter = rest.slice(0, rest.length - place.length);
      out.place = place;
    } else if (rest !== '') {
      out.reporter = rest;
    }
    return out.reporter === undefined ? null : out;
  }
  if (rest === '') return out;
  if (!/^[\p{Script=Han}A-Za-z·・]{1,10}$/u.test(rest)) return null;
  if (out.outlet === undefined && !PLACE_SET.has(rest)) {
    // An unknown word before the date: a brand we do not know, e.g. 【博谈网2022年…讯】,
    // perhaps with the place after it (中国经济网北京5月9日讯).
    const place = placeAtEnd(rest, 2);
    const brand = place === undefined ? rest : rest.slice(0, rest.length - place.length);
    if (place !== undefined && BRAND_WORD.test(brand)) out.place = place;
    out.outlet = out.place === undefined ? rest : brand;
    return out;
  }
  out.place = rest;
  return out;
}
