import { describe, expect, it } from 'vitest';
import { parseNumber } from './numerals.js';

describe('parseNumber', () => {
  it('reads ASCII, full-width and mixed digits', () => {
    expect(parseNumber('2022')).toBe(2022);
    expect(parseNumber('２０２２')).toBe(2022);
    expect(parseNumber('2０2２')).toBe(2022);
    expect(parseNumber('07')).toBe(7);
  });

  it('reads Chinese numerals digit by digit and positional', () => {
    expect(parseNumber('二〇二二')).toBe(2022);
    expect(parseNumber('十二')).toBe(12);
    expect(parseNumber('廿一')).toBe(21);
  });

  it('refuses what is no number', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12a')).toBeNull();
    expect(parseNumber('1二')).toBeNull();
  });

  it('reads a long run of digits as parseInt does', () => {
    expect(parseNumber('12345678901234567890')).toBe(Number.parseInt('12345678901234567890', 10));
    expect(parseNumber('９'.repeat(20))).toBe(Number.parseInt('9'.repeat(20), 10));
  });
});
