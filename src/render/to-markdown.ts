/**
 * Markdown of an article, with the text escaped so that nothing in it becomes
 * a link, an image, HTML or markup.
 */
import type { Article, Block } from '../types.js';
import { checkArticle } from './check-article.js';

/** Characters with a meaning anywhere in a Markdown line. */
const INLINE = /[\\`*_[\]<>|~!]/gu;
/** Line starts that would make a heading, a list, a quote or a rule. */
const LINE_START = /^(\s*)(#{1,6}(?=\s|$)|[-+*](?=\s)|\d{1,9}(?=[.)]\s)|>|=+\s*$|-+\s*$)/u;

/**
 * Escape text for Markdown: inline markup characters get a backslash, URLs
 * cannot autolink (`https\://`, `www\.`), HTML cannot form, and a line cannot
 * start a heading, list or quote.
 *
 * @param text - Plain text.
 * @returns Markdown that displays exactly that text.
 * @example
 * escapeMarkdown('[点击](http://x)') // '\\[点击\\](http\\://x)'
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE, '\\$&')
        .replace(/:\/\//gu, '\\://')
        .replace(/\bwww\./giu, (m) => `${m.slice(0, 3)}\\.`)
        .replace(/&/gu, '&amp;')
        .replace(LINE_START, (_m, space: string, mark: string) => `${space}${escapeMark(mark)}`),
    )
    .join('\n');
}

/** `1.` keeps its digits and escapes the dot; other marks get a backslash in front. */
function escapeMark(mark: string): string {
  return /^\d/u.test(mark) ? `${mark}\\` : `\\${mark}`;
}

/**
 * Render an article as Markdown: a `#` title, a metadata line (date, authors,
 * outlet, source link), then the body.
 *
 * @param article - The article.
 * @returns Markdown text.
 * @example
 * toMarkdown(article) // '# 标题\n\n2022-12-30 · 李言 · 大纪元\n\n第一段。\n'
 */
export function toMarkdown(article: Pick<Article, 'title' | 'body' | 'published' | 'authors' | 'outlet' | 'url'>): string {
  checkArticle(article, 'toMarkdown()');
  const parts: string[] = [];
  if (article.title !== '') parts.push(`# ${escapeMarkdown(article.title)}`);
  const meta = [article.published, article.authors.join('、'), article.outlet?.name].filter((v): v is string => v !== null && v !== undefined && v !== '');
  if (meta.length > 0) parts.push(escapeMarkdown(meta.join(' · ')));
  for (const block of article.body) parts.push(renderBlock(block));
  if (article.url !== null && /^https?:\/\//u.test(article.url)) parts.push(`<${article.url.replace(/[<>\s]/gu, encodeURIComponent)}>`);
  return `${parts.join('\n\n')}\n`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `## ${escapeMarkdown(block.text).replace(/\n/gu, ' ')}`;
    case 'quote':
      return escapeMarkdown(block.text).split('\n').map((line) => `> ${line}`).join('\n');
    case 'list':
      return (block.items ?? [block.text]).map((item) => `- ${escapeMarkdown(item).replace(/\n/gu, ' ')}`).join('\n');
    case 'paragraph':
      return escapeMarkdown(block.text);
  }
}
