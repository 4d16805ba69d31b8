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
 * Any unit `CLASS` marks, as a pattern built from the table (global, so that `lastIndex` tells
 * where a search stopped). A regex search reads a long stretch of text faster than a loop of
 * `charCodeAt`, which looks at the string's representation (a block's text is a flattened rope or
 * a slice) on every read: over the corpus blocks as `normalizeWhitespace` gets them, the collapse
 * took about 0.6 of its time warm, 0.9 in place.
 */
const COLLAPSIBLE = new RegExp(`[${collapsibleUnits().join('')}]`, 'g');

function collapsibleUnits(): string[] {
  const units: string[] = [];
  for (let c = 0; c < CLASS.length; c++) if (CLASS[c] !== NONE) units.push(`\\u${c.toString(16).padStart(4, '0')}`);
  return units;
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
  // Runs at either end are trimmed. What is left between them is most often one stretch of
  // visible text (two corpus blocks in three: the pretty-printer's runs around a paragraph),
  // which one search tells.
  let start = 0;
  let end = raw.length;
  while (start < end && classOf(raw.charCodeAt(start)) !== NONE) start++;
  while (end > start && classOf(raw.charCodeAt(end - 1)) !== NONE) end--;
  const inner = start === 0 && end === raw.length ? raw : raw.slice(start, end);
  COLLAPSIBLE.lastIndex = 0;
  if (!COLLAPSIBLE.test(inner)) return inner;
  // The search stopped after the first unit of the first run inside: the text before it stays as it is.
  const run = start + COLLAPSIBLE.lastIndex - 1;
  return collapseRuns(raw, run, end, raw.slice(start, run));
}

/**
 * Collapse the runs of `raw` from `i`, where a run starts, to `end`, which closes a visible
 * stretch, appending to `out`, the visible text before `i`.
 */
function collapseRuns(raw: string, i: number, end: number, out: string): string {
  // Built by appending: V8 keeps the pieces as a rope, flattened once when read, cheaper than an array's join.
  let prev = lastCodePoint(raw, i);
  while (i < end) {
    // A whitespace run: what kind it is decides the one space it may become.
    let run = NONE;
    for (; i < end; i++) {
      const kind = classOf(raw.charCodeAt(i));
      if (kind === NONE) break;
      if (kind !== INVISIBLE && kind > run) run = kind;
    }
    const from = i;
    if (run !== NONE && keepsSpace(run, prev, raw.codePointAt(i)!)) out += ' ';
    while (i < end && classOf(raw.charCodeAt(i)) === NONE) i++;
    out += raw.slice(from, i);
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
