/**
 * The build (esbuild, target node20) lowers some regex literals, e.g. one holding
 * `\p{Script=Han}` outside a character class, to `new RegExp(…)`. At module level
 * that runs once; inside a function it runs on every call. This test keeps every
 * `new RegExp` of the built library at module level, apart from the caches
 * that build a pattern once per source or per site profile.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../dist/', import.meta.url);
const FILES = ['index.js', 'metadata.js', 'worker.js'] as const;
const HAS_BUILD = FILES.every((file) => existsSync(new URL(file, DIST)));

/** `new RegExp` inside functions on purpose: each is kept in a map by its source. */
const CACHED = ['STICKY.set(pattern, sticky = new RegExp(', 'pattern = new RegExp(source, "u");', 'new RegExp(site.markers.map(escapeRegExp).join("|"))', 'matchers.set(set.raw, re = new RegExp('];

describe.skipIf(!HAS_BUILD)('the built library', () => {
  it.each(FILES)('%s builds no regular expression per call', (file) => {
    const lines = readFileSync(new URL(file, DIST), 'utf8').split('\n');
    // A module-level statement starts at column 0 in esbuild's output; a function body is indented.
    const perCall = lines.filter((line) => line.includes('new RegExp(') && /^\s/u.test(line) && !CACHED.some((cached) => line.includes(cached)));
    expect(perCall).toEqual([]);
  });
});
