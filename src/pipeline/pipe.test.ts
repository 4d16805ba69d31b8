import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../cleaners/normalize-whitespace.js';
import { removeAds } from '../cleaners/remove-ads.js';
import { toBlocks } from '../cleaners/to-blocks.js';
import { unwrapLinks } from '../cleaners/unwrap-links.js';
import { DEFAULT_STEP_NAMES, DEFAULT_STEPS } from './default-steps.js';
import { pipe } from './pipe.js';
import type { Step } from './types.js';

describe('pipe', () => {
  it('composes steps and pipelines, and converts to blocks when asked for block steps', () => {
    const inner = pipe(removeAds(), unwrapLinks());
    const outer = pipe(inner, normalizeWhitespace());
    expect(outer.steps.map((s) => s.name)).toEqual(['removeAds', 'unwrapLinks', 'toBlocks', 'normalizeWhitespace']);
    expect(outer.run('<p>中<a href="/x">国</a></p><ins class="adsbygoogle"></ins>').blocks).toEqual([{ kind: 'paragraph', text: '中国' }]);
  });

  it('always returns blocks, even with tree steps only', () => {
    expect(pipe(removeAds()).run('<p>正文</p>').blocks).toEqual([{ kind: 'paragraph', text: '正文' }]);
  });

  it('rejects a tree step after a block step, naming both', () => {
    expect(() => pipe(normalizeWhitespace(), removeAds())).toThrow(/tree step "removeAds" comes after blocks step "normalizeWhitespace"/u);
  });

  it('rejects duplicate names and things that are not steps', () => {
    expect(() => pipe(removeAds(), removeAds())).toThrow(/step name "removeAds" appears twice/u);
    expect(() => pipe({ name: 'x' } as unknown as Step)).toThrow(/is not a step/u);
    expect(() => pipe(toBlocks(), toBlocks())).toThrow(/appears twice/u);
  });

  it('exports the default pipeline as data that can be edited by name', () => {
    expect(DEFAULT_STEP_NAMES).toEqual(DEFAULT_STEPS.map((s) => s.name));
    const withoutRelated = pipe(...DEFAULT_STEPS.filter((s) => s.name !== 'removeRelated'));
    expect(withoutRelated.steps.map((s) => s.name)).not.toContain('removeRelated');
    expect(Object.isFrozen(DEFAULT_STEPS)).toBe(true);
  });
});
