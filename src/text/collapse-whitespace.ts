/**
 * CJK-aware whitespace collapsing.
 */
import { isCjk, isLatinAlnum, isNeutralPunctuation } from './cjk.js';

const NONE = 0;
/** Typed by the author: spaces, no-break spaces, ideographic spaces. */
const HARD = 1;
/** Left by markup: a run with a line break or tab, as pretty-printers write. */
const SOFT = 2;
/** Deleted outright: zero-width space, word joiner, BOM, soft hyphen. */
const INVISIBLE = 3;

/**
 * The class of every UTF-16 code unit, so the loop does one array read per character and no
 * comparison (a table up to U+3000 and a test above it was a branch per character, about a fifth
 * slower over the corpus blocks).
 */
const CLASS = new Uint8Array(0x10000);
for (const c of [0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) CLASS[c] = HARD;
for (let c = 0x2000; c <= 0x200a; c++) CLASS[c] = HARD;
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]) CLASS[c] = SOFT;
for (const c of [0x200b, 0x2060, 0x00ad, 0xfeff]) CLASS[c] = INVISIBLE;

function classOf(c: number): number {
  return CLASS[c]!;
}

/**
 * Whether collapsing may take a code unit out: whitespace of any kind, or an invisible character.
 * Text with all of these removed is what collapsed text reads as with its spaces removed too.
 *
 * @param c - A code unit.
 * @returns `true` for whitespace and invisible characters.
 * @example
 * isCollapsibleUnit(0x3000) // true (ideographic space)
 * isCollapsibleUnit(0x200b) // true (zero-width space)
 * isCollapsibleUnit('中'.charCodeAt(0)) // false
 */
export function isCollapsibleUnit(c: number): boolean {
  return CLASS[c] !== NONE;
}

/**
 * Collapse whitespace the way a reader of Chinese text sees it.
 *
 * A run containing a line break or tab is markup's (a pretty-printer split the
 * text at a tag): it disappears next to CJK characters and becomes one space
 * between Latin words. Any other run was typed by the author and becomes one
 * space. Runs at either end are trimmed; zero-width characters are dropped.
 *
 * @param raw - Text as joined from text nodes, whitespace untouched.
 * @returns The collapsed text.
 * @example
 * collapseWhitespace('俄罗斯\n  侵犯\n  乌克兰') // '俄罗斯侵犯乌克兰'
 * collapseWhitespace('Vladimir\n   Putin') // 'Vladimir Putin'
 */
export function collapseWhitespace(raw: string): string {
  const n = raw.length;
  // Most texts hold no whitespace at all, or little: visible runs are skipped in a tight loop.
  let i = 0;
  while (i < n && classOf(raw.charCodeAt(i)) === NONE) i++;
  if (i === n) return raw;
  // Built by appending: V8 keeps the pieces as a rope, flattened once when read, cheaper than an array's join.
  let out = i > 0 ? raw.slice(0, i) : '';
  let prev = i > 0 ? lastCodePoint(raw, i) : -1;
  while (i < n) {
    // A whitespace run: what kind it is decides the one space it may become.
    let run = NONE;
    for (; i < n; i++) {
      const kind = classOf(raw.charCodeAt(i));
      if (kind === NONE) break;
      if (kind !== INVISIBLE && kind > run) run = kind;
    }
    // A run at the end is trimmed.
    if (i === n) break;
    const start = i;
    if (run !== NONE && prev >= 0 && keepsSpace(run, prev, raw.codePointAt(i)!)) out += ' ';
    while (i < n && classOf(raw.charCodeAt(i)) === NONE) i++;
    out += raw.slice(start, i);
    prev = lastCodePoint(raw, i);
  }
  return out;
}

/** The code point of the character that ends at `end` (a surrogate pair read whole). */
function lastCodePoint(raw: string, end: number): number {
  const c = raw.charCodeAt(end - 1);
  return c >= 0xdc00 && c <= 0xdfff && end > 1 ? raw.codePointAt(end - 2)! : c;
}

function keepsSpace(run: number, before: number, after: number): boolean {
  if (run === HARD) return true;
  if (isCjk(before) || isCjk(after)) return false;
  if (isNeutralPunctuation(before)) return isLatinAlnum(after);
  if (isNeutralPunctuation(after)) return isLatinAlnum(before);
  return true;
}
