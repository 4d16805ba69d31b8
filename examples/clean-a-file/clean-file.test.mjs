import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const script = new URL('./clean-file.mjs', import.meta.url).pathname;
const seed = new URL('../../fixtures/seeds/002_7196b7d116969d88/input.txt', import.meta.url).pathname;

test('prints the article as Markdown and its credits on stderr', () => {
  const result = spawnSync(process.execPath, [script, seed], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^# 北京背叛了普京？中驻美大使这样洗白中俄关系\n/u);
  assert.doesNotMatch(result.stdout, /荣誉会员|本文短网址/u);
  assert.match(result.stderr, /outlet 看中国 · published 2022-07-24/u);
});

test('exits 1 with the reason for a page that is not an article', () => {
  const links = new URL('../../fixtures/not-article/link/input.md', import.meta.url).pathname;
  const result = spawnSync(process.execPath, [script, links], { encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /E_NOT_ARTICLE/u);
});
