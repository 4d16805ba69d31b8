/**
 * One process extracting a list of pages `passes` times over, for the
 * benches that run the library in a process of its own:
 *
 *   node bench/passes.mjs <build/index.js> <passes> <pages.json> [--time]
 *
 * `bench/icount.ts` runs it under cachegrind; `bench/jobs.ts` runs it with
 * `--time`, alone and two at once, and reads the wall-clock milliseconds of
 * each pass, which it prints as JSON (`{"passMs":[…]}`).
 *
 * Plain JavaScript, not TypeScript through tsx, so that nothing but the build
 * and this loop is counted. `pages.json` is the list of page paths the driver
 * wrote, so both read the same pages in the same order.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [build, passArg, list, flag] = process.argv.slice(2);
const passes = Number(passArg);
if (build === undefined || list === undefined || !(passes >= 1) || (flag !== undefined && flag !== '--time')) {
  console.error('usage: node bench/passes.mjs <build/index.js> <passes> <pages.json> [--time]');
  process.exit(2);
}
const texts = JSON.parse(readFileSync(list, 'utf8')).map((path) => readFileSync(path, 'utf8'));
const { createExtractor } = await import(pathToFileURL(resolve(build)).href);
const extractor = createExtractor();
const passMs = [];
for (let pass = 0; pass < passes; pass++) {
  const started = performance.now();
  for (const text of texts) extractor.extract(text);
  passMs.push(performance.now() - started);
}
if (flag === '--time') console.log(JSON.stringify({ passMs }));
