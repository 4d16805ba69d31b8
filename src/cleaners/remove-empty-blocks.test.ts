import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeEmptyBlocks } from './remove-empty-blocks.js';

describe('removeEmptyBlocks', () => {
  it('drops blocks without a letter or digit', () => {
    const blocks = pipe(normalizeWhitespace(), removeEmptyBlocks()).run('<p>正文</p><p>。</p><p>）</p><p>…… </p><p>2020</p>').blocks;
    expect(blocks.map((b) => b.text)).toEqual(['正文', '2020']);
  });
});
