/**
 * The pages a benchmark runs over, loaded into memory once.
 *
 * The corpus beside the repository (`../shared/corpus/banned-news2`, or
 * `QINGXI_CORPUS`) when it is there, else the bundled fixtures, so the bench
 * also runs on a fresh clone.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One page held in memory. */
export interface Page {
  /** Path relative to the corpus root. */
  readonly name: string;
  /** Absolute path of its file; `null` for a page made in memory. */
  readonly path: string | null;
  /** The page's text. */
  readonly text: string;
  /** Its size in UTF-8 bytes. */
  readonly bytes: number;
}

const CORPUS = process.env['QINGXI_CORPUS'] ?? fileURLToPath(new URL('../../shared/corpus/banned-news2/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * Load the benchmark's pages, sorted by name.
 *
 * @returns Where they came from and the pages.
 */
export function loadPages(): { source: string; pages: Page[] } {
  const fromCorpus = existsSync(CORPUS);
  const root = fromCorpus ? CORPUS : FIXTURES;
  const files = listFiles(root).filter((file) => fromCorpus || /\/input\.[a-z]+$/u.test(file));
  const pages = files.map((file) => {
    const text = readFileSync(file, 'utf8');
    return { name: relative(root, file), path: file, text, bytes: Buffer.byteLength(text) };
  });
  return { source: fromCorpus ? 'corpus' : 'fixtures', pages };
}

/**
 * Every `every`-th page, a deterministic sample for the slow peers.
 *
 * @param pages - All pages.
 * @param every - Keep one page in this many.
 * @returns The sample.
 */
export function samplePages(pages: readonly Page[], every: number): Page[] {
  return pages.filter((_, i) => i % every === 0);
}

/**
 * Total size of some pages in bytes.
 *
 * @param pages - The pages.
 * @returns Their summed UTF-8 size.
 */
export function totalBytes(pages: readonly Page[]): number {
  let sum = 0;
  for (const page of pages) sum += page.bytes;
  return sum;
}

function listFiles(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}
