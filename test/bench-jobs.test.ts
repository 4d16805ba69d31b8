/**
 * `npm run bench:jobs` end to end, over the fixtures (one round): it runs every
 * subject, checks the two outputs against each other, and prints both tables.
 * The figures themselves are the machine's and are not checked here.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HAS_BUILD } from './support/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe.skipIf(!HAS_BUILD)('bench:jobs', () => {
  it('times every subject over the pages and says whether --jobs 2 met the target with the same output', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/jobs.ts', '1'], {
      cwd: ROOT,
      encoding: 'utf8',
      // The fixtures, not the corpus: a round over the corpus takes half a minute.
      env: { ...process.env, QINGXI_CORPUS: '/nonexistent/corpus' },
    });
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).toMatch(/^\d+ pages \(fixtures, [\d.]+ MB\), 1 rounds, /u);
    for (const label of ['--jobs 1', '--jobs 2', 'two --jobs 1 at once, a half each']) {
      expect(out).toMatch(new RegExp(`^\\| ${label} \\| [\\d.]+ \\([\\d.]+–[\\d.]+\\) \\| `, 'mu'));
    }
    for (const label of ['one process', 'two processes at once \\(mean of the two\\)', 'pages a second, two at once against one']) {
      expect(out).toMatch(new RegExp(`^\\| ${label} \\|( [\\d.]+×? \\([\\d.]+×?–[\\d.]+×?\\) \\|){4}$`, 'mu'));
    }
    expect(out).not.toMatch(/wrote different outputs/u);
    // Exit 1 exactly when the target line says it was missed.
    expect(run.status).toBe(/target missed/u.test(out) ? 1 : 0);
  }, 60_000);
});
