/**
 * What the command line was asked to clean, as a stream of inputs in a fixed
 * order: files, directories (recursive), globs, WARC records and stdin.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, normalize, relative } from 'node:path';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

/** Where an input came from: written as `source` on its output line. */
export interface Source {
  path: string;
  line?: number;
  id?: string;
  url?: string;
  record?: number;
}

/** One input to clean. */
export interface InputItem {
  readonly source: Source;
  /** The output file's path under `--out`, without the format's extension. */
  readonly out: string;
  /** The page's URL when the input states one (JSONL `url`, a WARC record's target). */
  readonly url: string | null;
  /** Size in bytes when known before reading. */
  readonly size: number | null;
  /** The file to read the page from, when the input is a whole file (the worker reads it). */
  readonly file: string | null;
  /** The page's bytes or text; rejects with an {@link InputError}. */
  read(): Promise<Uint8Array | string>;
}

/** An input that could not be read: it still gets its output line. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: 'E_READ' | 'E_INPUT',
    message: string,
  ) {
    super(message);
  }
}

const PAGE_EXTENSIONS = /\.(?:html?|xhtml|shtml|md|markdown|txt|warc|warc\.gz)$/iu;
const WARC = /\.warc(?:\.gz)?$/iu;
const GLOB_CHARS = /[*?[\]{}]/u;

/** A path the arguments name, with the output path it maps to. */
export interface Named {
  readonly path: string;
  readonly out: string;
  readonly error?: string;
}

/**
 * The inputs a `--files-from` list names: one per line, blank lines skipped.
 *
 * @param list - The list file, or `null` for none.
 * @returns The inputs, in the list's order.
 * @throws Error naming the list when it cannot be read.
 */
export async function listedInputs(list: string | null): Promise<string[]> {
  if (list === null) return [];
  const text = await readFile(list, 'utf8').catch((error: unknown) => {
    throw new Error(`--files-from ${list}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return text.split(/\r?\n/u).filter((line) => line.trim() !== '');
}

/**
 * Turn the arguments into file paths, in order: each argument in turn, a
 * directory's files sorted, a glob's matches sorted.
 *
 * @param args - The command's input arguments (`-` is stdin and stays `-`).
 * @returns The paths and their output paths; unreadable arguments carry an error.
 */
export async function namePaths(args: readonly string[]): Promise<Named[]> {
  const named: Named[] = [];
  for (const arg of args) {
    if (arg === '-') {
      named.push({ path: '-', out: 'stdin' });
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory() === true) {
      const root = basename(normalize(arg));
      for (const file of await listFiles(arg)) named.push({ path: file, out: join(root, relative(arg, file)) });
    } else if (info !== null) {
      named.push({ path: arg, out: mirrored(arg) });
    } else if (GLOB_CHARS.test(arg)) {
      const { glob } = await import('tinyglobby');
      const matches = (await glob([arg], { onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) named.push({ path: arg, out: sanitize(arg), error: `${arg}: no file matches this glob` });
      for (const file of matches) named.push({ path: file, out: mirrored(file) });
    } else {
      named.push({ path: arg, out: sanitize(basename(arg)), error: `${arg}: no such file or directory` });
    }
  }
  return named;
}

/**
 * A file argument's place under `--out`: its path as given, so that `a/x.html`
 * and `b/x.html` stay apart; climbing (`../`) and root prefixes are dropped so
 * that nothing is written outside the output directory.
 */
function mirrored(path: string): string {
  const out = normalize(path).replace(/^(?:\.\.[\\/])+/u, '').replace(/^(?:[A-Za-z]:)?[\\/]+/u, '');
  return out === '' || out === '..' ? sanitize(basename(path)) : out;
}

/** Files under a directory with a page extension, sorted, found without recursion. */
async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile() && PAGE_EXTENSIONS.test(entry.name)) files.push(path);
    }
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Every input the arguments name, streamed: WARC files yield one input per
 * HTML response record, stdin yields one page or one input per JSON line.
 *
 * @param named - From {@link namePaths}.
 * @param stdin - The standard input stream.
 * @param forceJsonl - Read stdin as JSON Lines.
 * @param maxBytes - Past this size a stdin page is counted, not kept.
 * @returns The inputs, in order.
 */
export async function* streamInputs(named: readonly Named[], stdin: Readable, forceJsonl: boolean, maxBytes: number): AsyncGenerator<InputItem> {
  for (const item of named) {
    if (item.error !== undefined) {
      const message = item.error;
      yield { source: { path: item.path }, out: item.out, url: null, size: null, file: null, read: () => Promise.reject(new InputError('E_READ', message)) };
    } else if (item.path === '-') {
      yield* readStdin(stdin, forceJsonl, maxBytes);
    } else if (WARC.test(item.path)) {
      const { warcRecords } = await import('./warc.js');
      yield* warcRecords(item.path, item.out.replace(WARC, ''));
    } else {
      const path = item.path;
      // The worker reads the file and checks its size: no stat here, the main thread stays idle.
      yield {
        source: { path },
        out: item.out,
        url: null,
        size: null,
        file: path,
        read: () => readFile(path).then((buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)).catch((error: unknown) => {
          throw new InputError('E_READ', `${path}: cannot read it (${error instanceof Error ? error.message : String(error)})`);
        }),
      };
    }
  }
}

/**
 * stdin is JSON Lines when asked, or when its first line is a JSON object with
 * an `html` field; otherwise it is one page, kept as bytes so that the decoder
 * reads its charset (a GBK or Big5 page piped in is not UTF-8).
 */
async function* readStdin(stdin: Readable, forceJsonl: boolean, maxBytes: number): AsyncGenerator<InputItem> {
  const chunks = byteChunks(stdin);
  const head: Buffer[] = [];
  let newline = -1;
  let size = 0;
  while (newline < 0) {
    const next = await chunks.next();
    if (next.done === true) break;
    newline = next.value.indexOf(0x0a);
    if (newline >= 0) newline += size;
    size += next.value.length;
    head.push(next.value);
  }
  const buffered = Buffer.concat(head);
  const firstLine = buffered.subarray(0, newline < 0 ? buffered.length : newline).toString('utf8');
  if (!forceJsonl && !looksLikeJsonl(firstLine)) {
    yield await stdinPage(buffered, chunks, maxBytes);
    return;
  }
  const lines = createInterface({ input: Readable.from(prepend(buffered, chunks)), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() !== '') yield jsonlItem(line === 1 ? text.replace(/^\uFEFF/u, '') : text, line);
  }
}

/** The rest of stdin as one page; past the size limit it is only counted, not kept. */
async function stdinPage(head: Buffer, rest: AsyncIterator<Buffer>, maxBytes: number): Promise<InputItem> {
  const kept = [head];
  let size = head.length;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) {
    size += next.value.length;
    if (size <= maxBytes) kept.push(next.value);
    else kept.length = 0;
  }
  const bytes = size <= maxBytes ? Buffer.concat(kept) : Buffer.alloc(0);
  const page = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { source: { path: '-' }, out: 'stdin', url: null, size, file: null, read: () => Promise.resolve(page) };
}

async function* byteChunks(stream: Readable): AsyncGenerator<Buffer> {
  for await (const chunk of stream as AsyncIterable<Buffer | string>) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  if (first.length > 0) yield first;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
}

function looksLikeJsonl(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['html'] === 'string';
  } catch {
    return false;
  }
}

function jsonlItem(text: string, line: number): InputItem {
  let record: Record<string, unknown> | null = null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) record = value as Record<string, unknown>;
  } catch {
    // reported below
  }
  const id = record !== null && (typeof record['id'] === 'string' || typeof record['id'] === 'number') ? String(record['id']) : undefined;
  const url = record !== null && typeof record['url'] === 'string' ? record['url'] : null;
  const source: Source = { path: '-', line };
  if (id !== undefined) source.id = id;
  if (url !== null) source.url = url;
  const out = join('stdin', id === undefined ? String(line) : sanitize(id));
  const html = record?.['html'];
  if (typeof html !== 'string') {
    const message = `stdin line ${line}${id === undefined ? '' : ` (id ${id})`}: ${record === null ? 'not a JSON object' : 'no "html" string'}`;
    return { source, out, url, size: null, file: null, read: () => Promise.reject(new InputError('E_INPUT', message)) };
  }
  return { source, out, url, size: Buffer.byteLength(html, 'utf8'), file: null, read: () => Promise.resolve(html) };
}

/** A safe single path segment from an id or argument. */
export function sanitize(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/u, '_').slice(0, 120);
  return safe === '' ? '_' : safe;
}

