import { describe, expect, it } from 'vitest';
import { firstVisibleIndex, isSpaceUnit } from './is-space.js';

describe('isSpaceUnit', () => {
  it('agrees with \\s on every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceUnit(c)).toBe(/\s/u.test(String.fromCharCode(c)));
  });
});

describe('firstVisibleIndex', () => {
  it('finds where trim() would start', () => {
    for (const text of ['', ' ', '\n  相关新闻', '\u3000\ufeffa ', 'abc', ' \u2028\u00a0']) {
      const trimmed = text.trim();
      expect(firstVisibleIndex(text)).toBe(trimmed === '' ? -1 : text.indexOf(trimmed));
    }
  });
});
