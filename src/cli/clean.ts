/**
 * `qingxi clean` (and the counting of `qingxi stats`): stream the inputs
 * through a pool of workers and write one output per input, in input order.
 */
import type { Readable, Writable } from 'node:stream';
import { DEFAULT_MAX_BYTES } from '../options.js';
import type { CleanSettings } from './args.js';
import { type InputItem, InputError, type Named, listedInputs, namePaths, streamInputs } from './inputs.js';
import { type RulePack, checkRulePack, checkSite, loadRulePack } from './load-rules.js';
import { DirectorySink, OutputNames, StdoutSink, hasOutput } from './output.js';
import { Pool } from './pool.js';
import { Progress, type Tally } from './progress.js';
import { type Rendered, renderError, tooLarge } from './render-record.js';

/** Standard streams, passed in so that tests can run the CLI in process. */
export interface Streams {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

/** A setup problem the user must fix: reported with exit status 2. */
export class SetupError extends Error {
  override readonly name = 'SetupError';
}

/**
 * Clean every input, handing each rendered output to `emit` in input order.
 *
 * @param settings - The parsed options.
 * @param streams - stdin (for `-`) and stderr (for progress).
 * @param emit - Receives each output and its input.
 * @param skip - Whether an input's output already exists (for `--resume`).
 * @returns The tally of the run.
 */
export async function processInputs(
  settings: CleanSettings,
  streams: Streams,
  emit: (rendered: Rendered, item: InputItem) => Promise<void>,
  skip: (item: InputItem) => Promise<boolean> = () => Promise.resolve(false),
): Promise<Tally> {
  let pack: RulePack | null = null;
  if (settings.rules !== null) {
    try {
      pack = await loadRulePack(settings.rules);
      checkRulePack(pack, settings.rules);
    } catch (error) {
      throw new SetupError(error instanceof Error ? error.message : String(error));
    }
  }
  checkSite(settings.site, pack);
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_BYTES;
  // The workers start first: they load the library and build their extractors while the inputs are listed.
  const pool = createPool(settings, maxBytes);
  let named: Named[];
  try {
    const listed = await listedInputs(settings.filesFrom).catch((error: unknown) => {
      throw new SetupError(error instanceof Error ? error.message : String(error));
    });
    named = await namePaths([...settings.inputs, ...listed]);
  } catch (error) {
    await pool.close();
    throw error;
  }
  const progress = new Progress(streams.stderr, settings.quiet);
  const countable = named.every((n) => n.path !== '-' && !/\.warc(?:\.gz)?$/iu.test(n.path));
  progress.total(countable ? named.length : null);

  try {
    await pool.ready();
  } catch (error) {
    await pool.close();
    throw new SetupError(`cannot start the workers: ${error instanceof Error ? error.message : String(error)}`);
  }

  const names = settings.out === null ? null : new OutputNames();
  const tally: Tally = { done: 0, articles: 0, notArticles: 0, errors: 0, skipped: 0 };
  // Pages in flight, oldest first: outputs are written in input order, and at
  // most this many pages are read ahead, so memory stays bounded.
  const window: Array<{ item: InputItem; rendered: Promise<Rendered> }> = [];
  const limit = settings.jobs * 64;
  const flush = async (): Promise<void> => {
    const head = window.shift()!;
    const rendered = await head.rendered;
    await emit(rendered, head.item);
    tally.done++;
    if (rendered.summary.status === 'article') tally.articles++;
    else if (rendered.summary.status === 'not-article') tally.notArticles++;
    else tally.errors++;
    progress.update(tally);
  };
  try {
    for await (const input of streamInputs(named, streams.stdin, settings.jsonl, maxBytes)) {
      const item = names === null ? input : { ...input, out: names.claim(input.out) };
      if (await skip(item)) {
        tally.skipped++;
        continue;
      }
      window.push({ item, rendered: cleanOne(item, pool, maxBytes) });
      while (window.length >= limit) await flush();
    }
    while (window.length > 0) await flush();
  } finally {
    await pool.close();
  }
  progress.finish(tally);
  return tally;
}

/**
 * Run `qingxi clean`.
 *
 * @returns The exit status: 0 when every input was cleaned (pages that are not articles included), 1 when some failed.
 */
export async function runClean(settings: CleanSettings, streams: Streams): Promise<number> {
  let tally: Tally;
  if (settings.out !== null) {
    const dir = settings.out;
    const sink = new DirectorySink(dir, settings.format);
    await sink.clean();
    tally = await processInputs(
      settings,
      streams,
      (rendered, item) => sink.write(rendered, item.out),
      settings.resume ? (item) => hasOutput(dir, item.out, settings.format) : undefined,
    );
  } else {
    const sink = new StdoutSink(streams.stdout, settings.format);
    const textual = settings.format !== 'jsonl' && settings.format !== 'json';
    tally = await processInputs(settings, streams, async (rendered, item) => {
      await sink.write(rendered, item.source);
      if (rendered.error && textual && !settings.quiet) streams.stderr.write(`qingxi: ${rendered.summary.code}: ${describe(item)}\n`);
    });
    await sink.end();
  }
  return tally.errors > 0 ? 1 : 0;
}

function createPool(settings: CleanSettings, maxBytes: number): Pool {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  const options = {
    explain: settings.explain,
    maxBytes,
    ...(settings.site === null ? {} : { site: settings.site }),
  };
  return new Pool(settings.jobs, url, { options, rulesPath: settings.rules, format: settings.format }, settings.timeout, fromSource ? ['--import', 'tsx'] : []);
}

/** Files are read by the worker that cleans them; other inputs are read here. */
async function cleanOne(item: InputItem, pool: Pool, maxBytes: number): Promise<Rendered> {
  const { source } = item;
  const name = describe(item);
  if (item.size !== null && item.size > maxBytes) return renderError(source, 'E_TOO_LARGE', tooLarge(name, item.size, maxBytes));
  let job: { file: string } | { input: Uint8Array | string };
  if (item.file !== null) {
    job = { file: item.file };
  } else {
    try {
      job = { input: await item.read() };
    } catch (error) {
      const code = error instanceof InputError ? error.code : 'E_READ';
      return renderError(source, code, error instanceof Error ? error.message : String(error));
    }
  }
  const outcome = await pool.run({ ...job, source, describe: name, url: item.url });
  return outcome.kind === 'result' ? outcome.rendered : renderError(source, outcome.code, `${name}: ${outcome.message}`);
}

function describe(item: InputItem): string {
  const { path, line, record, id } = item.source;
  if (line !== undefined) return `stdin line ${line}${id === undefined ? '' : ` (id ${id})`}`;
  if (record !== undefined) return `${path} record ${record}`;
  return path === '-' ? 'stdin' : path;
}
