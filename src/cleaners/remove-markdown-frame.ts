/**
 * The frame of a Markdown mirror page: the `### title` line, `----` rules,
 * `#### [首页](…)` navigation and 🎬 💥 🔥 promo lines, and the share footer
 * with its QR image, `原文地址（需翻墙访问）：URL` line and tracking pixel.
 */
import type { ChildNode, Document, Text } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { walk } from '../dom/walk.js';
import type { StepContext, TreeStep } from '../pipeline/types.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';

const HEADING_LINE = /^#{1,6}(?:\s|$)/u;
const RULE_LINE = /^(?:-{3,}|={3,}|\*{3,})$/u;
const TITLE_LINE = /^###\s+(.+)$/u;
const FOOTER_MARKER = /手机上长按|手機上長按/u;
const ORIGINAL_URL = /原文(?:地址|链接|鏈接|網址|网址)[^：:\n]{0,12}[：:]\s*(https?:\/\/[^\s<>"']+)/u;
const FIRST_URL = /https?:\/\/[^\s<>"']+/u;
/** How much footer text is read for its URLs. */
const MAX_FOOTER_TEXT = 4000;

/**
 * Remove a Markdown mirror page's frame, taking the title from its `### `
 * line, `mirrorUrl` from the share footer and `url` from `原文地址…：URL` or
 * `原文链接：URL`. Promo lines injected in the middle of the article HTML are
 * removed too.
 *
 * @returns The tree step `removeMarkdownFrame`.
 * @example
 * pipe(removeMarkdownFrame()).run('### 标题\n----\n#### [首页](../README.md)\n<p>正文</p>').found.title
 * // { value: '标题', source: 'mirror' }
 */
export function removeMarkdownFrame(): TreeStep {
  return {
    name: 'removeMarkdownFrame',
    stage: 'tree',
    run(doc: Document, ctx: StepContext): void {
      let footer: Text | null = null;
      walk(doc, (node) => {
        if (!isText(node)) return undefined;
        if (footer === null && FOOTER_MARKER.test(node.data)) {
          footer = node;
          return undefined;
        }
        if (footer === null) dropMarkdownLines(node, ctx);
        return undefined;
      });
      if (footer !== null) removeFooter(footer, ctx);
    },
  };
}

/** Drop Markdown heading and rule lines from a text node, reading the title line. */
function dropMarkdownLines(node: Text, ctx: StepContext): void {
  const data = node.data;
  if (!data.includes('#') && !data.includes('---') && !data.includes('===')) return;
  const lines = data.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (!HEADING_LINE.test(trimmed) && !RULE_LINE.test(trimmed)) {
      kept.push(line);
      continue;
    }
    const title = TITLE_LINE.exec(trimmed);
    if (title !== null && ctx.found.title?.source !== 'mirror') {
      ctx.propose('title', collapseWhitespace(title[1]!), 'mirror');
      ctx.changed(trimmed, 'Markdown title line moved to `title`');
    } else if (trimmed !== '' && !RULE_LINE.test(trimmed)) {
      ctx.changed(trimmed, 'Markdown navigation or promo line removed', 'markdown-line');
    }
  }
  if (kept.length !== lines.length) node.data = kept.join('\n');
}

/** The footer runs from its marker to the end of the page. */
function removeFooter(marker: Text, ctx: StepContext): void {
  const text = footerText(marker);
  const original = ORIGINAL_URL.exec(text);
  if (original !== null) ctx.propose('url', trimUrl(original[1]!), 'mirror');
  const mirrorPart = original === null ? text : text.slice(0, original.index);
  const own = FIRST_URL.exec(mirrorPart.slice(mirrorPart.search(FOOTER_MARKER)));
  if (own !== null) ctx.propose('mirrorUrl', trimUrl(own[0]), 'mirror');
  const before = previousElement(marker);
  if (before !== null && before.name === 'hr') ctx.remove(before, 'rule above the share footer', 'share-footer');
  ctx.remove(marker, 'share footer', 'share-footer');
  for (let node: ChildNode | null = marker; node !== null; node = node.parent as ChildNode | null) {
    for (let next = node.next; next !== null; next = next.next) ctx.remove(next, 'share footer', 'share-footer');
    if (node.parent === null || node.parent.type === 'root') break;
  }
}

function footerText(marker: Text): string {
  let text = '';
  for (let node: ChildNode | null = marker; node !== null && text.length < MAX_FOOTER_TEXT; node = nextInDocument(node)) {
    if (isText(node)) text += `${node.data}\n`;
  }
  return text;
}

function nextInDocument(node: ChildNode): ChildNode | null {
  if (isTag(node) && node.children.length > 0) return node.children[0]!;
  for (let n: ChildNode | null = node; n !== null; n = n.parent as ChildNode | null) {
    if (n.next !== null) return n.next;
    if (n.parent === null || n.parent.type === 'root') return null;
  }
  return null;
}

function previousElement(node: ChildNode) {
  for (let prev = node.prev; prev !== null; prev = prev.prev) {
    if (isTag(prev)) return prev;
    if (isText(prev) && prev.data.trim() !== '') return null;
  }
  return null;
}

function trimUrl(url: string): string {
  return url.replace(/[)）>\]】。，,.;；]+$/u, '');
}
