/**
 * The process `bench/icount.ts` runs under cachegrind: load the listed pages,
 * make one extractor from the build, and extract every page `passes` times.
 *
 *   node bench/icount-passes.mjs <build/index.js> <passes> <pages.json>
 *
 * Plain JavaScript, not TypeScript through tsx, so that nothing but the build
 * and this loop is counted. `pages.json` is the list of page paths the driver
 * wrote (its sample of `loadPages()`), so both read the same pages in the same
 * order.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [build, passArg, list] = process.argv.slice(2);
const passes = Number(passArg);
if (build === undefined || list === undefined || !(passes >= 1)) {
  console.error('usage: node bench/icount-passes.mjs <build/index.js> <passes> <pages.json>');
  process.exit(2);
}
const texts = JSON.parse(readFileSync(list, 'utf8')).map((path) => readFileSync(path, 'utf8'));
const { createExtractor } = await import(pathToFileURL(resolve(build)).href);
const extractor = createExtractor();
for (let pass = 0; pass < passes; pass++) for (const text of texts) extractor.extract(text);
