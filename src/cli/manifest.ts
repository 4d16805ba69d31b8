/**
 * The manifest of a sharded run: what `qingxi shard` wrote, and what
 * `qingxi merge` checks the shard outputs against.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The manifest's file name in a shard directory. */
export const MANIFEST = 'manifest.json';
/** The directory, inside a shard directory, that shard outputs go to. */
export const OUTPUTS = 'out';
/** The manifest format this version writes and reads. */
export const MANIFEST_FORMAT = 'qingxi-shards/1';

/**
 * How the inputs were split: `files` shards are lists of paths (pages and
 * whole WARC files) for `clean --files-from`; `jsonl` shards are slices of
 * JSON Lines records for `clean - --jsonl`.
 */
export type ShardKind = 'files' | 'jsonl';

/** One shard: its input file, its output file, and what the input holds. */
export interface ShardEntry {
  readonly index: number;
  /** The shard's input, relative to the shard directory. */
  readonly file: string;
  /** Where the shard's task writes its JSON lines, relative to the shard directory. */
  readonly output: string;
  /** Inputs in the shard: list entries or JSONL records. */
  readonly inputs: number;
  /** SHA-256 of the shard's input file. */
  readonly sha256: string;
}

/** The manifest of a shard directory. */
export interface Manifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly kind: ShardKind;
  readonly shards: number;
  /** Inputs over all shards. */
  readonly inputs: number;
  /** SHA-256 of the shards' SHA-256 digests (hex) in shard order: names this sharding. */
  readonly sha256: string;
  /** The working directory `shard` ran in: relative paths in the lists are relative to it. */
  readonly cwd: string;
  readonly entries: readonly ShardEntry[];
}

/**
 * The file name of shard `index` of `count`, e.g. `shard-0003.list`.
 *
 * @param index - The shard's index, from 0.
 * @param count - The number of shards (sets the width, at least 4 digits).
 * @param extension - `.list`, `.jsonl`.
 * @returns The name.
 */
export function shardName(index: number, count: number, extension: string): string {
  const width = Math.max(4, String(count - 1).length);
  return `shard-${String(index).padStart(width, '0')}${extension}`;
}

/**
 * Read and check a shard directory's manifest.
 *
 * @param dir - The shard directory.
 * @returns The manifest.
 * @throws Error naming the directory when there is no valid manifest.
 */
export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, MANIFEST);
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}; is ${dir} a directory written by qingxi shard?`);
  });
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    throw new Error(`${path} is not JSON`);
  }
  const entries = Array.isArray(manifest.entries) ? manifest.entries : [];
  const consistent =
    manifest.format === MANIFEST_FORMAT &&
    entries.length === manifest.shards &&
    entries.every((entry, i) => entry.index === i) &&
    new Set(entries.map((entry) => entry.file)).size === entries.length &&
    new Set(entries.map((entry) => entry.output)).size === entries.length &&
    entries.reduce((sum, entry) => sum + entry.inputs, 0) === manifest.inputs;
  if (!consistent) throw new Error(`${path} is not a ${MANIFEST_FORMAT} manifest, or its shard entries do not add up`);
  return manifest;
}

/**
 * The SHA-256 of a file, hex.
 *
 * @param path - The file.
 * @returns The digest.
 */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
