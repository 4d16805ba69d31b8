import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const script = new URL('./stream.mjs', import.meta.url).pathname;
const seed = (name) => readFileSync(new URL(`../../fixtures/seeds/${name}/input.txt`, import.meta.url), 'utf8');

test('answers every line, in order, with the article or the error', () => {
  const input = [
    JSON.stringify({ id: 'a', html: seed('002_7196b7d116969d88') }),
    'not json',
    JSON.stringify({ id: 'c', html: '<p>短</p>' }),
    JSON.stringify({ id: 'd', html: seed('000_1e12fc86d84c25f9') }),
  ].join('\n');
  const result = spawnSync(process.execPath, [script], { input, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(lines.map((l) => l.id ?? null), ['a', null, 'c', 'd']);
  assert.equal(lines[0].title, '北京背叛了普京？中驻美大使这样洗白中俄关系');
  assert.equal(lines[1].error.code, 'E_INPUT');
  assert.equal(lines[2].error.code, 'E_NOT_ARTICLE');
  assert.equal(lines[3].title, '外媒传普京向习近平求援遇冷 中俄关系现裂痕');
});
