import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasUnitWithin, isAmong, isPlainWordUnit, screenOf, unitsOf } from './units.js';

describe('unitsOf', () => {
  it('holds the code unit of each character', () => {
    expect([...unitsOf('记記 ')]).toEqual([0x8bb0, 0x8a18, 0x20]);
  });
});

describe('hasUnitWithin', () => {
  const words = screenOf('报報');

  it('looks at the first `limit` units only', () => {
    expect(hasUnitWithin('記者 梁曉晴報道：', words, 7)).toBe(true);
    expect(hasUnitWithin('記者 梁曉晴報道：', words, 6)).toBe(false);
  });

  it('stops at the end of a shorter text, and finds nothing in an empty one', () => {
    expect(hasUnitWithin('报', words, 50)).toBe(true);
    expect(hasUnitWithin('', words, 50)).toBe(false);
  });
});

describe('isAmong', () => {
  it('answers as the set of units does, for every code unit and for NaN', () => {
    for (const chars of ['报報', '报報网網台臺社新本', '（(〔【', ' \u3000:：/／|｜']) {
      const screen = screenOf(chars);
      const units = unitsOf(chars);
      fc.assert(fc.property(fc.integer({ min: 0, max: 0xffff }), (unit) => isAmong(unit, screen) === units.has(unit)), { numRuns: 20000 });
      for (const unit of units) expect(isAmong(unit, screen)).toBe(true);
      expect(isAmong(Number.NaN, screen)).toBe(false);
    }
  });
});

describe('isPlainWordUnit', () => {
  it('is a common Han ideograph, an ASCII letter or a digit, each a letter or digit to \\p{L}\\p{N}', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (isPlainWordUnit(c)) expect(/[\p{L}\p{N}]/u.test(String.fromCharCode(c)), `U+${c.toString(16)}`).toBe(true);
    }
    expect(['中', '龥', 'a', 'Z', '0', '9'].map((ch) => isPlainWordUnit(ch.charCodeAt(0)))).toEqual([true, true, true, true, true, true]);
    expect(['，', '「', ' ', '@', '[', '`', '{', 'é', '〇'].map((ch) => isPlainWordUnit(ch.charCodeAt(0)))).toEqual([false, false, false, false, false, false, false, false, false]);
    expect(isPlainWordUnit(Number.NaN)).toBe(false);
  });
});
