import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { repairMojibake } from './repair-mojibake.js';

describe('repairMojibake', () => {
  it('repairs body blocks and records an issue', () => {
    const garbled = new TextDecoder('windows-1252').decode(new TextEncoder().encode('中国共产党'));
    const result = pipe(repairMojibake(), normalizeWhitespace()).run(`<p>${garbled}</p><p>正常</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['中国共产党', '正常']);
    expect(result.issues.map((i) => i.code)).toEqual(['mojibake-repaired']);
  });
});
