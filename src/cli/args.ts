/**
 * Command-line arguments: parsed, checked, and turned into typed settings.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { editDistance } from '../text/nearest-name.js';

/** Output formats of `qingxi clean`. */
export const FORMATS = ['jsonl', 'json', 'md', 'text', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Settings of `qingxi clean` (and of `stats`, which runs the same machinery). */
export interface CleanSettings {
  readonly inputs: readonly string[];
  /** A file listing more inputs, one per line (a shard of a larger run). */
  readonly filesFrom: string | null;
  readonly format: Format;
  readonly out: string | null;
  readonly explain: boolean;
  readonly site: string | null;
  readonly rules: string | null;
  readonly jobs: number;
  readonly timeout: number;
  readonly resume: boolean;
  readonly quiet: boolean;
  readonly jsonl: boolean;
  readonly maxBytes: number | null;
}

/** Settings of `qingxi shard`. */
export interface ShardSettings {
  readonly inputs: readonly string[];
  readonly filesFrom: string | null;
  readonly shards: number;
  readonly out: string;
  readonly quiet: boolean;
}

/** Settings of `qingxi merge`. */
export interface MergeSettings {
  readonly dir: string;
  /** Verify only: write nothing to stdout. */
  readonly check: boolean;
  readonly quiet: boolean;
}

/** A parsed command line. */
export type Command =
  | { readonly name: 'clean'; readonly settings: CleanSettings }
  | { readonly name: 'stats'; readonly settings: CleanSettings; readonly json: boolean }
  | { readonly name: 'explain'; readonly file: string; readonly site: string | null; readonly rules: string | null }
  | { readonly name: 'shard'; readonly settings: ShardSettings }
  | { readonly name: 'merge'; readonly settings: MergeSettings }
  | { readonly name: 'help' }
  | { readonly name: 'version' };

/** A usage mistake: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  qingxi clean [options] <file | dir | glob | ->...       clean pages, one JSON line per input
  qingxi explain [--site ID] [--rules MODULE] <file | ->  show what was kept and removed, and why
  qingxi stats [options] <file | dir | glob>...           count pages, articles and fields per outlet
  qingxi shard --shards N --out DIR <input>...            split a run into shards for a cluster
  qingxi merge [--check] <dir>                            check the shards' outputs, print them in order

Inputs: HTML or Markdown-mirror pages, directories (recursive), globs, WARC files
(.warc, .warc.gz: one output per HTML response record), and - for stdin: one page,
or JSON Lines of { "id"?, "url"?, "html" } (auto-detected, or --jsonl).

Options for clean (stats takes the input options: --site, --rules, --jobs,
--timeout, --max-bytes, --jsonl, --files-from, --quiet):
  --format FMT    jsonl (default), json, md, text, html
  --out DIR       write one file per input under DIR, mirroring the input paths
                  (an input whose path is taken gets ~2, ~3…: nothing is overwritten)
  --resume        with --out: skip inputs whose output is already there
  --explain       add the trace of every removal and field source, and the issues
  --site ID       use this site profile for every page
  --rules MODULE  load rules and sites from a JS module (exports rules, sites)
  --jobs N        worker threads (default: the number of cores)
  --timeout MS    per-input time limit; a slower page becomes an E_TIMEOUT line (default 30000)
  --max-bytes N   reject inputs over N bytes with E_TOO_LARGE, unread (default 32 MiB)
  --jsonl         read stdin as JSON Lines even if it does not look like them
  --files-from F  also clean the inputs listed in file F, one per line (a shard)
  --json          (stats) print the counts as JSON
  -q, --quiet     nothing on stderr: no progress bar, no summary (also shard, merge)
  -h, --help      this text
  -v, --version   the version

Options for shard and merge:
  --shards N      (shard) how many shards: contiguous slices of the order clean uses;
                  pages and WARC files become DIR/shard-NNNN.list (for --files-from),
                  .jsonl files become DIR/shard-NNNN.jsonl (for clean - --jsonl)
  --out DIR       (shard) a new or empty directory for the shards and manifest.json
  --check         (merge) verify only; exit 1 naming every missing or incomplete shard

Exit status: 0 every input cleaned (pages that are not articles included),
1 some inputs failed (their error lines were written), 2 usage error.`;

/**
 * Parse the command line.
 *
 * @param argv - Arguments after the program name.
 * @returns The command.
 * @throws UsageError for anything the user must fix.
 */
export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') return { name: 'help' };
  if (name === '-v' || name === '--version') return { name: 'version' };
  if (name === 'explain') return parseExplain(rest);
  if (name === 'clean' || name === 'stats') return parseClean(name, rest);
  if (name === 'shard') return parseShard(rest);
  if (name === 'merge') return parseMerge(rest);
  throw new UsageError(`unknown command "${name}"; use clean, explain, stats, shard or merge`);
}

/** Options of clean that mean nothing to stats: refused rather than silently ignored. */
const STATS_IGNORES = ['out', 'resume', 'format', 'explain'] as const;

const CLEAN_OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  resume: { type: 'boolean' },
  explain: { type: 'boolean' },
  site: { type: 'string' },
  rules: { type: 'string' },
  jobs: { type: 'string' },
  timeout: { type: 'string' },
  'max-bytes': { type: 'string' },
  jsonl: { type: 'boolean' },
  'files-from': { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies Spec;
const EXPLAIN_OPTIONS = { site: { type: 'string' }, rules: { type: 'string' } } as const satisfies Spec;
const SHARD_OPTIONS = { shards: { type: 'string' }, out: { type: 'string' }, 'files-from': { type: 'string' }, quiet: { type: 'boolean', short: 'q' } } as const satisfies Spec;
const MERGE_OPTIONS = { check: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } } as const satisfies Spec;

/** What each option's value is, as the usage names it. */
const VALUE_OF: Readonly<Record<string, string>> = { format: 'FMT', out: 'DIR', site: 'ID', rules: 'MODULE', jobs: 'N', timeout: 'MS', 'max-bytes': 'N', 'files-from': 'F', shards: 'N' };

/** Each command's options, for naming the command an option given to the wrong one belongs to. */
const OPTIONS_OF: ReadonlyArray<readonly [string, Spec]> = [
  ['clean', omit(CLEAN_OPTIONS, ['json'])],
  ['stats', omit(CLEAN_OPTIONS, STATS_IGNORES)],
  ['explain', EXPLAIN_OPTIONS],
  ['shard', SHARD_OPTIONS],
  ['merge', MERGE_OPTIONS],
];

function parseClean(name: 'clean' | 'stats', argv: readonly string[]): Command {
  const { values, positionals } = parse(name, argv, CLEAN_OPTIONS);
  if (values.help === true) return { name: 'help' };
  const misplaced = name === 'stats' ? STATS_IGNORES.filter((flag) => values[flag] !== undefined) : values.json === undefined ? [] : ['json' as const];
  if (misplaced.length > 0) throw new UsageError(`${name} does not take --${misplaced[0]}${name === 'stats' ? '; it only counts (use clean to write outputs)' : '; clean writes JSON lines by default, or use --format json'}`);
  const filesFrom = values['files-from'] ?? null;
  if (positionals.length === 0 && filesFrom === null) throw new UsageError(`${name} needs at least one input: a file, a directory, a glob, - for stdin, or --files-from LIST`);
  const format = (values.format ?? 'jsonl') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const out = values.out ?? null;
  if (values.resume === true && out === null) throw new UsageError('--resume needs --out DIR: it skips inputs whose output file is there');
  const settings: CleanSettings = {
    inputs: positionals,
    filesFrom,
    format,
    out,
    explain: values.explain ?? false,
    site: values.site ?? null,
    rules: values.rules ?? null,
    jobs: positiveInt(values.jobs, '--jobs', availableParallelism()),
    timeout: positiveInt(values.timeout, '--timeout', 30_000),
    resume: values.resume ?? false,
    quiet: values.quiet ?? false,
    jsonl: values.jsonl ?? false,
    maxBytes: values['max-bytes'] === undefined ? null : positiveInt(values['max-bytes'], '--max-bytes', 0),
  };
  return name === 'clean' ? { name, settings } : { name, settings, json: values.json ?? false };
}

function parseExplain(argv: readonly string[]): Command {
  const { values, positionals } = parse('explain', argv, EXPLAIN_OPTIONS);
  if (values.help === true) return { name: 'help' };
  if (positionals.length !== 1) throw new UsageError('explain takes exactly one file, or - for stdin');
  return { name: 'explain', file: positionals[0]!, site: values.site ?? null, rules: values.rules ?? null };
}

function parseShard(argv: readonly string[]): Command {
  const { values, positionals } = parse('shard', argv, SHARD_OPTIONS);
  if (values.help === true) return { name: 'help' };
  const filesFrom = values['files-from'] ?? null;
  if (positionals.length === 0 && filesFrom === null) throw new UsageError('shard needs inputs: files, directories, globs, .jsonl files, or --files-from LIST');
  if (values.shards === undefined) throw new UsageError('shard needs --shards N');
  if (values.out === undefined) throw new UsageError('shard needs --out DIR, a new directory for the shards');
  const shards = positiveInt(values.shards, '--shards', 0);
  return { name: 'shard', settings: { inputs: positionals, filesFrom, shards, out: values.out, quiet: values.quiet ?? false } };
}

function parseMerge(argv: readonly string[]): Command {
  const { values, positionals } = parse('merge', argv, MERGE_OPTIONS);
  if (values.help === true) return { name: 'help' };
  if (positionals.length !== 1) throw new UsageError('merge takes exactly one shard directory (the --out of qingxi shard)');
  return { name: 'merge', settings: { dir: positionals[0]!, check: values.check ?? false, quiet: values.quiet ?? false } };
}

type Spec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse<T extends Spec>(command: string, argv: readonly string[], options: T) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  // A first, lenient pass finds an unknown option by itself, so that the message can name
  // the command and the option meant; Node's own text for it is a hint about `--`.
  const { tokens } = parseArgs({ args: [...argv], options: all, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(all, token.name)) throw new UsageError(unknownOption(command, token.rawName));
    const { type } = all[token.name as keyof typeof all];
    if (type === 'string' && token.value === undefined) throw new UsageError(`${token.rawName} needs a value, as in ${token.rawName} ${VALUE_OF[token.name] ?? 'VALUE'}; see qingxi ${command} --help`);
    if (type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value (drop "=${token.value}"); see qingxi ${command} --help`);
  }
  try {
    return parseArgs({ args: [...argv], options: all, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/^TypeError \[[A-Z_]+\]: /u, '') : String(error));
  }
}

/**
 * The message for an option `command` does not take: the option the user probably meant if one
 * of the command's own is a typo away, or the commands that do take it, and where the list is.
 */
function unknownOption(command: string, raw: string): string {
  const head = `unknown option ${raw} for "${command}"`;
  const tail = `; see qingxi ${command} --help`;
  const own = OPTIONS_OF.find(([name]) => name === command)?.[1] ?? {};
  const long = raw.startsWith('--');
  const name = long ? raw.slice(2) : raw.slice(1);
  const spelled = (option: string) => (long ? `--${option}` : `-${option}`);
  const namesOf = (spec: Spec): string[] => {
    const entries = Object.entries(spec ?? {});
    return long ? entries.map(([option]) => option) : entries.flatMap(([, config]) => (config.short === undefined ? [] : [config.short]));
  };
  const elsewhere = OPTIONS_OF.filter(([other, spec]) => other !== command && namesOf(spec).includes(name)).map(([other]) => other);
  if (elsewhere.length > 0) return `${head} (${raw} is an option of ${orList(elsewhere)})${tail}`;
  const candidates = [...namesOf(own), long ? 'help' : 'h'];
  const near = nearest(name, candidates, long ? undefined : 0);
  return near.length > 0 ? `${head} (did you mean ${orList(near.map(spelled))}?)${tail}` : `${head}${tail}`;
}

/**
 * The option `typed` is short for (the only candidate it begins, if three letters or more), or
 * else the candidates closest to it when they are close: at most one edit for a name of four
 * letters or fewer, two for longer ones (a swap of neighbours counts as one). Case is ignored. A short option's
 * letter is one edit from every other letter, so for those `limit` is 0: only -Q finds -q.
 */
function nearest(typed: string, candidates: readonly string[], limit = typed.length <= 4 ? 1 : 2): string[] {
  const lower = typed.toLowerCase();
  const prefixed = lower.length >= 3 ? candidates.filter((candidate) => candidate.startsWith(lower)) : [];
  if (prefixed.length === 1) return prefixed;
  let best = Infinity;
  let found: string[] = [];
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate, limit + 1);
    if (d > limit || d > best) continue;
    if (d < best) found = [];
    best = d;
    found.push(candidate);
  }
  return found;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function omit(spec: Spec, names: readonly string[]): Spec {
  return Object.fromEntries(Object.entries(spec ?? {}).filter(([option]) => !names.includes(option)));
}

function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number, not "${value}"`);
  return n;
}
