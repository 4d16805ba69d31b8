/**
 * A header row that prints the byline and the date together:
 * `民報 / 記者 陳俊廷 2024-03-06 16:20`, `记者 张三 | 发布时间：2024年3月6日`.
 */
import { trimTrailing } from '../text/trim-trailing.js';
import { type ParsedDate, parseChineseDate } from './parse-chinese-date.js';
import { type Credits, parseCredits } from './parse-credits.js';

/**
 * What a byline row holds.
 *
 * @internal
 */
export interface BylineRow {
  readonly date: ParsedDate;
  readonly credits: Credits;
}

/** Longest row, in characters. */
const MAX_ROW = 80;
/** Labels of the date part: 发布时间：, 日期：, 更新： … */
const DATE_LABEL = /(?:发布|發布|發佈|发表|發表|更新|出版)?(?:时间|時間|日期)[:：]?|(?:发布|發布|發佈|发表|發表|更新)[:：]/gu;
/** Separators between the row's parts, cut from its ends. */
const EDGE = /[\s|｜/／·•,，:：()（）\-–—]/u;
const LEADING_EDGE = /^[\s|｜/／·•,，:：()（）\-–—]+/u;
/** A count of readers after the date (上观新闻: `2025-03-18 06:32 3.2万`, `阅读 1234`): the page's furniture, not the byline's. */
const VIEW_COUNT = /^[\s|｜]*(?:(?:阅读|閱讀|浏览|瀏覽)[量数數]?[:：]?\s?)?\d+(?:\.\d+)?[万萬]?(?:次|人)?(?:阅读|閱讀|浏览|瀏覽)?$/u;

/**
 * Read a short row that is a byline naming a person and a date, nothing
 * else. A date alone, or a date beside other words (`来源：新华网`), is not
 * such a row.
 *
 * @param text - The row's text, whitespace collapsed.
 * @returns The date and the credits, or `null`.
 * @internal
 */
export function parseBylineRow(text: string): BylineRow | null {
  if (text.length > MAX_ROW) return null;
  const date = parseChineseDate(text);
  if (date === null) return null;
  const after = text.slice(date.index + date.raw.length);
  const rest = `${text.slice(0, date.index)} ${VIEW_COUNT.test(after) ? '' : after}`.replace(DATE_LABEL, ' ');
  const byline = trimTrailing(rest.replace(LEADING_EDGE, ''), EDGE);
  if (byline === '') return null;
  const credits = parseCredits(byline);
  return credits.rest === '' && credits.authors.length > 0 ? { date, credits } : null;
}
