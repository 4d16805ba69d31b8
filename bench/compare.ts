/**
 * Two builds of qingxi in one process, to tell a change from the noise:
 *
 *   npm run bench:compare -- <before/dist/index.js> <after/dist/index.js> [passes]
 *
 * The bench's own ratio to the floor moves by a tenth or more between runs on
 * a shared machine; two builds timed in the same passes move together. Each
 * build makes its extractor once; after a warm-up pass of each subject, the
 * passes alternate their order (floor, before, after; then after, before,
 * floor), each timed in CPU time. Prints the median of each and the ratio
 * after / before: under 1 means the second build is faster.
 *
 * Run it more than once, and with the builds swapped too: the build given
 * second tends to measure slower. The same build on both sides gave 0.994,
 * 1.066 and 1.032 with two other benchmarks running on the two cores, and two
 * builds that differ only in how the walks are written gave 1.046 and 1.014
 * one way round, 1.009 and 1.042 the other (2026-12-07): a change is within
 * the noise unless it shows both ways.
 *
 * Both builds must load their dependencies from this checkout's node_modules:
 * a build left in a worktree with its own node_modules brings a second copy of
 * htmlparser2 and domhandler into the process, and whichever build used the
 * second copy measured 25–40 % slower in most runs (round twelve, 2026-12-07).
 * Copy such a build into this checkout first (`cp ../base/dist/index.js
 * dist/base.js`); the script refuses builds that would load another copy.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { loadPages } from './pages.js';

interface Build {
  createExtractor(): { extract(input: string): unknown };
}

const USAGE = 'usage: npm run bench:compare -- <before/dist/index.js> <after/dist/index.js> [passes]';

const [beforePath, afterPath, passArg = '7'] = process.argv.slice(2);
const passes = Number(passArg);
if (beforePath === undefined || afterPath === undefined || !Number.isInteger(passes) || passes < 1) {
  console.error(USAGE);
  process.exit(2);
}

for (const path of [beforePath, afterPath]) {
  const parser = parserDirOf(resolve(path));
  const own = parserDirOf(import.meta.dirname);
  if (parser !== own) {
    console.error(`bench:compare: ${path} would load htmlparser2 from ${parser ?? 'nowhere'}, not from ${own}: a second copy of the parser in the process skews the ratio. Copy the build into this checkout (cp ${path} dist/before.js) and give that path.`);
    process.exit(2);
  }
}

/** The htmlparser2 directory that a module in `dir` resolves, as Node looks it up: the nearest node_modules above. */
function parserDirOf(dir: string): string | null {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', 'htmlparser2');
    if (existsSync(candidate)) return realpathSync(candidate);
    if (dirname(at) === at) return null;
  }
}

const before = (await import(pathToFileURL(resolve(beforePath)).href)) as Build;
const after = (await import(pathToFileURL(resolve(afterPath)).href)) as Build;
const { source, pages } = loadPages();
const texts = pages.map((page) => page.text);

const beforeExtractor = before.createExtractor();
const afterExtractor = after.createExtractor();
const subjects: Record<'floor' | 'before' | 'after', (text: string) => unknown> = {
  floor: (text) => parseDocument(text),
  before: (text) => beforeExtractor.extract(text),
  after: (text) => afterExtractor.extract(text),
};
type Name = keyof typeof subjects;

/** One pass of a subject over every page, in milliseconds of CPU time (all threads). */
function pass(name: Name): number {
  const run = subjects[name];
  const start = process.cpuUsage();
  for (const text of texts) run(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const times: Record<Name, number[]> = { floor: [], before: [], after: [] };
const order: Name[] = ['floor', 'before', 'after'];
for (const name of order) pass(name);
for (let i = 0; i < passes; i++) for (const name of i % 2 === 0 ? order : [...order].reverse()) times[name].push(pass(name));

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const floor = median(times.floor);
const b = median(times.before);
const a = median(times.after);
console.log(`${pages.length} pages (${source}), ${passes} passes, CPU ms, median`);
console.log(`floor ${floor.toFixed(0)} | before ${b.toFixed(0)} (${(b / floor).toFixed(2)}× floor) | after ${a.toFixed(0)} (${(a / floor).toFixed(2)}× floor) | after/before ${(a / b).toFixed(3)}`);
