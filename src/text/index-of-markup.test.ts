import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfMarkup } from './index-of-markup.js';

describe('indexOfMarkup', () => {
  it('finds a literal opening with `<` where indexOf does', () => {
    expect(indexOfMarkup('<p>x</p><!--END-->', '<!--')).toBe(8);
    expect(indexOfMarkup('<!--', '<!--')).toBe(0);
    expect(indexOfMarkup('!--<a>!--< !--', '<!--')).toBe(-1);
    expect(indexOfMarkup('<<!-- 面包屑导航 -->', '<!-- 面包屑导航')).toBe(1);
    expect(indexOfMarkup('', '<!--')).toBe(-1);
    expect(indexOfMarkup('a<b', '<')).toBe(1);
    expect(indexOfMarkup('a!--b', '!--')).toBe(1);
  });

  it('answers as indexOf does on any text', () => {
    const text = fc.array(fc.constantFrom('<', '!', '-', 'a', '面'), { maxLength: 30 }).map((units) => units.join(''));
    const literal = fc.array(fc.constantFrom('<', '!', '-', 'a'), { minLength: 1, maxLength: 4 }).map((units) => units.join(''));
    fc.assert(fc.property(text, literal, (t, l) => indexOfMarkup(t, l) === t.indexOf(l)), { numRuns: 5000 });
  });
});
