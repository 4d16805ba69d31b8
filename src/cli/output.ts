/**
 * Writing rendered outputs: to stdout, or one file per input under `--out`,
 * written atomically (a temporary file, then a rename).
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Format } from './args.js';
import type { Source } from './inputs.js';
import type { Rendered } from './render-record.js';

const EXTENSION: Readonly<Record<Format, string>> = { jsonl: '.json', json: '.json', md: '.md', text: '.txt', html: '.html' };
const ERROR_EXTENSION = '.error.json';
const TEMP = '.qingxi-tmp-';
const NEWLINE = new Uint8Array([0x0a]);

/** The output file(s) of an input under `--out`: its result, or its error. */
export function outputPaths(dir: string, out: string, format: Format): { readonly result: string; readonly error: string } {
  return { result: join(dir, out + EXTENSION[format]), error: join(dir, out + ERROR_EXTENSION) };
}

/** Whether an input's output is already there (for `--resume`). */
export async function hasOutput(dir: string, out: string, format: Format): Promise<boolean> {
  const paths = outputPaths(dir, out, format);
  return (await exists(paths.result)) || (await exists(paths.error));
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

/**
 * The output paths handed out in a run. Two inputs can map to one path (`../x.html`
 * and `x.html`, a JSONL id repeated, names that differ only in case on a
 * case-insensitive disk): the later one gets `~2`, `~3`… so that no output
 * overwrites another. Inputs come in a fixed order, so a `--resume` run hands
 * out the same names.
 */
export class OutputNames {
  readonly #taken = new Set<string>();

  claim(out: string): string {
    let name = out;
    for (let n = 2; this.#taken.has(key(name)); n++) name = `${out}~${n}`;
    this.#taken.add(key(name));
    return name;
  }
}

function key(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Writes outputs to stdout: JSON lines, a JSON array, or documents each headed by its source. */
export class StdoutSink {
  readonly #out: Writable;
  readonly #format: Format;
  #count = 0;

  constructor(out: Writable, format: Format) {
    this.#out = out;
    this.#format = format;
  }

  async write(rendered: Rendered, source: Source): Promise<void> {
    const first = this.#count++ === 0;
    switch (this.#format) {
      case 'jsonl':
        return this.#write(rendered.bytes, '\n');
      case 'json':
        await this.#write(first ? '[\n' : ',\n');
        return this.#write(rendered.bytes);
      case 'md':
      case 'html':
        await this.#write(`${first ? '' : '\n'}<!-- source: ${JSON.stringify(source).replace(/--/gu, '\\u002d\\u002d')} -->\n`);
        return this.#write(rendered.bytes, '\n');
      case 'text': {
        const where = `${source.path}${source.line === undefined ? '' : `:${source.line}`}${source.record === undefined ? '' : `#${source.record}`}`;
        await this.#write(`${first ? '' : '\n'}==> ${where} <==\n`);
        return this.#write(rendered.bytes, '\n');
      }
    }
  }

  async end(): Promise<void> {
    if (this.#format === 'json') await this.#write(this.#count === 0 ? '[]\n' : '\n]\n');
  }

  #write(chunk: string | Uint8Array, after?: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (error?: Error | null): void => {
        if (error !== null && error !== undefined) reject(error);
      };
      let ok = this.#out.write(chunk, done);
      if (after !== undefined) ok = this.#out.write(after, done);
      if (ok) resolve();
      else this.#out.once('drain', () => resolve());
    });
  }
}

/** Writes one file per input under a directory, atomically. */
export class DirectorySink {
  readonly #dir: string;
  readonly #format: Format;
  #serial = 0;

  constructor(dir: string, format: Format) {
    this.#dir = dir;
    this.#format = format;
  }

  /** Remove temporary files a killed run left behind. */
  async clean(): Promise<void> {
    const stack = [this.#dir];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) stack.push(path);
        else if (entry.name.includes(TEMP)) await rm(path, { force: true });
      }
    }
  }

  async write(rendered: Rendered, out: string): Promise<void> {
    const paths = outputPaths(this.#dir, out, this.#format);
    const target = rendered.error ? paths.error : paths.result;
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}${TEMP}${process.pid}-${this.#serial++}`;
    await writeFile(temp, [rendered.bytes, NEWLINE]);
    await rename(temp, target);
    // A result replaces an earlier error for the same input (and the other way round).
    await rm(rendered.error ? paths.result : paths.error, { force: true });
  }
}
