import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearestName } from './nearest-name.js';

describe('nearestName', () => {
  it('finds the name a slip of the keyboard was meant to be', () => {
    expect(nearestName('explian', ['explain', 'sites', 'site'])).toBe('explain');
    expect(nearestName('bdy', ['body', 'title'])).toBe('body');
    expect(nearestName('remov', ['remove', 'unwrap', 'keep'])).toBe('remove');
    expect(nearestName('Sites', ['sites', 'site'])).toBe('sites');
    expect(nearestName('maxbyte', ['maxBytes', 'minChars'])).toBe('maxBytes');
  });

  it('suggests nothing when no name is close', () => {
    expect(nearestName('colour', ['explain', 'sites'])).toBeNull();
    expect(nearestName('x', ['url', 'at'])).toBeNull();
    expect(nearestName('anything', [])).toBeNull();
  });

  it('prefers the closest of several candidates', () => {
    expect(nearestName('site', ['sites', 'site'])).toBe('site');
    expect(nearestName('sitse', ['sites', 'steps'])).toBe('sites');
  });
});

describe('editDistance', () => {
  it('counts edits, a swap of neighbours as one, and stops at the cap', () => {
    expect(editDistance('timout', 'timeout')).toBe(1);
    expect(editDistance('explian', 'explain')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('banana', 'timeout', 3)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(2);
  });
});

describe('didYouMean', () => {
  it('gives the hint for the nearest name, one found another way, or nothing', () => {
    expect(didYouMean('explian', ['explain', 'sites'])).toBe(' (did you mean "explain"?)');
    expect(didYouMean('colour', ['explain', 'sites'])).toBe('');
    expect(didYouMean('nanfang', ['ntdtv', 'nanfang-guancha'], 'nanfang-guancha')).toBe(' (did you mean "nanfang-guancha"?)');
  });
});
