import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeStrayMarkup } from './remove-stray-markup.js';

const texts = (html: string) => pipe(normalizeWhitespace(), removeStrayMarkup()).run(html).blocks.map((b) => b.text);

describe('removeStrayMarkup', () => {
  it('removes tags a page shows as text, keeping the text between them', () => {
    expect(texts('<p>&lt;p&gt;&lt;a href=”https://x/a.pdf”&gt;通知 (PDF)&lt;/a&gt;&lt;br /&gt;</p>')).toEqual(['通知 (PDF)']);
    expect(texts('<p>未来（&lt;ahref="https://tuidang.epochtimes.com/"&gt;大纪元退党网站点击可进入）</p>')).toEqual(['未来（大纪元退党网站点击可进入）']);
  });

  it('keeps angle brackets used as title marks', () => {
    expect(texts('<p>《修订后的&lt;中华人民共和国预算法实施条例&gt;》</p>')).toEqual(['《修订后的<中华人民共和国预算法实施条例>》']);
  });

  it('keeps double-escaped markup as the text it is: entities are decoded once', () => {
    expect(texts('<p>&amp;lt;p&amp;gt;文字</p>')).toEqual(['&lt;p&gt;文字']);
  });
});
