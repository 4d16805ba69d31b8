import { describe, expect, it } from 'vitest';
import { utf8Length } from './utf8-length.js';

describe('utf8Length', () => {
  it('matches the encoder on ASCII, Latin, Han, and astral characters', () => {
    const encoder = new TextEncoder();
    for (const text of ['', 'news', 'café', '新闻 news', '【大纪元2022年12月30日讯】', '𠮷野家 😀', 'a\u0000b']) {
      expect(utf8Length(text)).toBe(encoder.encode(text).length);
    }
  });
});
