import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { ARTICLE_SCHEMA } from './src/schema/article-schema.js';

export default defineConfig([
  {
    // The library: ESM and CommonJS, with types.
    entry: { index: 'src/index.ts', metadata: 'src/metadata/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    treeshake: true,
    // `qingxi/schema.json`, written from the same data the validator reads.
    onSuccess: () => writeFile('dist/schema.json', `${JSON.stringify(ARTICLE_SCHEMA, null, 2)}\n`),
  },
  {
    // The command line and its worker thread: ESM, Node only.
    entry: { cli: 'src/cli/bin.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
]);
