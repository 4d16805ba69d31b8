import { describe, expect, it } from 'vitest';
import { trimTrailing } from './trim-trailing.js';

describe('trimTrailing', () => {
  it('cuts the run at the end only', () => {
    expect(trimTrailing('（记者王明报导）# ', /[)）#\s]/u)).toBe('（记者王明报导');
    expect(trimTrailing('a)b)', /[)）]/u)).toBe('a)b');
    expect(trimTrailing('', /\s/u)).toBe('');
    expect(trimTrailing(')))', /\)/u)).toBe('');
    expect(trimTrailing('𠮷𠮷', /𠮷/u)).toBe('');
  });

  it('is linear where the regex replace is quadratic: a long run that does not reach the end', () => {
    const text = `${' '.repeat(200_000)}x`;
    expect(trimTrailing(text, /\s/u)).toBe(text);
    expect(trimTrailing(`x${' '.repeat(200_000)}`, /\s/u)).toBe('x');
  });
});
