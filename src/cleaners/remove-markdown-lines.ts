/**
 * The Markdown lines of a Markdown mirror page: heading and rule lines around
 * (and inside) the HTML it carries.
 */
import type { FieldSource } from '../types.js';
import type { SourceStep, StepContext } from '../pipeline/types.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';

/** A Markdown heading or rule line, wherever it stands (mirrors inject promo lines into the article HTML). */
const MARKDOWN_LINE = /^[ \t]*(?:#{1,6}(?:[ \t].*)?|-{3,}[ \t]*|={3,}[ \t]*)\r?$/u;
const TITLE_LINE = /^[ \t]*###[ \t]+(\S[^\n]*)$/u;

/**
 * Remove the Markdown heading and rule lines of a Markdown mirror page, and
 * offer its first `### ` line as the title. This is the format, not a site:
 * any mirror that wraps an article's HTML in Markdown navigation and promo
 * lines (`#### [首页](…)`, `#### 💥 […](…)`, `----`) is read this way, with
 * no profile. A mirror's own profile may read more (its footer, its URLs).
 *
 * The lines are removed from the text before the one parse: they are not
 * markup, so no tree step could tell them from the article's text.
 *
 * @returns The source step `removeMarkdownLines`, which runs on Markdown mirror pages only.
 * @example
 * pipe(removeMarkdownLines()).run('### 标题\n----\n#### [首页](../README.md)\n<p>正文</p>', { family: 'markdown-mirror' }).found.title
 * // { value: '标题', source: 'text' }
 */
export function removeMarkdownLines(): SourceStep {
  return {
    name: 'removeMarkdownLines',
    stage: 'source',
    when: (ctx) => ctx.family === 'markdown-mirror',
    run: (text, ctx) => dropMarkdownLines(text, ctx, 'text'),
  };
}

/**
 * Blank out every Markdown heading or rule line, offering the first `### `
 * line as the title. Every such line holds `#`, `---` or `===` where its
 * blanks end, so the page is searched for those three with `indexOf` and only
 * a line that starts with one of them meets the pattern: not every line is
 * visited (a page has about 200, a tenth of them start with a mark), and a
 * multiline regex would be tried at every character of the page.
 *
 * The kept stretches are joined in one piece: appended one to another they
 * make a rope, and the parse then reads the page, one `charCodeAt` per tag
 * character, through the rope's indirection (a corpus parse: 1.10 of its time
 * on the flat page; joining costs what flattening the rope costs anyway).
 *
 * @internal
 */
export function dropMarkdownLines(text: string, ctx: StepContext, titleSource: FieldSource): string {
  const kept: string[] = [];
  let keptTo = 0;
  let titled = false;
  let hash = text.indexOf('#');
  let dash = text.indexOf('---');
  let equals = text.indexOf('===');
  while (hash >= 0 || dash >= 0 || equals >= 0) {
    const at = earliest(earliest(hash, dash), equals);
    const start = blankLineStart(text, at);
    // A mark with something else before it on its line settles that line: its first mark came earlier.
    let next = at + 1;
    if (start >= 0) {
      const newline = text.indexOf('\n', at);
      const end = newline < 0 ? text.length : newline;
      const line = text.slice(start, end);
      if (MARKDOWN_LINE.test(line)) {
        titled = dropLine(line, ctx, titled ? null : titleSource) || titled;
        kept.push(text.slice(keptTo, start));
        keptTo = end;
      }
      next = end;
    }
    if (hash >= 0 && hash < next) hash = text.indexOf('#', next);
    if (dash >= 0 && dash < next) dash = text.indexOf('---', next);
    if (equals >= 0 && equals < next) equals = text.indexOf('===', next);
  }
  if (keptTo === 0) return text;
  kept.push(text.slice(keptTo));
  return kept.join('');
}

/** The smaller of two positions, `-1` standing for none. */
function earliest(a: number, b: number): number {
  return a < 0 || (b >= 0 && b < a) ? b : a;
}

/** Where the line of `at` starts when only spaces and tabs stand before `at` on it, else `-1`. */
function blankLineStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i < 0) return 0;
  return text.charCodeAt(i) === 0x0a ? i + 1 : -1;
}

/** Drop one line; a title line is offered as the title when `titleSource` is given. Returns whether it was. */
function dropLine(line: string, ctx: StepContext, titleSource: FieldSource | null): boolean {
  const trimmed = line.trim();
  const title = titleSource === null ? null : TITLE_LINE.exec(line);
  if (title !== null && titleSource !== null) {
    ctx.propose('title', collapseWhitespace(title[1]!), titleSource);
    ctx.changed(trimmed, 'Markdown title line moved to `title`');
    return true;
  }
  if (!/^[-=]+$/u.test(trimmed) && trimmed !== '') ctx.removedText(trimmed, 'Markdown navigation or promo line', 'markdown-line');
  return false;
}
