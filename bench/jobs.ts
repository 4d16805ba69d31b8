/**
 * The command line's `--jobs 2` speed-up, beside the most any split of the
 * work could give on this machine:
 *
 *   npm run bench:jobs -- [rounds] [times]      (defaults 4 and 1)
 *
 * `times` gives every page that many times over, for a longer run in which
 * each worker's warm-up weighs less.
 *
 * Each round runs, one after another, with the output going to a file:
 *
 * - `qingxi clean -q --jobs 1` over every page (`--files-from`);
 * - the same with `--jobs 2`;
 * - two `--jobs 1` processes at once, each over one half of the pages (halves
 *   of equal size in bytes): a split of the work with nothing shared and
 *   nothing to coordinate, so the most a pool of workers could reach when
 *   each worker pays its own warm-up (docs/performance.md, "Command line");
 * - `--jobs 1` held to one core with `taskset`, when it is installed: what a
 *   run takes without the share of the second core that `--jobs 1` already
 *   uses for V8's compiler threads and the main thread's reading and writing.
 *
 * Then, without the command line, the library's passes over every page
 * (`bench/passes.mjs --time`, twelve passes) in one process alone and in two
 * processes at once: pass by pass, how much two copies of the same work gain
 * on this machine's two cores, from the first pass (all warm-up, as a
 * command-line run over the corpus is) to the steady state (passes 9–12;
 * with two processes at once, passes 4–6 were still warming up).
 *
 * Prints wall and CPU time (median and range), the cores each kept busy, and
 * each run's speed against the `--jobs 1` run of its round. Checks that
 * `--jobs 2` wrote the same bytes as `--jobs 1`. Exits 1 when the median
 * speed of `--jobs 2` is under the target of 1.7×, or the outputs differ.
 * Needs a build (`npm run build`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPages, totalBytes } from './pages.js';
import { type Run, type Subject, range, runsTable, splitByBytes, spread } from './runs.js';

const TARGET = 1.7;
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const BUILD = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const PRELOAD = fileURLToPath(new URL('cpu-at-exit.mjs', import.meta.url));
const PASSES = fileURLToPath(new URL('passes.mjs', import.meta.url));
/** Passes of each library process; the columns of the second table. */
const PASSES_EACH = 12;
const COLUMNS: readonly { readonly label: string; readonly of: (passMs: readonly number[]) => number }[] = [
  { label: 'pass 1', of: (ms) => ms[0]! },
  { label: 'pass 2', of: (ms) => ms[1]! },
  { label: 'pass 3', of: (ms) => ms[2]! },
  { label: 'passes 9–12 (median)', of: (ms) => spread(ms.slice(8)).median },
];

const rounds = Number(process.argv[2] ?? '4');
const times = Number(process.argv[3] ?? '1');
if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(times) || times < 1) {
  console.error('usage: npm run bench:jobs -- [rounds] [times]   (positive integers, defaults 4 and 1)');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error(`bench:jobs: ${CLI} is missing; build it first (npm run build).`);
  process.exit(2);
}
const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

const { source, pages } = loadPages();
const dir = mkdtempSync(join(tmpdir(), 'qingxi-jobs-'));
const list = (name: string, paths: readonly string[]): string => {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, paths.join('\n') + '\n');
  return file;
};
const files = Array.from({ length: times }, () => pages.map((page) => ({ path: page.path!, bytes: page.bytes }))).flat();
const all = list('all', files.map((file) => file.path));
const halves = splitByBytes(files, 2).map((half, i) => list(`half${i}`, half.map((file) => file.path)));
const pagesJson = join(dir, 'pages.json');
writeFileSync(pagesJson, JSON.stringify(pages.map((page) => page.path)));

/** One process of the command line: its argument list and whether it is held to one core. */
interface Process {
  readonly args: readonly string[];
  readonly core?: number;
  readonly output: string;
}

/** Run processes at once; wall time from the first start to the last exit, CPU summed. */
async function time(processes: readonly Process[]): Promise<Run> {
  const started = performance.now();
  const cpu = await Promise.all(processes.map((p, i) => runOne(p, join(dir, `cpu-${i}.json`))));
  return { wallMs: performance.now() - started, cpuMs: cpu.reduce((a, b) => a + b, 0) };
}

function runOne(p: Process, cpuFile: string): Promise<number> {
  const node = [process.execPath, '--import', PRELOAD, CLI, 'clean', '-q', ...p.args];
  const [command, ...args] = p.core === undefined ? node : ['taskset', '-c', String(p.core), ...node];
  const out = openSync(p.output, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(command!, args, { stdio: ['ignore', out, 'inherit'], env: { ...process.env, QINGXI_BENCH_CPU: cpuFile } });
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(out);
      // Exit 1 means some page was not an article or failed: expected on a corpus. 2 is a usage or internal error.
      if (code !== 0 && code !== 1) reject(new Error(`bench:jobs: ${args.join(' ')} exited with ${code}`));
      else resolve((JSON.parse(readFileSync(cpuFile, 'utf8')) as { cpuMs: number }).cpuMs);
    });
  });
}

/** The milliseconds of each pass in each of `count` library processes run at once. */
async function libraryPasses(count: number): Promise<number[][]> {
  return Promise.all(
    Array.from({ length: count }, () =>
      new Promise<number[]>((resolve, reject) => {
        const child = spawn(process.execPath, [PASSES, BUILD, String(PASSES_EACH), pagesJson, '--time'], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
        child.on('error', reject);
        child.on('close', (code) => {
          if (code !== 0) reject(new Error(`bench:jobs: bench/passes.mjs exited with ${code}`));
          else resolve((JSON.parse(out) as { passMs: number[] }).passMs);
        });
      }),
    ),
  );
}

const output = (name: string): string => join(dir, `${name}.jsonl`);
const plans: Record<string, readonly Process[]> = {
  '--jobs 1': [{ args: ['--jobs', '1', '--files-from', all], output: output('jobs1') }],
  '--jobs 2': [{ args: ['--jobs', '2', '--files-from', all], output: output('jobs2') }],
  'two --jobs 1 at once, a half each': halves.map((half, i) => ({ args: ['--jobs', '1', '--files-from', half], output: output(`half${i}`) })),
  ...(pinned ? { '--jobs 1 on one core': [{ args: ['--jobs', '1', '--files-from', all], core: 0, output: output('pinned') }] } : {}),
};

const runs = new Map<string, Run[]>(Object.keys(plans).map((label) => [label, []]));
const digests = new Set<string>();
/** Per column, each round's pass time alone, the mean of the two at once, and the pages a second two at once give over one. */
const passes = COLUMNS.map(() => ({ alone: [] as number[], together: [] as number[], gain: [] as number[] }));
try {
  for (let round = 0; round < rounds; round++) {
    for (const [label, processes] of Object.entries(plans)) {
      runs.get(label)!.push(await time(processes));
      if (label === '--jobs 1' || label === '--jobs 2') digests.add(createHash('sha256').update(readFileSync(processes[0]!.output)).digest('hex'));
    }
    const [alone] = await libraryPasses(1);
    const together = await libraryPasses(2);
    COLUMNS.forEach((column, c) => {
      const one = column.of(alone!);
      const two = (column.of(together[0]!) + column.of(together[1]!)) / 2;
      passes[c]!.alone.push(one);
      passes[c]!.together.push(two);
      // Two processes each make the pass in `two` ms where one alone takes `one`: 2 × one / two the pages a second.
      passes[c]!.gain.push((2 * one) / two);
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const subjects: Subject[] = [...runs].map(([label, r]) => ({ label, runs: r }));
const base = subjects[0]!;
const jobs2 = spread(subjects[1]!.runs.map((run, i) => base.runs[i]!.wallMs / run.wallMs));
console.log(`${pages.length} pages (${source}, ${(totalBytes(pages) / 1e6).toFixed(1)} MB)${times > 1 ? `, each given ${times} times` : ''}, ${rounds} rounds, ${new Date().toISOString()}${pinned ? '' : ', taskset not installed: no one-core run'}`);
console.log(runsTable(subjects, base).join('\n'));
console.log('');
console.log(`| the library's passes over the ${pages.length} pages, ms | ${COLUMNS.map((column) => column.label).join(' | ')} |`);
console.log(`|---|${COLUMNS.map(() => '---:').join('|')}|`);
console.log(`| one process | ${passes.map((p) => range(spread(p.alone), 0)).join(' | ')} |`);
console.log(`| two processes at once (mean of the two) | ${passes.map((p) => range(spread(p.together), 0)).join(' | ')} |`);
console.log(`| pages a second, two at once against one | ${passes.map((p) => range(spread(p.gain), 2, '×')).join(' | ')} |`);
const failures: string[] = [];
if (digests.size !== 1) failures.push(`--jobs 1 and --jobs 2 wrote different outputs (${digests.size} distinct)`);
if (jobs2.median < TARGET) failures.push(`--jobs 2 is ${range(jobs2, 2, '×')} --jobs 1, under the target of ${TARGET}×`);
for (const failure of failures) console.log(`target missed: ${failure}`);
if (failures.length === 0) console.log(`--jobs 2 is ${range(jobs2, 2, '×')} --jobs 1 (target ${TARGET}×); outputs identical`);
process.exitCode = failures.length > 0 ? 1 : 0;
