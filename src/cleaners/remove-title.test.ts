import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { extractPageMeta } from './extract-page-meta.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeTitle } from './remove-title.js';

describe('removeTitle', () => {
  it('drops a leading block that repeats the title, and only that', () => {
    const result = pipe(extractPageMeta(), normalizeWhitespace(), removeTitle()).run('<h1>普习 视频会谈</h1><p>正文提到普习视频会谈。</p><p>普习 视频会谈</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['正文提到普习视频会谈。', '普习 视频会谈']);
  });
});
