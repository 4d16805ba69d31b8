/**
 * The CLI over a corrupted copy of the corpus: every page truncated at a random
 * point, or with random bytes damaged, or both (seeded, so a run can be
 * repeated). The run must end with one output line per input and no crash.
 *
 *   npm run corrupt -- [corpus dir] [seed]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/banned-news2', import.meta.url));
let seed = Number(process.argv[3] ?? 20261123);
/** A small seeded generator (mulberry32), so that the damage is the same on every run with that seed. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
const copy = mkdtempSync(join(tmpdir(), 'qingxi-corrupt-'));
const damage = { truncated: 0, damaged: 0 };
for (const file of files) {
  let bytes = new Uint8Array(readFileSync(file));
  const roll = random();
  if (roll < 0.5) {
    bytes = bytes.subarray(0, Math.floor(random() * bytes.length));
    damage.truncated++;
  }
  if (roll >= 0.33) {
    for (let i = 0, n = 1 + Math.floor(random() * 50); i < n && bytes.length > 0; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
    damage.damaged++;
  }
  const target = join(copy, relative(root, file));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const started = performance.now();
const run = spawnSync(process.execPath, [cli, 'clean', copy, '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 30 });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { error?: { code: string } });
const codes = new Map<string, number>();
for (const line of lines) codes.set(line.error?.code ?? 'article', (codes.get(line.error?.code ?? 'article') ?? 0) + 1);
rmSync(copy, { recursive: true, force: true });

const crashes = (codes.get('E_INTERNAL') ?? 0) + (codes.get('E_CRASH') ?? 0) + (codes.get('E_TIMEOUT') ?? 0);
console.log(`${files.length} pages (${damage.truncated} truncated, ${damage.damaged} with damaged bytes) → ${lines.length} output lines in ${seconds} s, exit ${run.status}`);
console.log(`outcomes: ${JSON.stringify(Object.fromEntries(codes))}`);
if (lines.length !== files.length || crashes > 0 || run.status === null || run.status > 1) {
  console.log('FAIL: every input needs exactly one line, and no crash, timeout or internal error');
  process.exit(1);
}
