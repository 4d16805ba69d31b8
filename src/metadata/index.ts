/**
 * The metadata parsers, usable on their own: datelines, Chinese dates, credits,
 * URL dates and caption credits.
 *
 * @module
 */
export { dateFromUrl, type UrlDate } from './date-from-url.js';
export { outletById, outletByName, outletByUrl } from './find-outlet.js';
export { parseNumber } from './numerals.js';
export { type ChineseDateOptions, type DateMatch, type DateParts, type ParsedDate, isValidDate, matchChineseDate, parseChineseDate, resolveDate } from './parse-chinese-date.js';
export { type CreditKind, type CreditRole, type Credits, parseCredits } from './parse-credits.js';
export { type Dateline, type DatelineOptions, parseDateline } from './parse-dateline.js';
export { type CaptionParts, splitCaption } from './split-caption.js';
export { ZONE_WORDS, offsetAt } from './timezones.js';
