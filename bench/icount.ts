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
 * five times spread by 0.5 % in the warm passes (2026-12-08), so a change of
 * 1 % or more shows. Compare builds from the same directory
 * (`cp ../other/dist/index.js dist/other.js`): the same file at another path
 * counted 0.23 % more in its first pass.
 *
 * Each build is counted twice over every eighth page (`loadPages()`'s order):
 * extracting each page once, and three times. The first count is start-up,
 * loading, and a first pass (what a command-line run is made of); the second
 * minus the first is two warm passes (what the bench's ratio is made of). The
 * table gives both, and each build's against the first build's.
 *
 * "Warm" is not steady state: on 300 pages, functions that run a few times a
 * page reach TurboFan only in the second and later passes, and compiling them
 * (on the main thread here, in the background in a normal run) was a third of
 * the warm count of the eleventh session's first build (781 of 2,387 M). A
 * change of code shape moves that share by 1–2 % with no change in what the
 * compiled code costs, so the table also gives the warm count without
 * TurboFan's functions: the measure of what the code costs to run.
 *
 * Instructions are not time: a change that trades instructions for cache
 * misses, or the reverse, needs timings too (`npm run bench:compare`). Needs
 * valgrind (`apt-get install valgrind`); each count takes a minute or two.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Instructions, readCounts } from './cachegrind.js';
import { loadPages, samplePages } from './pages.js';

/** Every how many pages one is counted: 300 of the corpus (3.8 MB), enough for every step to run warm. */
const EVERY = 8;
const PASSES = fileURLToPath(new URL('passes.mjs', import.meta.url));
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
  readonly warm: Instructions;
}

const counts: Count[] = [];
try {
  for (const build of builds) {
    const first = instructions(build, 1);
    const three = instructions(build, 3);
    counts.push({ build, first: first.total, warm: { total: three.total - first.total, compiler: three.compiler - first.compiler } });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`${sample.length} pages (${source}, every ${EVERY}th), millions of instructions`);
console.log('| build | start-up and first pass | two warm passes | of which TurboFan compiling | warm, without compiling | first pass vs first build | warm vs first build | without compiling vs first build |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const base = counts[0]!;
for (const count of counts) {
  const running = count.warm.total - count.warm.compiler;
  const against = count === base ? ['', '', ''] : [change(count.first, base.first), change(count.warm.total, base.warm.total), change(running, base.warm.total - base.warm.compiler)];
  console.log(`| ${count.build} | ${millions(count.first)} | ${millions(count.warm.total)} | ${millions(count.warm.compiler)} | ${millions(running)} | ${against.join(' | ')} |`);
}

/** Instructions of one process extracting the sample `passes` times, read from cachegrind's output file. */
function instructions(build: string, passes: number): Instructions {
  const out = join(dir, `cachegrind-${passes}.out`);
  const args = ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${out}`, process.execPath, ...NODE_FLAGS, PASSES, resolve(build), String(passes), list];
  const run = spawnSync('valgrind', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 || !existsSync(out)) {
    throw new Error(`bench:icount: counting ${build} (${passes} passes) failed with status ${run.status}:\n${(run.stderr ?? '').slice(-2000)}`);
  }
  return readCounts(readFileSync(out, 'utf8'));
}

function millions(n: number): string {
  return (n / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function change(value: number, base: number): string {
  return `${value > base ? '+' : ''}${((100 * (value - base)) / base).toFixed(2)} %`;
}
