/**
 * `qingxi shard`: split the inputs of one run into N shards that can be
 * cleaned independently (one Slurm array task, one Hadoop map task each) and
 * merged back into exactly one line per input with `qingxi merge`.
 *
 * Shards are contiguous slices of the order `qingxi clean` uses, so the shard
 * outputs concatenated in shard order are the output of a single run.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { ShardSettings } from './args.js';
import { SetupError, type Streams } from './clean.js';
import { listedInputs, namePaths } from './inputs.js';
import { MANIFEST, MANIFEST_FORMAT, type Manifest, OUTPUTS, type ShardEntry, type ShardKind, shardName } from './manifest.js';
import { count } from './progress.js';

const JSONL = /\.(?:jsonl|ndjson)$/iu;
const WARC = /\.warc(?:\.gz)?$/iu;

/**
 * Where each shard starts: input `j` goes to the shard its weight's midpoint
 * falls in, so shards are contiguous and their weights as even as whole
 * inputs allow.
 *
 * @param weights - Each input's weight (1 per page, bytes for WARC files).
 * @param shards - The number of shards.
 * @returns `shards + 1` offsets: shard `i` holds inputs `[starts[i], starts[i + 1])`.
 * @example
 * shardStarts([1, 1, 1, 1, 1], 2) // [0, 2, 5]: inputs 0–1, then 2–4
 */
export function shardStarts(weights: readonly number[], shards: number): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const starts = [0];
  let before = 0;
  weights.forEach((weight, j) => {
    const shard = total === 0 ? 0 : Math.min(shards - 1, Math.floor(((before + weight / 2) * shards) / total));
    while (starts.length <= shard) starts.push(j);
    before += weight;
  });
  while (starts.length <= shards) starts.push(weights.length);
  return starts;
}

/**
 * Run `qingxi shard`.
 *
 * @returns The exit status: 0 when the shards and the manifest were written.
 */
export async function runShard(settings: ShardSettings, streams: Streams): Promise<number> {
  const listed = await listedInputs(settings.filesFrom).catch((error: unknown) => {
    throw new SetupError(error instanceof Error ? error.message : String(error));
  });
  const named = await namePaths([...settings.inputs, ...listed]);
  if (named.length === 0) throw new SetupError('nothing to shard: the inputs name no files');
  if (named.some((n) => n.path === '-')) throw new SetupError('shard reads files, not stdin: save the JSON Lines to a .jsonl file and shard that');
  const missing = named.filter((n) => n.error !== undefined);
  if (missing.length > 0) throw new SetupError(missing.slice(0, 5).map((n) => n.error).join('; ') + (missing.length > 5 ? `; and ${missing.length - 5} more` : ''));
  const jsonl = named.filter((n) => JSONL.test(n.path)).length;
  if (jsonl > 0 && jsonl < named.length) throw new SetupError('shard takes either JSON Lines files (.jsonl, .ndjson) or pages and WARC files, not both in one run');
  if (named.some((n) => n.path.includes('\n'))) throw new SetupError('an input path contains a line break, which a shard list cannot hold');
  await prepare(settings.out);

  const paths = named.map((n) => n.path);
  const kind: ShardKind = jsonl > 0 ? 'jsonl' : 'files';
  const entries = kind === 'jsonl' ? await writeJsonlShards(paths, settings) : await writeListShards(paths, settings);
  const manifest = await writeManifest(settings.out, kind, entries);
  if (!settings.quiet) {
    const sizes = entries.map((e) => e.inputs);
    streams.stderr.write(
      `qingxi shard: ${count(manifest.inputs, kind === 'jsonl' ? 'record' : 'input')} in ${count(manifest.shards, 'shard')} of ${Math.min(...sizes)}–${Math.max(...sizes)} under ${settings.out}\n` +
        `next: clean each shard as its own task, e.g. ${taskCommand(kind, join(settings.out, entries[0]!.file), join(settings.out, entries[0]!.output))}, then qingxi merge ${settings.out}\n`,
    );
  }
  return 0;
}

/** What one task runs for its shard: a list through --files-from, records on stdin. */
function taskCommand(kind: ShardKind, file: string, output: string): string {
  return kind === 'files' ? `qingxi clean --files-from ${file} > ${output}` : `qingxi clean - --jsonl < ${file} > ${output}`;
}

/** The shard directory must be new or empty: old outputs must never pass for new ones. */
async function prepare(dir: string): Promise<void> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new SetupError(`--out ${dir}: ${error.message}`);
  });
  if (entries.length > 0) throw new SetupError(`--out ${dir} is not empty; shard into a new directory, or remove this one first`);
  await mkdir(join(dir, OUTPUTS), { recursive: true });
}

/** Lists of paths, one shard per list; WARC files whole, weighted by size since one holds many pages. */
async function writeListShards(paths: readonly string[], settings: ShardSettings): Promise<ShardEntry[]> {
  const bySize = paths.some((path) => WARC.test(path));
  const weights = bySize ? await Promise.all(paths.map(async (path) => Math.max(1, (await stat(path)).size))) : paths.map(() => 1);
  const starts = shardStarts(weights, settings.shards);
  const entries: ShardEntry[] = [];
  for (let i = 0; i < settings.shards; i++) {
    const slice = paths.slice(starts[i], starts[i + 1]);
    const text = slice.map((path) => `${path}\n`).join('');
    const file = shardName(i, settings.shards, '.list');
    await writeFile(join(settings.out, file), text);
    entries.push(entry(i, settings.shards, file, slice.length, createHash('sha256').update(text).digest('hex')));
  }
  return entries;
}

/** Slices of JSON Lines records, blank lines dropped: one pass to count, one to write. */
async function writeJsonlShards(paths: readonly string[], settings: ShardSettings): Promise<ShardEntry[]> {
  let total = 0;
  for await (const _ of records(paths)) total++;
  const starts = shardStarts(new Array<number>(total).fill(1), settings.shards);
  const entries: ShardEntry[] = [];
  let shard = -1;
  let out: WriteStream | null = null;
  let hash = createHash('sha256');
  const close = async (): Promise<void> => {
    if (out === null) return;
    out.end();
    await once(out, 'finish');
    const file = shardName(shard, settings.shards, '.jsonl');
    entries.push(entry(shard, settings.shards, file, starts[shard + 1]! - starts[shard]!, hash.digest('hex')));
  };
  const open = async (): Promise<void> => {
    await close();
    shard++;
    hash = createHash('sha256');
    out = createWriteStream(join(settings.out, shardName(shard, settings.shards, '.jsonl')));
  };
  let n = 0;
  await open();
  for await (const line of records(paths)) {
    while (n >= starts[shard + 1]!) await open();
    const text = `${line}\n`;
    hash.update(text);
    if (!out!.write(text)) await once(out!, 'drain');
    n++;
  }
  while (shard < settings.shards - 1) await open();
  await close();
  return entries;
}

/** The non-blank lines of JSON Lines files, in order. */
async function* records(paths: readonly string[]): AsyncGenerator<string> {
  for (const path of paths) {
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    for await (const line of lines) if (line.trim() !== '') yield line;
  }
}

function entry(index: number, shards: number, file: string, inputs: number, sha256: string): ShardEntry {
  return { index, file, output: join(OUTPUTS, shardName(index, shards, '.jsonl')), inputs, sha256 };
}

/** The manifest goes last, atomically: its presence says the shards are complete. */
async function writeManifest(dir: string, kind: ShardKind, entries: readonly ShardEntry[]): Promise<Manifest> {
  const whole = createHash('sha256');
  for (const e of entries) whole.update(e.sha256);
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    kind,
    shards: entries.length,
    inputs: entries.reduce((sum, e) => sum + e.inputs, 0),
    sha256: whole.digest('hex'),
    cwd: resolve('.'),
    entries,
  };
  const temp = join(dir, `${MANIFEST}.tmp`);
  await writeFile(temp, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(temp, join(dir, MANIFEST));
  return manifest;
}
