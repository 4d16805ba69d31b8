/**
 * HTML tags that a page shows as text, because its CMS escaped them once too often.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';

/** A tag-shaped token: `<a href=…>`, `</a>`, `<br />`, `<p>`. Bounded, so it cannot backtrack far. */
const TAG_TOKEN = /<\/?([A-Za-z][A-Za-z0-9]{0,14})([^<>]{0,400})>/gu;
/**
 * A link shown as text, `<a href=”URL”>text</a>`: its address, in straight or curly quotes or
 * none, and its text. Bounded like TAG_TOKEN.
 */
const SHOWN_LINK = /<a\s[^<>]{0,200}?href\s?=\s?["'“”‘’]?(https?:\/\/[^\s"'“”‘’<>]{1,400})[^<>]{0,200}>([^<]{1,200})<\/a\s?>/giu;
const HTML_TAGS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'center', 'code', 'div', 'em', 'figcaption', 'figure', 'font', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'i', 'iframe', 'img', 'li', 'ol', 'p', 'pre', 'script', 'small', 'span', 'strong', 'style',
  'sub', 'sup', 'table', 'tbody', 'td', 'th', 'tr', 'u', 'ul', 'video', 'audio', 'source', 'ok',
]);

/**
 * Remove HTML tags that appear as text in a block (`<a href=”…”>文件 (PDF)</a>`),
 * keeping the text between them. Only tokens that are HTML tag names or carry
 * attributes are removed, so `<中华人民共和国预算法实施条例>` inside 《》 stays.
 * A link shown that way with a full address (http or https) keeps it in `links`, as an
 * unwrapped link does; a relative one, with no page to resolve it against here, does not.
 *
 * A Markdown bold mark that opens a block and is never closed (`**0:11 北戴河会议变质`, 看中国's
 * video chapter lists) goes too.
 *
 * @returns The block step `removeStrayMarkup`.
 * @example
 * // '<p><a href=”x.pdf”>通知 (PDF)</a></p>' → '通知 (PDF)'
 */
export function removeStrayMarkup(): BlockStep {
  return {
    name: 'removeStrayMarkup',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      return blocks.map((block) => {
        if (block.text.startsWith('**') && !block.text.includes('**', 2)) {
          ctx.changed('**', 'unclosed Markdown bold mark removed');
          return { ...block, text: block.text.slice(2).trimStart() };
        }
        if (!block.text.includes('<')) return block;
        const text = stripTags(block.text);
        if (text === block.text) return block;
        ctx.changed(block.text, 'markup shown as text removed');
        recordShownLinks(block.text, ctx);
        const items = block.items?.map(stripTags);
        return items === undefined ? { ...block, text } : { ...block, text, items };
      });
    },
  };
}

function stripTags(text: string): string {
  return text
    .replace(TAG_TOKEN, (token, name: string, rest: string) => (HTML_TAGS.has(name.toLowerCase()) || rest.includes('=') ? '' : token))
    .trim();
}

/** The links a block shows as text, added to `links` (no place in the tree: the block stays). */
function recordShownLinks(text: string, ctx: StepContext): void {
  for (const [, href, inner] of text.matchAll(SHOWN_LINK)) {
    const label = collapseWhitespace(inner!);
    if (label !== '') ctx.addLink({ text: label, href: href! }, null);
  }
}
