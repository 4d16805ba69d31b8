import { describe, expect, it } from 'vitest';
import { fileByUnit } from './file-by-unit.js';

describe('fileByUnit', () => {
  it('files each word under its first or last code unit, keeping the table order in each list', () => {
    const words = ['华盛顿', '北京', '东京', '北'];
    const byLast = fileByUnit(words, 'last');
    expect(byLast.get('京'.charCodeAt(0))).toEqual(['北京', '东京']);
    expect(byLast.get('北'.charCodeAt(0))).toEqual(['北']);
    const byFirst = fileByUnit(words, 'first');
    expect(byFirst.get('北'.charCodeAt(0))).toEqual(['北京', '北']);
    expect(byFirst.get('京'.charCodeAt(0))).toBeUndefined();
  });

  it('gives the answer a search of the whole table gives, for any text', () => {
    const words = ['美国之音', '美联社', '路透社', '法新社', '社', '中央社'];
    const byLast = fileByUnit(words, 'last');
    for (const text of ['据法新社', '中央社', '新华社', '社', '美联', '']) {
      expect(byLast.get(text.charCodeAt(text.length - 1))?.find((w) => text.endsWith(w))).toBe(words.find((w) => text.endsWith(w)));
    }
  });
});
