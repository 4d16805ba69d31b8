/**
 * The long fuzz run: generated pages and mutated fixture pages through
 * extractArticle, checking the invariants of test/support/invariants.ts.
 *
 *   npm run fuzz                 # 1,000,000 cases: 900,000 generated, 100,000 mutated
 *   npm run fuzz -- 20000        # a shorter run
 *
 * Prints the seed, so that a failure can be replayed with `-- <runs> <seed>`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { extractArticle } from '../src/index.js';
import { mutated, page } from '../test/support/arbitraries.js';
import { brokenInvariants } from '../test/support/invariants.js';

const total = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const inputs = readdirSync(FIXTURES, { recursive: true })
  .map(String)
  .filter((file) => /(?:^|\/)input\.(?:txt|md|html?)$/u.test(file))
  .map((file) => new Uint8Array(readFileSync(join(FIXTURES, file))));

const outcomes = new Map<string, number>();
function run(input: string | Uint8Array): boolean {
  let result;
  try {
    result = extractArticle(input);
  } catch (error) {
    console.error(`threw: ${error instanceof Error ? error.stack : String(error)}`);
    return false;
  }
  const key = result.ok ? 'article' : result.error.code;
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  const broken = brokenInvariants(input, result);
  if (broken.length > 0) console.error(broken.join('\n'));
  return broken.length === 0;
}

const started = performance.now();
let failed = false;
for (const [name, arbitrary, runs] of [
  ['generated pages', page as fc.Arbitrary<string | Uint8Array>, Math.round(total * 0.9)],
  ['mutated fixture pages', mutated(inputs) as fc.Arbitrary<string | Uint8Array>, total - Math.round(total * 0.9)],
] as const) {
  const t = performance.now();
  const details = fc.check(fc.property(arbitrary, run), { numRuns: runs, seed, endOnFailure: true });
  const seconds = ((performance.now() - t) / 1000).toFixed(0);
  if (details.failed) {
    failed = true;
    console.log(`${name}: FAILED after ${details.numRuns} cases (seed ${seed}, path ${details.counterexamplePath}): ${JSON.stringify(details.counterexample)?.slice(0, 500)}`);
  } else {
    console.log(`${name}: ${details.numRuns} cases passed in ${seconds} s (seed ${seed})`);
  }
}
console.log(`total: ${total} cases in ${((performance.now() - started) / 1000).toFixed(0)} s; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
process.exit(failed ? 1 : 0);
