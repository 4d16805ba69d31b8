/**
 * Reading the file cachegrind writes, for `bench/icount.ts`.
 */

/** What cachegrind counted in one process: every instruction, and TurboFan's (functions in `v8::internal::compiler`). */
export interface Instructions {
  readonly total: number;
  readonly compiler: number;
}

/**
 * The totals of a cachegrind output file (`--cache-sim=no`: one event, `Ir`): its `summary:`
 * line, and the sum of the counts under every `fn=` whose name holds `v8::internal::compiler::`,
 * which also takes in the standard-library templates TurboFan instantiates over its own types.
 * Count lines are `<line> <count>`; `fl=`, `fi=` and `fe=` lines name files and hold no counts.
 *
 * @param text - The output file's text.
 * @returns The two totals.
 * @throws When the file has no `summary:` line (not a cachegrind output file, or cut short).
 */
export function readCounts(text: string): Instructions {
  let total = Number.NaN;
  let compiler = 0;
  let inCompiler = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('fn=')) inCompiler = line.includes('v8::internal::compiler::');
    else if (line.startsWith('summary:')) total = Number(line.slice('summary:'.length));
    else if (inCompiler && /^\d+ \d+$/u.test(line)) compiler += Number(line.slice(line.indexOf(' ') + 1));
  }
  if (!Number.isFinite(total)) throw new Error('bench:icount: the cachegrind output has no summary line; was it cut short?');
  return { total, compiler };
}
