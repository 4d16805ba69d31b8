import { describe, expect, it } from 'vitest';
import { hasUnitWithin, unitsOf } from './units.js';

describe('unitsOf', () => {
  it('holds the code unit of each character', () => {
    expect([...unitsOf('记記 ')]).toEqual([0x8bb0, 0x8a18, 0x20]);
  });
});

describe('hasUnitWithin', () => {
  const words = unitsOf('报報');

  it('looks at the first `limit` units only', () => {
    expect(hasUnitWithin('記者 梁曉晴報道：', words, 7)).toBe(true);
    expect(hasUnitWithin('記者 梁曉晴報道：', words, 6)).toBe(false);
  });

  it('stops at the end of a shorter text, and finds nothing in an empty one', () => {
    expect(hasUnitWithin('报', words, 50)).toBe(true);
    expect(hasUnitWithin('', words, 50)).toBe(false);
  });
});
