import { describe, expect, it } from 'vitest';
import { PLACES } from '../rules/places.js';
import { placeAtEnd } from './place-at-end.js';

describe('placeAtEnd', () => {
  it('finds the longest place at the end, leaving room in front of it', () => {
    expect(placeAtEnd('郑崇生华盛顿', 2)).toBe('华盛顿');
    expect(placeAtEnd('李言香港', 2)).toBe('香港');
    expect(placeAtEnd('香港', 2)).toBeUndefined();
    expect(placeAtEnd('', 1)).toBeUndefined();
  });

  it('answers as PLACES.find does, for every place behind every short name', () => {
    for (const before of [1, 2]) {
      for (const text of PLACES.flatMap((place) => [`王${place}`, `王明${place}`, place, `${place}人`])) {
        expect(placeAtEnd(text, before)).toBe(PLACES.find((name) => text.endsWith(name) && text.length - name.length >= before));
      }
    }
  });
});
