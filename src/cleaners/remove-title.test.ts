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

  it('compares without whitespace of any kind or invisible characters, and not a block that only starts like the title', () => {
    const page = (first: string): string => `<html><head><title>普习 视频会谈</title></head><body><p>${first}</p><p>正文。</p></body></html>`;
    const run = (first: string): string[] => pipe(extractPageMeta(), normalizeWhitespace(), removeTitle()).run(page(first)).blocks.map((b) => b.text);
    expect(run('普习\u3000视频\u200b会谈')).toEqual(['正文。']);
    expect(run('普习视频 会谈')).toEqual(['正文。']);
    expect(run('普习视频会谈。')).toEqual(['普习视频会谈。', '正文。']);
    expect(run('普习视频')).toEqual(['普习视频', '正文。']);
  });

  it('steps over whitespace and invisible characters in the title too, and drops nothing for a title of whitespace only', () => {
    const page = (title: string, first: string): string => `<html><head><title>${title}</title></head><body><p>${first}</p><p>正文。</p></body></html>`;
    const run = (title: string, first: string): string[] => pipe(extractPageMeta(), normalizeWhitespace(), removeTitle()).run(page(title, first)).blocks.map((b) => b.text);
    expect(run('\u200b普习\u3000视频\u00ad会谈 ', '普习视频会谈')).toEqual(['正文。']);
    expect(run('普习视频会谈', '普习视频会谈\u00a0')).toEqual(['正文。']);
    expect(run('普习视频会谈谈', '普习视频会谈')).toEqual(['普习视频会谈', '正文。']);
  });
});
