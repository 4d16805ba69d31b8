/**
 * One measurement, run in its own process so that its peak memory is its own:
 *
 *   tsx bench/measure.ts <group> <passes> <sample-every>
 *
 * Groups: `qingxi` (floor, walk, extraction), `cleaners` (each default step on
 * its own), `context` (the default steps added one at a time), `peer:<name>`, and `scaling` (time per MB on a median page, the
 * largest page and a 20 MB synthetic page). Every group times the parse floor
 * over the same pages in the same passes, interleaved with its subjects, so
 * ratios stay meaningful on a noisy machine. Prints one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { type Page, loadPages, samplePages, totalBytes } from './pages.js';
import { type Subject, cleanerSubjects, contextSubjects, parseAndWalk, parseFloor, peer, qingxi } from './subjects.js';

/** Timings of one subject: milliseconds per pass. */
export interface Timing {
  readonly name: string;
  readonly label: string;
  readonly stage?: string | undefined;
  readonly ms: number[];
  /** Pages on which the subject threw (peers only; qingxi never throws on content). */
  errors: number;
}

/** What one group prints. */
export interface GroupResult {
  readonly group: string;
  readonly pages: number;
  readonly bytes: number;
  readonly passes: number;
  readonly maxRssMB: number;
  readonly timings: Timing[];
  readonly scaling?: ScalingRow[];
}

/** Time per MB on one input, for the scaling check. */
export interface ScalingRow {
  readonly input: string;
  readonly bytes: number;
  readonly parseMsPerMB: number;
  readonly qingxiMsPerMB: number;
}

const [group = 'qingxi', passesArg = '5', everyArg = '1'] = process.argv.slice(2);
const passes = Number(passesArg);
const { pages: all } = loadPages();
const pages = samplePages(all, Number(everyArg));

const result = group === 'scaling' ? await scaling(all) : await timeGroup(group, pages);
process.stdout.write(`${JSON.stringify(result)}\n`);

async function timeGroup(name: string, list: Page[]): Promise<GroupResult> {
  const subjects = [parseFloor, ...(await subjectsOf(name))];
  const timings: Timing[] = subjects.map((s) => ({ name: s.name, label: s.label, stage: s.stage, ms: [], errors: 0 }));
  for (const [i, subject] of subjects.entries()) timings[i]!.errors = (await pass(subject, list)).errors; // warm-up
  for (let p = 0; p < passes; p++) {
    for (const [i, subject] of subjects.entries()) timings[i]!.ms.push((await pass(subject, list)).ms);
  }
  return { group: name, pages: list.length, bytes: totalBytes(list), passes, maxRssMB: maxRssMB(), timings };
}

async function subjectsOf(name: string): Promise<Subject[]> {
  if (name === 'qingxi') return [parseAndWalk, qingxi()];
  if (name === 'cleaners') return cleanerSubjects();
  if (name === 'context') return contextSubjects();
  if (name.startsWith('peer:')) return [await peer(name.slice(5))];
  throw new Error(`bench: unknown group "${name}"; use qingxi, cleaners, context, scaling or peer:<name>.`);
}

async function pass(subject: Subject, list: readonly Page[]): Promise<{ ms: number; errors: number }> {
  let errors = 0;
  const start = performance.now();
  for (const page of list) {
    try {
      const out = subject.run(page.text);
      if (out instanceof Promise) await out;
    } catch {
      errors++;
    }
  }
  return { ms: performance.now() - start, errors };
}

async function scaling(list: Page[]): Promise<GroupResult> {
  const bySize = [...list].sort((a, b) => a.bytes - b.bytes);
  const median = bySize[Math.floor(bySize.length / 2)]!;
  const largest = bySize.at(-1)!;
  const synthetic = repeatTo(median, 20 * 1024 * 1024);
  const extract = qingxi();
  const rows: ScalingRow[] = [];
  for (const [input, page] of [[`median page (${median.name})`, median], [`largest page (${largest.name})`, largest], ['20 MB synthetic (the median page repeated)', synthetic]] as const) {
    const reps = Math.max(3, Math.ceil((4 * 1024 * 1024) / page.bytes));
    const floor = perMB(parseFloor, page, reps);
    const own = perMB(extract, page, reps);
    rows.push({ input, bytes: page.bytes, parseMsPerMB: floor, qingxiMsPerMB: own });
  }
  return { group: 'scaling', pages: 3, bytes: totalBytes([median, largest, synthetic]), passes: 5, maxRssMB: maxRssMB(), timings: [], scaling: rows };
}

/** Median over 5 passes of (time for `reps` runs) per MB processed. */
function perMB(subject: Subject, page: Page, reps: number): number {
  subject.run(page.text);
  const samples: number[] = [];
  for (let p = 0; p < 5; p++) {
    const start = performance.now();
    for (let r = 0; r < reps; r++) subject.run(page.text);
    samples.push((performance.now() - start) / ((reps * page.bytes) / 1024 / 1024));
  }
  return samples.sort((a, b) => a - b)[2]!;
}

function repeatTo(page: Page, bytes: number): Page {
  const text = page.text.repeat(Math.ceil(bytes / page.bytes));
  return { name: 'synthetic', path: null, text, bytes: Buffer.byteLength(text) };
}

function maxRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
