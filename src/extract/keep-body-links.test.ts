import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.js';

const PARAGRAPH = '这是一段足够长的正文内容，讲述事情的经过以及各方的反应和评论，';

describe('keepBodyLinks (through extractArticle)', () => {
  it('keeps the links of paragraphs that stay, drops those of paragraphs a later step removed', () => {
    const page = `<div class="article">
<p>${PARAGRAPH}据<a href="https://www.voachinese.com/a/1.html">美国之音</a>报道。</p>
<p>${PARAGRAPH}${PARAGRAPH}</p>
<p>【诚征荣誉会员】溪流能够汇成大海，小善可以成就大爱。我们向全球华人诚意征集万名<a href="https://www.secretchina.com/kzgd/subscribe.html">荣誉会员</a>。</p>
<ul><li><a href="https://example.com/list-item">列表里的链接</a>也在正文里</li></ul>
</div>`;
    const result = extractArticle(page);
    expect(result.ok).toBe(true);
    expect(result.article?.text).not.toContain('荣誉会员');
    expect(result.article?.links).toEqual([
      { text: '美国之音', href: 'https://www.voachinese.com/a/1.html' },
      { text: '列表里的链接', href: 'https://example.com/list-item' },
    ]);
  });

  it('keeps a link that stands both in a dropped paragraph and in a kept one, once', () => {
    const link = '<a href="https://example.com/x">链接</a>';
    const page = `<p>${PARAGRAPH}${link}。</p><p>${PARAGRAPH}${PARAGRAPH}</p><p>【诚征荣誉会员】溪流能够汇成大海，小善可以成就大爱。${link}</p>`;
    expect(extractArticle(page).article?.links).toEqual([{ text: '链接', href: 'https://example.com/x' }]);
  });
});
