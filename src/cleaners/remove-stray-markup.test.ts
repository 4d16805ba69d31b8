import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeStrayMarkup } from './remove-stray-markup.js';

const texts = (html: string) => pipe(normalizeWhitespace(), removeStrayMarkup()).run(html).blocks.map((b) => b.text);

describe('removeStrayMarkup', () => {
  it('removes a Markdown bold mark that opens a block and is never closed (看中国 p2/942617), not a closed pair', () => {
    expect(texts('<p>**0:11 北戴河会议变质 李克强需自保</p><p>**3:27习近平也知政权朝不保夕？</p>')).toEqual(['0:11 北戴河会议变质 李克强需自保', '3:27习近平也知政权朝不保夕？']);
    expect(texts('<p>**中国之最**，他说。</p><p>申请**计划</p>')).toEqual(['**中国之最**，他说。', '申请**计划']);
  });

  it('removes tags a page shows as text, keeping the text between them', () => {
    expect(texts('<p>&lt;p&gt;&lt;a href=”https://x/a.pdf”&gt;通知 (PDF)&lt;/a&gt;&lt;br /&gt;</p>')).toEqual(['通知 (PDF)']);
    expect(texts('<p>未来（&lt;ahref="https://tuidang.epochtimes.com/"&gt;大纪元退党网站点击可进入）</p>')).toEqual(['未来（大纪元退党网站点击可进入）']);
  });

  it('keeps the address of a link shown as text in links, in curly, straight or no quotes (大纪元 nf4514/n12449829)', () => {
    const result = pipe(normalizeWhitespace(), removeStrayMarkup()).run(
      '<p>&lt;a href=”https://assets.documentcloud.org/documents/7221937/通知.pdf”&gt;通知 (PDF)&lt;/a&gt;&lt;/p&gt;</p>' +
        '<p>&lt;p&gt;&lt;a href="https://example.org/b.txt" target="_blank"&gt;通知 (Text)&lt;/a&gt;</p><p>&lt;a href=https://example.org/c.html&gt;丙&lt;/a&gt;</p>' +
        '<p>&lt;a href="/relative"&gt;不是完整地址&lt;/a&gt;</p>',
    );
    expect(result.blocks.map((b) => b.text)).toEqual(['通知 (PDF)', '通知 (Text)', '丙', '不是完整地址']);
    expect(result.found.links).toEqual([
      { text: '通知 (PDF)', href: 'https://assets.documentcloud.org/documents/7221937/通知.pdf' },
      { text: '通知 (Text)', href: 'https://example.org/b.txt' },
      { text: '丙', href: 'https://example.org/c.html' },
    ]);
  });

  it('keeps angle brackets used as title marks', () => {
    expect(texts('<p>《修订后的&lt;中华人民共和国预算法实施条例&gt;》</p>')).toEqual(['《修订后的<中华人民共和国预算法实施条例>》']);
  });

  it('keeps double-escaped markup as the text it is: entities are decoded once', () => {
    expect(texts('<p>&amp;lt;p&amp;gt;文字</p>')).toEqual(['&lt;p&gt;文字']);
  });
});
