/**
 * CJK-aware whitespace collapsing.
 */
import { isCjk, isLatinAlnum, isNeutralPunctuation } from './cjk.js';

const enum Space {
  None = 0,
  /** Typed by the author: spaces, no-break spaces, ideographic spaces. */
  Hard = 1,
  /** Left by markup: a run with a line break or tab, as pretty-printers write. */
  Soft = 2,
}

/** Characters deleted outright: zero-width spaces, word joiner, BOM, soft hyphen. */
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

function spaceKind(c: number): Space {
  if (c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f) return Space.Hard;
  if ((c >= 0x2000 && c <= 0x200a)) return Space.Hard;
  if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029 || c === 0x85) {
    return Space.Soft;
  }
  return Space.None;
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
  let out = '';
  let runStart = -1;
  let run = Space.None;
  let prev = -1;
  let segmentStart = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const kind = spaceKind(c);
    if (kind !== Space.None || isInvisible(c)) {
      if (runStart < 0) {
        out += raw.slice(segmentStart, i);
        runStart = i;
      }
      if (kind > run) run = kind;
      continue;
    }
    if (runStart >= 0) {
      if (run !== Space.None && prev >= 0 && keepsSpace(run, prev, raw.codePointAt(i)!)) out += ' ';
      runStart = -1;
      run = Space.None;
      segmentStart = i;
    }
    prev = c >= 0xdc00 && c <= 0xdfff && i > 0 ? raw.codePointAt(i - 1)! : c;
  }
  if (runStart < 0) out += raw.slice(segmentStart);
  return out;
}

function keepsSpace(run: Space, before: number, after: number): boolean {
  if (run === Space.Hard) return true;
  if (isCjk(before) || isCjk(after)) return false;
  if (isNeutralPunctuation(before)) return isLatinAlnum(after);
  if (isNeutralPunctuation(after)) return isLatinAlnum(before);
  return true;
}
