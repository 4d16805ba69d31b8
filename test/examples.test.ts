/**
 * The runnable examples under examples/ run here, against the built package,
 * so that the docs that show them never rot.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HAS_BUILD } from './support/cli.js';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const tests = readdirSync(EXAMPLES, { recursive: true }).map(String).filter((f) => f.endsWith('.test.mjs'));

describe.skipIf(!HAS_BUILD)('examples', () => {
  it.each(tests)('%s passes', (file) => {
    const result = spawnSync(process.execPath, ['--test', file], { cwd: EXAMPLES, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
