/**
 * The frame of a Markdown mirror page: the `### title` line, `----` rules,
 * `#### [首页](…)` navigation and 🎬 💥 🔥 promo lines, and the share footer
 * with its QR image, `原文地址（需翻墙访问）：URL` line and tracking pixel.
 */
import type { SourceStep, StepContext } from '../pipeline/types.js';
import { trimTrailing } from '../text/trim-trailing.js';
import { dropMarkdownLines } from './remove-markdown-lines.js';

/** The footer's first words, simplified or traditional. */
const FOOTER_MARKER = /手机上长按|手機上長按/gu;
const ORIGINAL_URL = /原文(?:地址|链接|鏈接|網址|网址)[^：:\n]{0,12}[：:]\s*(https?:\/\/[^\s<>"']+)/u;
const FIRST_URL = /https?:\/\/[^\s<>"']+/u;
/** The rule printed above the footer, looked for only at the very end of the text before it. */
const RULE_AT_END = /<hr\s{0,4}\/?>$/iu;

/**
 * Remove a Markdown mirror page's frame from its text before the HTML is
 * parsed, taking the title from its `### ` line, `mirrorUrl` from the share
 * footer and `url` from `原文地址…：URL` or `原文链接：URL`. Promo lines
 * injected in the middle of the article HTML go too.
 *
 * The frame is Markdown, a line format around the HTML, so it is removed line
 * by line from the text; the HTML inside is left for the one parse.
 *
 * @returns The source step `removeMarkdownFrame`.
 * @example
 * pipe(removeMarkdownFrame()).run('### 标题\n----\n#### [首页](../README.md)\n<p>正文</p>').found.title
 * // { value: '标题', source: 'mirror' }
 */
export function removeMarkdownFrame(): SourceStep {
  return {
    name: 'removeMarkdownFrame',
    stage: 'source',
    run(text: string, ctx: StepContext): string {
      return dropMarkdownLines(cutFooter(text, ctx), ctx, 'mirror');
    },
  };
}

/** The footer runs from its marker to the end of the page. */
function cutFooter(text: string, ctx: StepContext): string {
  // The footer is the page's last few hundred characters: the marker is looked for in the tail
  // first, and in the whole page only when the tail lacks it.
  const tail = Math.max(0, text.length - FOOTER_TAIL);
  let at = lastMarker(text, tail);
  if (at < 0 && tail > 0) at = lastMarker(text, 0);
  if (at < 0) return text;
  const footer = text.slice(at);
  const original = ORIGINAL_URL.exec(footer);
  if (original !== null) ctx.propose('url', trimUrl(original[1]!), 'mirror');
  const own = FIRST_URL.exec(original === null ? footer : footer.slice(0, original.index));
  if (own !== null) ctx.propose('mirrorUrl', trimUrl(own[0]), 'mirror');
  ctx.removedText(footer, 'share footer', 'share-footer');
  const before = text.slice(0, at).trimEnd();
  const rule = RULE_AT_END.exec(before.slice(-12));
  return rule === null ? before : before.slice(0, before.length - rule[0].length);
}

/**
 * How much of the page's end is searched for the footer marker first: the footer runs 875–1,134
 * characters on the corpus pages, and each marker is searched to the page's end, so a tail twice
 * that is enough (4 KiB cost twice the searching, 5.0 against 3.0 ms a corpus pass).
 */
const FOOTER_TAIL = 2048;

/**
 * The last footer marker on the page at or after `from`. One regex search for both markers: an
 * `indexOf` of a marker stops at every byte its first character shares with ASCII (手 holds 0x62,
 * `b`, in every `gfw-breaker/banned-news` URL of the footer), while the regex skips through the
 * Chinese text by the markers' length (the corpus pages' ends: 1.75 ms a pass against 3.4).
 */
function lastMarker(text: string, from: number): number {
  let at = -1;
  FOOTER_MARKER.lastIndex = from;
  while (FOOTER_MARKER.test(text)) at = FOOTER_MARKER.lastIndex - MARKER_LENGTH;
  return at;
}

/** Both markers are this long. */
const MARKER_LENGTH = 5;

function trimUrl(url: string): string {
  return trimTrailing(url, URL_TAIL);
}

/** Punctuation a sentence may put right after a URL. */
const URL_TAIL = /[)）>\]】。，,.;；]/u;
