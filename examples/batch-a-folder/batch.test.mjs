import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const script = new URL('./batch.mjs', import.meta.url).pathname;
const fixtures = new URL('../../fixtures/', import.meta.url).pathname;

test('one line per page, in path order, and a final progress line', () => {
  const result = spawnSync(process.execPath, [script, fixtures], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  const sources = lines.map((line) => line.source);
  assert.deepEqual(sources, [...sources].sort());
  assert.ok(lines.length >= 40);
  // The pages under fixtures/not-article/ are exactly the ones refused.
  const refused = lines.filter((line) => line.error?.code === 'E_NOT_ARTICLE').map((line) => line.source);
  assert.deepEqual(refused, sources.filter((source) => source.startsWith('not-article/')));
  assert.match(result.stderr, new RegExp(`${lines.length}/${lines.length} pages · \\d+ pages/s · ${refused.length} not articles`, 'u'));
});
