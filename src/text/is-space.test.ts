import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalOutsideSpaces, firstVisibleIndex, isSpaceUnit } from './is-space.js';

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

describe('equalOutsideSpaces', () => {
  it('reads two texts as equal when they differ in whitespace only', () => {
    expect(equalOutsideSpaces('港警 拘捕\n多人', '港警拘捕多人')).toBe(true);
    expect(equalOutsideSpaces(' \u3000', '')).toBe(true);
    expect(equalOutsideSpaces('港警拘捕', '港警拘捕多人')).toBe(false);
    expect(equalOutsideSpaces('港警拘捕多人', '港警拘捕')).toBe(false);
  });

  it('agrees with comparing the texts with their whitespace replaced away', () => {
    const unit = fc.constantFrom('a', '港', ' ', '\u3000', '\n', '\u00a0', '\ud842', '\udfb7', '\u200b');
    const text = fc.array(unit, { maxLength: 8 }).map((units) => units.join(''));
    fc.assert(fc.property(text, text, (a, b) => equalOutsideSpaces(a, b) === (a.replace(/\s+/gu, '') === b.replace(/\s+/gu, ''))), { numRuns: 3000 });
  });
});
