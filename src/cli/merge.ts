/**
 * `qingxi merge`: check that every shard of a `qingxi shard` run has its
 * output, whole, with one line per input in the shard's order, and that no
 * shard is missing or extra; then write the outputs in shard order.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { open, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { MergeSettings } from './args.js';
import { SetupError, type Streams } from './clean.js';
import type { Source } from './inputs.js';
import { type Manifest, OUTPUTS, type ShardEntry, hashFile, readManifest } from './manifest.js';
import { count } from './progress.js';

const WARC = /\.warc(?:\.gz)?$/iu;
const SHARD_OUTPUT = /^shard-\d+\.jsonl$/u;

/** What is wrong with one shard (or, with `shard: null`, with the run). */
interface Problem {
  readonly shard: number | null;
  readonly message: string;
  /** Whether rerunning the shard's task fixes it (not so when its input changed). */
  readonly rerun: boolean;
}

/**
 * Run `qingxi merge`.
 *
 * @returns The exit status: 0 complete (and written unless `--check`), 1 some shards missing or incomplete.
 */
export async function runMerge(settings: MergeSettings, streams: Streams): Promise<number> {
  const manifest = await readManifest(settings.dir).catch((error: unknown) => {
    throw new SetupError(error instanceof Error ? error.message : String(error));
  });
  const problems: Problem[] = [];
  let lines = 0;
  for (const entry of manifest.entries) {
    const checked = await checkShard(settings.dir, manifest, entry);
    if (typeof checked !== 'number') problems.push({ shard: entry.index, ...checked });
    else lines += checked;
  }
  problems.push(...(await strayOutputs(settings.dir, manifest)));
  if (problems.length > 0) {
    for (const p of problems) streams.stderr.write(`qingxi merge: ${p.shard === null ? '' : `shard ${p.shard}: `}${p.message}\n`);
    const rerun = problems.flatMap((p) => (p.rerun && p.shard !== null ? [p.shard] : []));
    if (rerun.length > 0) streams.stderr.write(`qingxi merge: ${rerun.length} of ${manifest.shards} shards incomplete; rerun array indices ${rerun.join(',')}, then merge again\n`);
    return 1;
  }
  if (!settings.check) {
    for (const entry of manifest.entries) await copy(join(settings.dir, entry.output), streams);
  }
  if (!settings.quiet) streams.stderr.write(`qingxi merge: ${count(manifest.shards, 'shard')} complete: ${count(lines, 'line')} for ${count(manifest.inputs, 'input')}\n`);
  return 0;
}

/** A shard's line count when its input is unchanged and its output whole and in order, or what is wrong. */
async function checkShard(dir: string, manifest: Manifest, entry: ShardEntry): Promise<number | Omit<Problem, 'shard'>> {
  const input = join(dir, entry.file);
  const sha256 = await hashFile(input).catch(() => null);
  if (sha256 === null) return { message: `${entry.file} is missing; shard again`, rerun: false };
  if (sha256 !== entry.sha256) return { message: `${entry.file} changed after sharding (its SHA-256 is not the manifest's); shard again`, rerun: false };
  const problem = await checkOutput(dir, manifest.kind, entry, input);
  return typeof problem === 'string' ? { message: problem, rerun: true } : problem;
}

/** The output's line count, or what is wrong with it. */
async function checkOutput(dir: string, kind: Manifest['kind'], entry: ShardEntry, input: string): Promise<number | string> {
  const output = join(dir, entry.output);
  const ending = await lastByte(output);
  if (ending === null) return `no output: ${entry.output} is missing (the task did not finish)`;
  if (ending !== 0x0a && ending !== -1) return `${entry.output} does not end with a line break: cut short`;
  const reader = new OutputReader(output);
  const problem = kind === 'files' ? await matchList(input, reader) : await matchRecords(input, reader);
  if (problem !== null) return `${entry.output}: ${problem}`;
  const extra = await reader.drain();
  return extra === 0 ? reader.count : `${entry.output}: ${extra} line${extra === 1 ? '' : 's'} more than its ${entry.inputs} inputs`;
}

/** A list shard: one line per page, one line per HTML record of a WARC file (records numbered from 1). */
async function matchList(list: string, reader: OutputReader): Promise<string | null> {
  // The same reading as `clean --files-from`: one path a line, blank lines skipped.
  const paths = (await readFile(list, 'utf8')).split(/\r?\n/u).filter((line) => line.trim() !== '');
  for (const [i, path] of paths.entries()) {
    if (WARC.test(path)) {
      // Its records, numbered from 1; a record 1 after some starts the same file listed again.
      for (let record = 1; (await reader.peek())?.path === path && (record === 1 || (await reader.peek())?.record !== 1); record++) {
        const source = (await reader.next())!;
        if (source.record !== record) return `line ${reader.count}: record ${String(source.record)} of ${path} where record ${record} was due`;
      }
      continue;
    }
    const source = await reader.next();
    if (source === null) return `ends after ${i} of ${paths.length} inputs`;
    if (source.path !== path || source.record !== undefined || source.line !== undefined) return `line ${reader.count} is for ${JSON.stringify(source)}, not ${path}`;
  }
  return null;
}

/** A JSON Lines shard: line k answers record k, with the record's id. */
async function matchRecords(file: string, reader: OutputReader): Promise<string | null> {
  let line = 0;
  for await (const record of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line++;
    const source = await reader.next();
    if (source === null) return `ends after ${line - 1} records`;
    const id = recordId(record);
    if (source.path !== '-' || source.line !== line || source.id !== id) return `line ${line} is for ${JSON.stringify(source)}, not record ${line}${id === undefined ? '' : ` (id ${id})`}`;
  }
  return null;
}

/** A record's id as `clean` reports it: a string or number `id`, as a string. */
function recordId(text: string): string | undefined {
  try {
    const id: unknown = (JSON.parse(text) as Record<string, unknown> | null)?.['id'];
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  } catch {
    return undefined;
  }
}

/** Output files in `out/` that belong to no shard of this run, e.g. from a run with more shards. */
async function strayOutputs(dir: string, manifest: Manifest): Promise<Problem[]> {
  const expected = new Set(manifest.entries.map((entry) => entry.output));
  const names = await readdir(join(dir, OUTPUTS)).catch(() => []);
  return names
    .filter((name) => SHARD_OUTPUT.test(name) && !expected.has(join(OUTPUTS, name)))
    .map((name) => ({ shard: null, rerun: false, message: `${join(OUTPUTS, name)} belongs to no shard of this run (it has ${manifest.shards}); remove it` }));
}

/** The last byte of a file, -1 when it is empty, `null` when it is missing. */
async function lastByte(path: string): Promise<number | null> {
  const handle = await open(path, 'r').catch(() => null);
  if (handle === null) return null;
  try {
    const { size } = await handle.stat();
    if (size === 0) return -1;
    const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
    return buffer[0]!;
  } finally {
    await handle.close();
  }
}

async function copy(path: string, streams: Streams): Promise<void> {
  for await (const chunk of createReadStream(path)) {
    if (!streams.stdout.write(chunk)) await once(streams.stdout, 'drain');
  }
}

/** The `source` of each line of a shard output, read one at a time with one line of look-ahead. */
class OutputReader {
  readonly #lines: AsyncIterator<string>;
  #ahead: Source | null | undefined;
  count = 0;

  constructor(path: string) {
    this.#lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })[Symbol.asyncIterator]();
  }

  async peek(): Promise<Source | null> {
    if (this.#ahead === undefined) {
      const next = await this.#lines.next();
      this.#ahead = next.done === true ? null : toSource(next.value);
    }
    return this.#ahead;
  }

  async next(): Promise<Source | null> {
    const source = await this.peek();
    this.#ahead = undefined;
    if (source !== null) this.count++;
    return source;
  }

  /** Read to the end. @returns How many lines were left. */
  async drain(): Promise<number> {
    let left = 0;
    while ((await this.next()) !== null) left++;
    return left;
  }
}

/** A line's `source`; a line that is not a qingxi output line gets an impossible source, so it never matches. */
function toSource(line: string): Source {
  try {
    const source = (JSON.parse(line) as { source?: unknown }).source;
    if (typeof source === 'object' && source !== null && typeof (source as Source).path === 'string') return source as Source;
  } catch {
    // below
  }
  return { path: '\0not a qingxi output line' };
}
