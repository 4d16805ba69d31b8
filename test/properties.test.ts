/**
 * Property tests over generated pages and mutated real ones: no exception, and
 * the invariants of test/support/invariants.ts. A quick run here; the long one
 * is `npm run fuzz` (scripts/fuzz.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.js';
import { mutated, page } from './support/arbitraries.js';
import { brokenInvariants } from './support/invariants.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const inputs = readdirSync(FIXTURES, { recursive: true })
  .map(String)
  .filter((file) => /(?:^|\/)input\.(?:txt|md|html?)$/u.test(file))
  .map((file) => new Uint8Array(readFileSync(join(FIXTURES, file))));
const RUNS = Number(process.env['QINGXI_PROPERTY_RUNS'] ?? 300);

describe('extractArticle, on any page', () => {
  it('never throws and keeps its invariants on generated pages', () => {
    fc.assert(
      fc.property(page, (html) => {
        expect(brokenInvariants(html, extractArticle(html))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws and keeps its invariants on mutated fixture pages (${inputs.length} pages)`, () => {
    fc.assert(
      fc.property(mutated(inputs), (bytes) => {
        expect(brokenInvariants(bytes, extractArticle(bytes))).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('keeps its invariants on the cases earlier fuzz runs found (test/fuzz-cases)', () => {
    const dir = fileURLToPath(new URL('./fuzz-cases/', import.meta.url));
    for (const file of readdirSync(dir)) {
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      expect(brokenInvariants(bytes, extractArticle(bytes)), file).toEqual([]);
    }
  });
});
