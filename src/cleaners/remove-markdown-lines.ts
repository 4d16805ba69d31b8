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
 * line as the title. Lines are found with `indexOf` and only those starting
 * with `#`, `-` or `=` meet the pattern: a multiline regex would be tried at
 * every character of the page.
 *
 * @internal
 */
export function dropMarkdownLines(text: string, ctx: StepContext, titleSource: FieldSource): string {
  let out = '';
  let kept = 0;
  let titled = false;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let first = start;
    while (first < end && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09)) first++;
    const c = text.charCodeAt(first);
    if (c === 0x23 || c === 0x2d || c === 0x3d) {
      const line = text.slice(start, end);
      if (MARKDOWN_LINE.test(line)) {
        titled = dropLine(line, ctx, titled ? null : titleSource) || titled;
        out += text.slice(kept, start);
        kept = end;
      }
    }
    start = end + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
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
