/**
 * Bytes or text in, well-formed text out: charset from the BOM, `<meta charset>`,
 * then the content; lone surrogates and NUL characters replaced.
 */
import { COMMON_HAN } from '../rules/common-han.js';
import type { Issue } from '../types.js';

/**
 * The decoded page.
 *
 * @example
 * // A GB2312 page:
 * decodeInput(readFileSync('page.html'))
 * // { text: '<meta charset="gb2312">…中国…', charset: 'gb18030', issues: [] }
 */
export interface DecodedInput {
  readonly text: string;
  /** The charset the bytes were read as (`'utf-8'` for string input). */
  readonly charset: string;
  /** Content problems met while decoding. */
  readonly issues: readonly Issue[];
}

/** How many leading bytes are searched for `<meta charset>`. */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*(?:["']\s*)?([\w:.-]{1,40})/iu;
/** Charset labels that are really supersets: GB2312 pages hold GBK characters. */
const SUPERSET: Readonly<Record<string, string>> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', big5: 'big5', 'big5-hkscs': 'big5' };

/**
 * Decode a page.
 *
 * @param input - Text, or bytes in any of UTF-8, UTF-16, GBK/GB18030 and Big5.
 * @param encoding - A charset label that overrides sniffing.
 * @returns The text, the charset used and any content issues.
 * @throws RangeError when `encoding` is not a charset the platform knows.
 * @example
 * // The bytes of '<meta charset="gb2312">中国': GB2312 is read as its superset GB18030.
 * decodeInput(bytes) // { text: '<meta charset="gb2312">中国', charset: 'gb18030', issues: [] }
 * decodeInput(new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa]), 'gbk') // { text: '中国', charset: 'gb18030', issues: [] }
 * decodeInput(new Uint8Array([0xe4, 0xb8, 0xad, 0xe5, 0x9b, 0xbd])) // { text: '中国', charset: 'utf-8', issues: [] }
 */
export function decodeInput(input: string | Uint8Array, encoding?: string): DecodedInput {
  const issues: Issue[] = [];
  if (typeof input === 'string') return { text: clean(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, issues), charset: 'utf-8', issues };
  const bytes = input;
  let charset = encoding === undefined ? null : checkedLabel(encoding);
  let start = 0;
  if (charset === null) {
    const bom = sniffBom(bytes);
    if (bom !== null) [charset, start] = bom;
  }
  let text: string | null = null;
  if (charset === null) {
    charset = sniffMeta(bytes);
    // Sniffing the content decodes it as UTF-8 when it can: that text is the page, not decoded twice.
    if (charset === null) ({ charset, text } = sniffContent(bytes, issues));
  }
  try {
    text ??= new TextDecoder(charset, { fatal: true }).decode(bytes.subarray(start));
  } catch {
    text = new TextDecoder(charset).decode(bytes.subarray(start));
    const replaced = countReplacement(text);
    issues.push({ code: 'replaced-characters', message: `${replaced} byte sequence(s) invalid in ${charset} were replaced with U+FFFD` });
  }
  // Decoded bytes are well-formed by construction: only NUL characters can need removing.
  return { text: clean(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, issues, true), charset, issues };
}

function checkedLabel(label: string): string {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    return SUPERSET[name] ?? name;
  } catch {
    throw new RangeError(`qingxi: unknown encoding ${JSON.stringify(label)}; use a WHATWG label such as "utf-8", "gbk", "gb18030" or "big5".`);
  }
}

function sniffBom(bytes: Uint8Array): [string, number] | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return ['utf-8', 3];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ['utf-16le', 2];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ['utf-16be', 2];
  return null;
}

function sniffMeta(bytes: Uint8Array): string | null {
  const prescan = bytes.subarray(0, PRESCAN_BYTES);
  // Most mirror pages declare nothing: a byte scan spares them building the head as text.
  if (!mentionsCharset(prescan)) return null;
  // The pattern is ASCII, so each byte can stand for itself (as windows-1252 would read it, only cheaper).
  const head = String.fromCharCode.apply(null, prescan as unknown as number[]);
  const match = META_CHARSET.exec(head);
  if (match === null) return null;
  try {
    const name = new TextDecoder(match[1]!).encoding;
    // A page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML standard's rule).
    if (name.startsWith('utf-16')) return 'utf-8';
    return SUPERSET[name] ?? name;
  } catch {
    return null;
  }
}

const CHARSET = [0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74]; // "charset"

/** Whether the bytes hold "charset" in any case. */
function mentionsCharset(bytes: Uint8Array): boolean {
  const last = bytes.length - CHARSET.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < CHARSET.length; j++) if ((bytes[i + j]! | 0x20) !== CHARSET[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * No BOM and no meta: UTF-8 if the bytes are valid UTF-8, else whichever of
 * GB18030 and Big5 reads with fewer errors and more common Han characters.
 */
function sniffContent(bytes: Uint8Array, issues: Issue[]): { charset: string; text: string | null } {
  try {
    return { charset: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // fall through to the legacy Chinese charsets
  }
  const candidates = ['gb18030', 'big5'].map((label) => {
    const text = new TextDecoder(label).decode(bytes);
    const replaced = countReplacement(text);
    return { label, text, replaced, score: commonHan(text) - 20 * replaced };
  });
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  issues.push({ code: 'charset-fallback', message: `no charset declared and the bytes are not UTF-8; read as ${best.label}` });
  if (best.replaced > 0) issues.push({ code: 'replaced-characters', message: `${best.replaced} byte sequence(s) invalid in ${best.label} were replaced with U+FFFD` });
  return { charset: best.label, text: best.text };
}

/** The most frequent Han characters in Chinese news, in both scripts. */
const COMMON = new Set(Array.from(COMMON_HAN));

function commonHan(text: string): number {
  let n = 0;
  for (const ch of text) if (COMMON.has(ch)) n++;
  return n;
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Replace lone surrogates, drop NUL characters, normalise CR LF; record what changed. */
function clean(text: string, issues: Issue[], wellFormed = false): string {
  if (!wellFormed && !mayNeedCleaning(text)) return text;
  let out = text;
  if (!wellFormed && !out.isWellFormed()) {
    out = out.toWellFormed();
    issues.push({ code: 'replaced-characters', message: 'lone surrogate code units were replaced with U+FFFD' });
  }
  if (out.includes('\0')) {
    const count = out.split('\0').length - 1;
    out = out.replaceAll('\0', '');
    issues.push({ code: 'replaced-characters', message: `${count} NUL character(s) were removed` });
  }
  return out;
}

/** A NUL, or either half of a surrogate pair. */
const SUSPECT = /[\0\ud800-\udfff]/g;
/** Past this many surrogate pairs a text is left to the two full checks. */
const MAX_PAIRS = 64;

/**
 * Whether text may hold a NUL or a lone surrogate: `false` only when it holds neither.
 * One regex scan that steps over surrogate pairs (a page has a dozen at most, emoji and rare
 * Han) answers for most pages what `isWellFormed()` and `includes('\0')` answer in two scans
 * (corpus pages: 17 ms a pass against 23).
 */
function mayNeedCleaning(text: string): boolean {
  SUSPECT.lastIndex = 0;
  for (let pairs = 0; SUSPECT.test(text); pairs++) {
    const at = SUSPECT.lastIndex - 1;
    const high = text.charCodeAt(at);
    const low = text.charCodeAt(at + 1);
    // A pair is stepped over; anything else (NaN past the end too) is left to the full checks.
    const pair = high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
    if (!pair || pairs === MAX_PAIRS) return true;
    SUSPECT.lastIndex = at + 2;
  }
  return false;
}
