/**
 * The progress bar and the summary line, on stderr.
 */
import type { Writable } from 'node:stream';

/** Counts of a run. */
export interface Tally {
  done: number;
  articles: number;
  notArticles: number;
  errors: number;
  skipped: number;
}

const BAR = 24;

/**
 * A count with its noun in the right number.
 *
 * @param n - The count.
 * @param one - The noun for one.
 * @param many - The noun for any other count.
 * @returns The count and the noun.
 * @example
 * count(1, 'input') // '1 input'
 * count(0, 'error') // '0 errors'
 */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Draws a progress bar on a terminal, at most ten times a second, and the summary at the end. */
export class Progress {
  readonly #err: Writable & { isTTY?: boolean; columns?: number };
  readonly #enabled: boolean;
  readonly #quiet: boolean;
  readonly #start = performance.now();
  #total: number | null = null;
  #last = 0;

  constructor(err: Writable & { isTTY?: boolean }, quiet: boolean) {
    this.#err = err;
    this.#quiet = quiet;
    this.#enabled = !quiet && err.isTTY === true;
  }

  /** The number of inputs, when known before the run. */
  total(total: number | null): void {
    this.#total = total;
  }

  update(tally: Tally): void {
    if (!this.#enabled) return;
    const now = performance.now();
    if (now - this.#last < 100) return;
    this.#last = now;
    this.#err.write(`\r${this.#line(tally, now)}\u001b[K`);
  }

  finish(tally: Tally): void {
    if (this.#quiet) return;
    const seconds = (performance.now() - this.#start) / 1000;
    if (this.#enabled) this.#err.write('\r\u001b[K');
    const rate = seconds > 0 ? tally.done / seconds : 0;
    const skipped = tally.skipped > 0 ? `, ${tally.skipped} skipped (already done)` : '';
    this.#err.write(
      `qingxi: ${count(tally.done, 'input')} in ${seconds.toFixed(1)} s (${rate.toFixed(0)}/s): ${count(tally.articles, 'article')}, ${count(tally.notArticles, 'not article')}, ${count(tally.errors, 'error')}${skipped}\n`,
    );
  }

  #line(tally: Tally, now: number): string {
    const seconds = (now - this.#start) / 1000;
    const rate = seconds > 0 ? tally.done / seconds : 0;
    const total = this.#total;
    const errors = count(tally.errors, 'error');
    if (total === null || total === 0) return `${tally.done} done  ${rate.toFixed(0)}/s  ${errors}`;
    const share = Math.min(1, tally.done / total);
    const filled = Math.round(share * BAR);
    const eta = rate > 0 ? Math.max(0, (total - tally.done) / rate) : 0;
    return `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${tally.done}/${total}  ${rate.toFixed(0)}/s  ${errors}  ETA ${formatSeconds(eta)}`;
  }
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(0)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}
