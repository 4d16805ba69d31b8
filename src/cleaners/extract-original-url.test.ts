import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { extractOriginalUrl } from './extract-original-url.js';
import { extractPageMeta } from './extract-page-meta.js';

describe('extractOriginalUrl', () => {
  it('reads the stated original over the copy\'s own canonical link', () => {
    const page = '<html><head><link href="https://mirror.example.org/p/1" rel="canonical"></head><body><p>正文。</p><p>原文链接：https://www.voachinese.com/a/x.html。</p></body></html>';
    expect(pipe(extractOriginalUrl(), extractPageMeta()).run(page).found.url).toEqual({ value: 'https://www.voachinese.com/a/x.html', source: 'mirror' });
  });

  it('leaves pages that state nothing alone', () => {
    const page = '<p>正文。</p>';
    const result = pipe(extractOriginalUrl()).run(page);
    expect(result.found.url).toBeNull();
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
  });
});
