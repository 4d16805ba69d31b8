import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress, type Tally, count } from './progress.js';

function stderr(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { isTTY, text: () => chunks.join('') });
}

const tally = (done: number, errors = 0): Tally => ({ done, articles: done - errors, notArticles: 0, errors, skipped: 0 });

describe('Progress', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('draws pages done / total, pages/s, errors and ETA on a terminal, then the summary', () => {
    const clock = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    const err = stderr(true);
    const progress = new Progress(err, false);
    progress.total(400);
    clock.mockReturnValue(3_000); // 2 s later: 100 done, 50/s, 300 left → 6 s
    progress.update(tally(100, 3));
    expect(err.text()).toBe(`\r[######..................] 100/400  50/s  3 errors  ETA 6s\u001b[K`);
    clock.mockReturnValue(3_050); // within 100 ms of the last frame: not redrawn
    progress.update(tally(101, 3));
    expect(err.text().split('\r')).toHaveLength(2);
    clock.mockReturnValue(9_000);
    progress.finish(tally(400, 3));
    expect(err.text().endsWith('\r\u001b[Kqingxi: 400 inputs in 8.0 s (50/s): 397 articles, 0 not articles, 3 errors\n')).toBe(true);
  });

  it('counts without a total when the inputs stream (stdin, WARC)', () => {
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    const err = stderr(true);
    const progress = new Progress(err, false);
    progress.total(null);
    clock.mockReturnValue(4_000);
    progress.update(tally(200));
    expect(err.text()).toBe('\r200 done  50/s  0 errors\u001b[K');
  });

  it('puts every count of the summary and the bar in the right number', () => {
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    const err = stderr(true);
    const progress = new Progress(err, false);
    progress.total(3);
    clock.mockReturnValue(1_000);
    progress.update({ done: 1, articles: 0, notArticles: 0, errors: 1, skipped: 0 });
    expect(err.text()).toMatch(/ 1\/3 {2}1\/s {2}1 error {2}ETA/u);
    clock.mockReturnValue(2_000);
    progress.finish({ done: 1, articles: 1, notArticles: 1, errors: 1, skipped: 0 });
    expect(err.text().endsWith('qingxi: 1 input in 2.0 s (1/s): 1 article, 1 not article, 1 error\n')).toBe(true);
    expect([count(0, 'error'), count(2, 'not article'), count(1, 'shard')]).toEqual(['0 errors', '2 not articles', '1 shard']);
  });

  it('writes only the summary when stderr is not a terminal, and nothing with --quiet', () => {
    const plain = stderr(false);
    const progress = new Progress(plain, false);
    progress.update(tally(5));
    progress.finish(tally(5));
    expect(plain.text()).toMatch(/^qingxi: 5 inputs in \d+\.\d s \(\d+\/s\): 5 articles, 0 not articles, 0 errors\n$/u);
    const quiet = stderr(true);
    const silent = new Progress(quiet, true);
    silent.update(tally(5));
    silent.finish(tally(5));
    expect(quiet.text()).toBe('');
  });
});
