import { describe, expect, it } from 'vitest';
import type { Article } from '../types.js';
import { toHtml } from './to-html.js';
import { escapeMarkdown, toMarkdown } from './to-markdown.js';
import { toText } from './to-text.js';

const article: Pick<Article, 'title' | 'body' | 'published' | 'authors' | 'outlet' | 'url' | 'images' | 'lang'> = {
  title: '普习视频会谈',
  body: [
    { kind: 'paragraph', text: '第一段 <b>不是标签</b> & [链接](http://x)。' },
    { kind: 'heading', text: '小标题' },
    { kind: 'quote', text: '引文' },
    { kind: 'list', text: '甲\n乙', items: ['甲', '乙'] },
  ],
  published: '2022-12-30',
  authors: ['李言'],
  outlet: { id: 'epochtimes', name: '大纪元', url: 'https://www.epochtimes.com' },
  url: 'https://www.epochtimes.com/gb/22/12/30/n13895357.htm',
  images: [
    { src: 'https://i.epochtimes.com/a.jpg', alt: '图"片', caption: '说明', credit: '美联社' },
    { src: 'javascript:alert(1)' },
  ],
  lang: 'zh-Hans',
};

describe('renderers', () => {
  it('toText: title then blocks', () => {
    expect(toText(article)).toBe('普习视频会谈\n\n第一段 <b>不是标签</b> & [链接](http://x)。\n\n小标题\n\n引文\n\n甲\n乙');
  });

  it('toMarkdown: escapes what would become links or HTML', () => {
    expect(toMarkdown(article)).toBe(
      [
        '# 普习视频会谈',
        '2022-12-30 · 李言 · 大纪元',
        '第一段 \\<b\\>不是标签\\</b\\> &amp; \\[链接\\](http\\://x)。',
        '## 小标题',
        '> 引文',
        '- 甲\n- 乙',
        '<https://www.epochtimes.com/gb/22/12/30/n13895357.htm>',
      ].join('\n\n') + '\n',
    );
    expect(escapeMarkdown('# 不是标题\n1. 不是列表\nwww.example.com')).toBe('\\# 不是标题\n1\\. 不是列表\nwww\\.example.com');
  });

  it('toHtml: text escaped, unsafe image URLs dropped', () => {
    expect(toHtml(article)).toBe(
      '<article lang="zh-Hans"><h1>普习视频会谈</h1><p><time datetime="2022-12-30">2022-12-30</time></p>' +
        '<p>第一段 &lt;b&gt;不是标签&lt;/b&gt; &amp; [链接](http://x)。</p><h2>小标题</h2><blockquote><p>引文</p></blockquote>' +
        '<ul><li>甲</li><li>乙</li></ul><figure><img src="https://i.epochtimes.com/a.jpg" alt="图&quot;片"><figcaption>说明（美联社）</figcaption></figure>' +
        '<p><a href="https://www.epochtimes.com/gb/22/12/30/n13895357.htm">https://www.epochtimes.com/gb/22/12/30/n13895357.htm</a></p></article>',
    );
  });
});
