import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { opensReadable, removeEmptyBlocks } from './remove-empty-blocks.js';

describe('removeEmptyBlocks', () => {
  it('drops blocks without a letter or digit', () => {
    const blocks = pipe(normalizeWhitespace(), removeEmptyBlocks()).run('<p>——</p><p>正文</p><p>。</p><p>）</p><p>2020</p>').blocks;
    expect(blocks.map((b) => b.text)).toEqual(['正文', '2020']);
  });

  it('keeps a line of ellipsis marks after text: the writer cut there (rfa panel-06242020153957)', () => {
    const run = (html: string) => pipe(normalizeWhitespace(), removeEmptyBlocks()).run(html).blocks.map((b) => b.text);
    expect(run('<p>欧洲议会决议<br>………<br><br>中印边境冲突</p><p>…… </p><p>......</p>')).toEqual(['欧洲议会决议', '………', '中印边境冲突', '……', '......']);
    // Before any text it stands for nothing.
    expect(run('<p>……</p><p>正文</p>')).toEqual(['正文']);
  });

  it('joins a closing quotation mark back to the paragraph that left it open, and drops one that closes nothing', () => {
    const result = pipe(normalizeWhitespace(), removeEmptyBlocks()).run('<p>他在贺词中提到:“发声、表态，就非常重要。<br/>”</p><p>另一段“引语”完整。</p><p>”</p><p>」</p>', { explain: true });
    expect(result.blocks.map((b) => b.text)).toEqual(['他在贺词中提到:“发声、表态，就非常重要。”', '另一段“引语”完整。']);
    expect(result.trace).toContainEqual(expect.objectContaining({ kind: 'changed', step: 'removeEmptyBlocks', snippet: '”' }));
    expect(result.trace.filter((entry) => entry.kind === 'removed').map((entry) => entry.snippet)).toEqual(['”', '」']);
    // Two closing marks for one open quotation: nothing to join them to.
    expect(pipe(normalizeWhitespace(), removeEmptyBlocks()).run('<p>他说:“好。</p><p>””</p>').blocks.map((b) => b.text)).toEqual(['他说:“好。']);
  });

  it('reads a block as readable by its first character only when the pattern would too', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const text = `${String.fromCharCode(c)}。`;
      if (opensReadable(text)) expect(/[\p{L}\p{N}]/u.test(text), `U+${c.toString(16)}`).toBe(true);
    }
    expect(opensReadable('')).toBe(false);
    expect(opensReadable('“正文”')).toBe(false);
  });
});
