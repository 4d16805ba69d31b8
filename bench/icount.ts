/**
 * Instructions a build executes, counted by cachegrind: a measure of a change
 * that does not move with the host's load.
 *
 *   npm run bench:icount -- [build/index.js ...]     (default: dist/index.js)
 *
 * Timings on a shared two-core host spread by a fifth between runs of one
 * build (docs/performance.md), so a change of 1–3 % cannot be seen in them.
 * The number of instructions a process executes can: under cachegrind, with
 * Node's single-threaded, predictable mode and fixed seeds, one build counted
 * three times spread by 0.15 % in the warm passes (2026-12-08). Compare builds
 * from the same directory (`cp ../other/dist/index.js dist/other.js`): the
 * same file at another path counted 0.23 % more in its first pass.
 *
 * Each build is counted twice over every eighth page (`loadPages()`'s order):
 * extracting each page once, and three times. The first count is start-up,
 * loading, and a first pass (what a command-line run is made of); the second
 * minus the first is two warm passes (what the bench's ratio is made of). The
 * table gives both, and each build's against the first build's.
 *
 * "Warm" is not steady state: on 300 pages, functions that run a few times a
 * page only reach TurboFan in the second and third passes, and compiling them
 * (done on the main thread here, in the background in a normal run) was about
 * 39 % of the warm count of the eleventh session's first build (callgrind with
 * `--perf-basic-prof`). A change that moves a function's compile into or out
 * of those passes can shift the count by up to about 100 M with no change in
 * what the code costs once compiled; when a difference is that size, look at
 * which functions it comes from before believing it.
 *
 * Instructions are not time: a change that trades instructions for cache
 * misses, or the reverse, needs timings too (`npm run bench:compare`). Needs
 * valgrind (`apt-get install valgrind`); each count takes a minute or two.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPages, samplePages } from './pages.js';

/** Every how many pages one is counted: 300 of the corpus (3.8 MB), enough for every step to run warm. */
const EVERY = 8;
const PASSES = fileURLToPath(new URL('icount-passes.mjs', import.meta.url));
/** Node's flags that make a run repeatable: no background threads, no randomness. */
const NODE_FLAGS = ['--single-threaded', '--predictable', '--hash-seed=1', '--random-seed=1'];

const builds = process.argv.slice(2);
if (builds.length === 0) builds.push('dist/index.js');
for (const build of builds) {
  if (!existsSync(build)) {
    console.error(`bench:icount: ${build} is missing; build it first (npm run build) or give the path of a build.`);
    process.exit(2);
  }
}
if (spawnSync('valgrind', ['--version']).error !== undefined) {
  console.error('bench:icount: valgrind is not installed; install it (apt-get install valgrind) to count instructions.');
  process.exit(2);
}

const { source, pages } = loadPages();
const sample = samplePages(pages, EVERY);
const dir = mkdtempSync(join(tmpdir(), 'qingxi-icount-'));
const list = join(dir, 'pages.json');
writeFileSync(list, JSON.stringify(sample.map((page) => page.path)));

interface Count {
  readonly build: string;
  readonly first: number;
  readonly warm: number;
}

const counts: Count[] = [];
try {
  for (const build of builds) {
    const first = instructions(build, 1);
    counts.push({ build, first, warm: instructions(build, 3) - first });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`${sample.length} pages (${source}, every ${EVERY}th), millions of instructions`);
console.log('| build | start-up and first pass | two warm passes | first pass vs first build | warm vs first build |');
console.log('|---|---:|---:|---:|---:|');
const base = counts[0]!;
for (const count of counts) {
  const against = count === base ? ['', ''] : [change(count.first, base.first), change(count.warm, base.warm)];
  console.log(`| ${count.build} | ${millions(count.first)} | ${millions(count.warm)} | ${against.join(' | ')} |`);
}

/** Instructions of one process extracting the sample `passes` times, as cachegrind reports them. */
function instructions(build: string, passes: number): number {
  const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...NODE_FLAGS, PASSES, resolve(build), String(passes), list];
  const run = spawnSync('valgrind', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // cachegrind writes its summary to stderr, each line after the process id: `==123== I refs: 6,602,412,345`.
  const refs = /I\s+refs:\s+([\d,]+)/u.exec(run.stderr ?? '');
  if (run.status !== 0 || refs === null) {
    throw new Error(`bench:icount: counting ${build} (${passes} passes) failed with status ${run.status}:\n${(run.stderr ?? '').slice(-2000)}`);
  }
  return Number(refs[1]!.replaceAll(',', ''));
}

function millions(n: number): string {
  return (n / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function change(value: number, base: number): string {
  return `${value > base ? '+' : ''}${((100 * (value - base)) / base).toFixed(2)} %`;
}
