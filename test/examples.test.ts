/**
 * The runnable examples under examples/ run here, against the built package,
 * so that the docs that show them never rot.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HAS_BUILD } from './support/cli.js';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const tests = readdirSync(EXAMPLES, { recursive: true }).map(String).filter((f) => f.endsWith('.test.mjs'));

describe.skipIf(!HAS_BUILD)('examples', () => {
  it.each(tests)('%s passes', (file) => {
    const result = spawnSync(process.execPath, ['--test', file], { cwd: EXAMPLES, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('add-a-site: the profile module loads on the command line as docs/custom-rules.md shows it', () => {
    const dir = `${EXAMPLES}add-a-site/`;
    const result = spawnSync(process.execPath, [CLI, 'clean', '--rules', `${dir}site.mjs`, `${dir}page.html`, '--quiet'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const article = JSON.parse(result.stdout) as { title: string; outlet: { id: string }; published: string; authors: string[]; body: Array<{ text: string }> };
    const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, unknown>;
    expect({ title: article.title, outlet: article.outlet.id, published: article.published, authors: article.authors, body: article.body.map((b) => b.text) }).toEqual(expected);
  });
});
