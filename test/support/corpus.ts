/**
 * Where the shared corpus of mirrored pages lives, if it is there at all.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `QINGXI_CORPUS`, or `../shared/corpus/banned-news2` beside the repository. */
export const CORPUS_DIR = process.env['QINGXI_CORPUS'] ?? fileURLToPath(new URL('../../../shared/corpus/banned-news2/', import.meta.url));

/** Whether the corpus is present (a fresh clone without `../shared` has none). */
export const HAS_CORPUS = existsSync(CORPUS_DIR);

/**
 * Every file under the corpus directory, sorted.
 *
 * @returns Absolute paths.
 */
export function corpusFiles(): string[] {
  const entries = readdirSync(CORPUS_DIR, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}
