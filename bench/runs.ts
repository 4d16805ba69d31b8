/**
 * `bench:jobs`'s arithmetic: splitting the pages into equal halves by size,
 * and summing up timed runs.
 */

/**
 * Split items into `parts` groups of about equal total size: the largest item
 * first, each into the group that is lightest so far. Each group keeps the
 * items in their given order.
 *
 * @param items - The items, each with its size in bytes.
 * @param parts - How many groups.
 * @returns The groups.
 */
export function splitByBytes<T extends { readonly bytes: number }>(items: readonly T[], parts: number): T[][] {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`splitByBytes: parts must be a positive integer, got ${parts}`);
  const order = items.map((_, i) => i).sort((a, b) => items[b]!.bytes - items[a]!.bytes || a - b);
  const groups: number[][] = Array.from({ length: parts }, () => []);
  const weights = new Array<number>(parts).fill(0);
  for (const index of order) {
    let lightest = 0;
    for (let g = 1; g < parts; g++) if (weights[g]! < weights[lightest]!) lightest = g;
    groups[lightest]!.push(index);
    weights[lightest]! += items[index]!.bytes;
  }
  return groups.map((group) => group.sort((a, b) => a - b).map((i) => items[i]!));
}

/** The median and the range of some measurements. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Median and range.
 *
 * @param values - At least one measurement.
 * @returns Their spread.
 */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new RangeError('spread: no measurements');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** One timed run of the command line (or of several processes at once). */
export interface Run {
  /** Wall-clock milliseconds from the first start to the last exit. */
  readonly wallMs: number;
  /** User plus system CPU milliseconds, all threads of all its processes. */
  readonly cpuMs: number;
}

/** A way of running the command line, measured once in each round. */
export interface Subject {
  readonly label: string;
  readonly runs: readonly Run[];
}

/**
 * A Markdown table of the subjects: wall time, CPU time, cores kept busy
 * (CPU ÷ wall), and each run's speed against the base subject's run in the
 * same round (base wall ÷ this wall).
 *
 * @param subjects - The subjects, each with one run per round.
 * @param base - The subject the others are compared with.
 * @returns The table's lines.
 */
export function runsTable(subjects: readonly Subject[], base: Subject): string[] {
  const lines = ['| run | wall, s | CPU (user + sys), s | cores busy | speed vs ' + base.label + ' (same round) |', '|---|---:|---:|---:|---:|'];
  for (const subject of subjects) {
    if (subject.runs.length !== base.runs.length) throw new RangeError(`runsTable: ${subject.label} has ${subject.runs.length} runs, ${base.label} has ${base.runs.length}`);
    const wall = spread(subject.runs.map((run) => run.wallMs / 1000));
    const cpu = spread(subject.runs.map((run) => run.cpuMs / 1000));
    const busy = spread(subject.runs.map((run) => run.cpuMs / run.wallMs));
    const speed = subject === base ? '' : range(spread(subject.runs.map((run, i) => base.runs[i]!.wallMs / run.wallMs)), 2, '×');
    lines.push(`| ${subject.label} | ${range(wall, 2)} | ${range(cpu, 2)} | ${range(busy, 2)} | ${speed} |`);
  }
  return lines;
}

/** "median (min–max)" with the given decimals. */
export function range(s: Spread, decimals: number, unit = ''): string {
  const f = (n: number): string => n.toFixed(decimals) + unit;
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}
