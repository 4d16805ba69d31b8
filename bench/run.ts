/**
 * The benchmark (`npm run bench`): qingxi against the htmlparser2 parse floor
 * and against the extractors people use instead, on the pages in memory.
 *
 *   npm run bench                 # everything, writes bench/results.{json,md}
 *   npm run bench -- --quick      # qingxi and the floor only
 *   npm run bench -- --docs       # also rewrite the table in docs/performance.md
 *
 * Each group runs in its own process (its peak RSS is its own) and times the
 * floor in the same passes as its subjects, so every ratio compares figures
 * from one process and one moment. Exits 1 when qingxi costs more than
 * {@link LIMIT} times the floor. qingxi is timed from its build, `dist/index.js`
 * (see `library.ts`), which `npm run bench` makes first.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GroupResult, ScalingRow, Timing } from './measure.js';
import { loadPages } from './pages.js';

/** The most qingxi may cost, as a multiple of the parse floor. */
const LIMIT = 2.0;
/** How far time per MB may drift from the median page's on big inputs. */
const SCALING_LIMIT = 1.5;

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const { source, pages } = loadPages();
const PEERS: ReadonlyArray<readonly [string, number]> = [
  // [peer, keep one page in N]: the slow peers run on a sample, with the floor timed on the same sample.
  ['readability-linkedom', 2],
  ['defuddle', 8],
  ['readability-jsdom', 8],
];

const groups: GroupResult[] = [measure('qingxi', 5, 1), measure('cleaners', 3, 1), measure('context', 3, 1), measure('scaling', 5, 1)];
if (!quick) for (const [name, every] of PEERS) groups.push(measure(`peer:${name}`, 3, source === 'corpus' ? every : 1));

const rows = groups.flatMap((group) => rowsOf(group));
const qingxiRow = rows.find((row) => row.name === 'qingxi')!;
const scaling = groups.find((group) => group.group === 'scaling')!.scaling!;
const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`;
const results = { date: new Date().toISOString(), machine, source, pages: pages.length, limit: LIMIT, rows, scaling, groups };
const markdown = renderMarkdown(results);

writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL('results.md', import.meta.url), markdown);
if (args.has('--docs')) updateDocs(markdown);
process.stdout.write(markdown);

const scalingWorst = Math.max(...scaling.map((row) => row.qingxiMsPerMB / scaling[0]!.qingxiMsPerMB));
const failures = [
  qingxiRow.ratio > LIMIT ? `qingxi costs ${qingxiRow.ratio.toFixed(2)}× the parse floor (limit ${LIMIT}×)` : null,
  scalingWorst > SCALING_LIMIT ? `time per MB on big inputs is ${scalingWorst.toFixed(2)}× the median page's (limit ${SCALING_LIMIT}×)` : null,
].filter((f): f is string => f !== null);
for (const failure of failures) process.stderr.write(`bench: FAIL: ${failure}\n`);
process.exitCode = failures.length > 0 ? 1 : 0;

/** One line of the table. */
interface Row {
  readonly group: string;
  readonly name: string;
  readonly label: string;
  readonly stage: string | undefined;
  readonly pages: number;
  readonly medianMs: number;
  readonly pagesPerSec: number;
  readonly mbPerSec: number;
  /** Median time over the parse floor's median time, in the same group. */
  readonly ratio: number;
  readonly maxRssMB: number;
  readonly errors: number;
}

function measure(group: string, passes: number, every: number): GroupResult {
  process.stderr.write(`bench: ${group} (${passes} passes${every > 1 ? `, one page in ${every}` : ''})…\n`);
  const script = fileURLToPath(new URL('measure.ts', import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, group, String(passes), String(every)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`bench: ${group} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as GroupResult;
}

function rowsOf(group: GroupResult): Row[] {
  const floor = group.timings.find((t) => t.name === 'parse');
  if (floor === undefined) return [];
  const floorMs = median(floor.ms);
  return group.timings
    .filter((t) => t === floor ? group.group === 'qingxi' : true)
    .map((t: Timing) => {
      const ms = median(t.ms);
      return {
        group: group.group,
        name: t.name,
        label: t.label,
        stage: t.stage,
        pages: group.pages,
        medianMs: round(ms, 1),
        pagesPerSec: Math.round((group.pages / ms) * 1000),
        mbPerSec: round(group.bytes / 1024 / 1024 / (ms / 1000), 1),
        ratio: round(ms / floorMs, 2),
        maxRssMB: group.maxRssMB,
        errors: t.errors,
      };
    });
}

function renderMarkdown(r: typeof results): string {
  const main = r.rows.filter((row) => row.group === 'qingxi' || row.group.startsWith('peer:'));
  const own = r.rows.find((row) => row.name === 'qingxi')!;
  const lines = [
    `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine}; ${r.pages} pages from the ${r.source}; \`npm run bench\`.`,
    '',
    '| subject | pages | median ms | pages/s | MB/s | × parse floor | qingxi faster by | peak RSS (MB) | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...main.map((row) => `| ${row.label} | ${row.pages} | ${row.medianMs} | ${row.pagesPerSec} | ${row.mbPerSec} | ${row.ratio.toFixed(2)} | ${row.group.startsWith('peer:') ? `${(row.ratio / own.ratio).toFixed(1)}×` : ''} | ${row.maxRssMB} | ${row.errors} |`),
    '',
    'Each cleaner on its own, `pipe(step).run(page)` over every page (parse included; block steps also pay the conversion to blocks):',
    '',
    '| step | median ms | × parse floor | over `pipe()` (ms) |',
    '|---|---:|---:|---:|',
    ...cleanerRows(r.rows),
    '',
    'Each step where it runs: the default extractor with the default steps up to that one and, for the rest, stand-ins of the same name that do nothing; "added" is what the step costs after the steps before it have shrunk the page (the first row is the parse, decoding, site profiles\' own steps and building the Article):',
    '',
    '| step | stage | median ms | × parse floor | added (ms) |',
    '|---|---|---:|---:|---:|',
    ...contextRows(r.rows),
    '',
    `Scaling, time per MB (limit ${SCALING_LIMIT}× the median page's):`,
    '',
    '| input | bytes | parse ms/MB | qingxi ms/MB | × median page |',
    '|---|---:|---:|---:|---:|',
    ...r.scaling.map((row: ScalingRow) => `| ${row.input} | ${row.bytes} | ${round(row.parseMsPerMB, 1)} | ${round(row.qingxiMsPerMB, 1)} | ${(row.qingxiMsPerMB / r.scaling[0]!.qingxiMsPerMB).toFixed(2)} |`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

function cleanerRows(all: readonly Row[]): string[] {
  const cleaners = all.filter((row) => row.group === 'cleaners');
  const bare = cleaners.find((row) => row.name === 'pipe()')!;
  const blocks = cleaners.find((row) => row.name === 'step:toBlocks')!;
  return cleaners.map((row) => {
    const base = row === bare ? 0 : row.name === 'step:toBlocks' || !isBlockStep(row) ? bare.medianMs : blocks.medianMs;
    return `| ${row.name.replace(/^step:/u, '')} | ${row.medianMs} | ${row.ratio.toFixed(2)} | ${row === bare ? '' : round(row.medianMs - base, 1)} |`;
  });
}

function contextRows(all: readonly Row[]): string[] {
  const context = all.filter((row) => row.group === 'context');
  return context.map((row, i) => {
    const added = i === 0 ? '' : String(round(row.medianMs - context[i - 1]!.medianMs, 1));
    return `| ${row.label} | ${row.stage ?? ''} | ${row.medianMs} | ${row.ratio.toFixed(2)} | ${added} |`;
  });
}

function isBlockStep(row: Row): boolean {
  return row.stage === 'blocks';
}

function updateDocs(markdown: string): void {
  const path = new URL('../docs/performance.md', import.meta.url);
  const doc = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`bench: docs/performance.md has no ${start} … ${end} section to update.`);
  writeFileSync(path, `${doc.slice(0, from + start.length)}\n${markdown}${doc.slice(to)}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
