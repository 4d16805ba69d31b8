/**
 * The core must run in a browser or a worker: bundled for the browser it pulls
 * in no Node built-in, and it stays small. The figures are in the README.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../dist/', import.meta.url);
const HAS_BUILD = existsSync(new URL('index.js', DIST)) && existsSync(new URL('metadata.js', DIST));

/** Budgets in gzipped bytes: today's size plus room to grow, so that a heavy dependency shows. */
const BUDGET = { 'index.js': 95_000, 'metadata.js': 15_000 } as const;

async function bundle(entry: keyof typeof BUDGET): Promise<{ gzipped: number; packages: Set<string> }> {
  const result = await build({
    entryPoints: [new URL(entry, DIST).pathname],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const packages = new Set(Object.keys(result.metafile.inputs).map((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(path)?.[1] ?? 'qingxi'));
  return { gzipped: gzipSync(result.outputFiles[0]!.contents).length, packages };
}

describe.skipIf(!HAS_BUILD)('the browser bundle', () => {
  it.each(Object.keys(BUDGET) as Array<keyof typeof BUDGET>)('%s bundles for the browser with no Node built-in, within its size budget', async (entry) => {
    // esbuild fails on a `node:` import when bundling for the browser, so reaching the size means there is none.
    const { gzipped, packages } = await bundle(entry);
    expect(gzipped).toBeLessThan(BUDGET[entry]);
    expect([...packages].filter((name) => !['qingxi', 'htmlparser2', 'domhandler', 'domelementtype', 'entities', 'css-select', 'css-what', 'domutils', 'dom-serializer', 'boolbase', 'nth-check'].includes(name))).toEqual([]);
  });
});
