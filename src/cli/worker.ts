/**
 * A worker thread of `qingxi clean`: builds one extractor, then reads, cleans
 * and renders the pages it is sent, one at a time.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extract/create-extractor.js';
import type { Options } from '../options.js';
import { BUILTIN_SITES } from '../sites/index.js';
import type { Format } from './args.js';
import type { Source } from './inputs.js';
import { loadRulePack } from './load-rules.js';
import { type Rendered, renderError, renderResult, tooLarge } from './render-record.js';

/** What the pool tells a worker when it starts it. */
export interface WorkerInit {
  readonly options: Omit<Options, 'rules' | 'sites'>;
  readonly rulesPath: string | null;
  readonly format: Format;
}

/** One page for a worker: a file to read, or the page itself. */
export interface WorkerJob {
  readonly seq: number;
  readonly source: Source;
  readonly describe: string;
  readonly file?: string;
  readonly input?: Uint8Array | string;
  readonly url: string | null;
}

const init = workerData as WorkerInit;
const pack = init.rulesPath === null ? null : await loadRulePack(init.rulesPath);
const maxBytes = init.options.maxBytes ?? Infinity;
const extractor = createExtractor({
  ...init.options,
  ...(pack === null ? {} : { rules: pack.rules, sites: [...BUILTIN_SITES, ...pack.sites] }),
});

parentPort!.on('message', (job: WorkerJob) => {
  let input: Uint8Array | string;
  if (job.file !== undefined) {
    let fd: number | null = null;
    try {
      // Size first, from the open file: an oversized file is refused without reading it.
      fd = openSync(job.file, 'r');
      const size = fstatSync(fd).size;
      if (size > maxBytes) {
        send(job.seq, renderError(job.source, 'E_TOO_LARGE', tooLarge(job.describe, size, maxBytes)));
        return;
      }
      const buffer = readFileSync(fd);
      input = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      const message = `${job.describe}: cannot read it (${error instanceof Error ? error.message : String(error)})`;
      send(job.seq, renderError(job.source, 'E_READ', message));
      return;
    } finally {
      if (fd !== null) closeSync(fd);
    }
    // The file may have grown since it was measured.
    if (input.length > maxBytes) {
      send(job.seq, renderError(job.source, 'E_TOO_LARGE', tooLarge(job.describe, input.length, maxBytes)));
      return;
    }
  } else {
    input = job.input ?? '';
  }
  const result = extractor.extract(input, job.url === null ? {} : { url: job.url });
  send(job.seq, renderResult(job.source, result, init.format, job.describe, init.options.explain === true));
});

/** Hand the rendered bytes over without copying them. */
function send(seq: number, rendered: Rendered): void {
  parentPort!.postMessage({ seq, rendered }, [rendered.bytes.buffer as ArrayBuffer]);
}
parentPort!.postMessage({ ready: true });
