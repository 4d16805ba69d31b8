import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';

describe('normalizeWhitespace', () => {
  it('collapses block text and list items, dropping blocks left empty', () => {
    const result = pipe(normalizeWhitespace()).run('<p>\n 中\n <b>国</b>\n</p><ul><li> a\n b </li><li> </li></ul><p>\u200b</p>', { explain: true });
    expect(result.blocks).toEqual([
      { kind: 'paragraph', text: '中国' },
      { kind: 'list', text: 'a b', items: ['a b'] },
    ]);
    expect(result.trace).toHaveLength(1);
  });
});
