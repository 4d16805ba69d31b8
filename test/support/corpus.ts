/**
 * Where the shared corpus of mirrored pages lives, if it is there at all.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
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
  const files: string[] = [];
  const stack = [CORPUS_DIR];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else files.push(path);
    }
  }
  return files.sort();
}
