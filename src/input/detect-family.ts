/**
 * Which kind of page a text is, from a look at its start.
 */
import type { PageFamily } from '../pipeline/types.js';
import { indexOfMarkup } from '../text/index-of-markup.js';

/** How much of the page's start is looked at. */
const HEAD = 2048;

/**
 * Recognise the page family: bannedbook's text edition, a Markdown mirror
 * page, a full HTML page, or an HTML fragment.
 *
 * @param text - The decoded page.
 * @returns The family.
 * @example
 * detectFamily('### 标题\n----\n…') // 'markdown-mirror'
 */
export function detectFamily(text: string): PageFamily {
  const head = text.slice(0, HEAD).trimStart();
  if (head.startsWith('<!-- 面包屑导航 -->') || (indexOfMarkup(head, '<!-- 面包屑导航') >= 0 && text.includes('class="entry"'))) return 'bannedbook';
  if (/^#{1,6}\s/u.test(head) || /^-{3,}\s*$/mu.test(head.slice(0, 400))) return 'markdown-mirror';
  if (/^(?:<!doctype\s+html|<html[\s>]|<\?xml)/iu.test(head) || /<head[\s>]|<body[\s>]/iu.test(head)) return 'html-page';
  if (text.includes('手机上长按并复制下列链接')) return 'markdown-mirror';
  return 'html-fragment';
}
