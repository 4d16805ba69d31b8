// The page, cleaned with the profile, checked against what a reader sees on it.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUILTIN_SITES, createExtractor } from 'qingxi';
import { nanfang } from './site.mjs';

const extractor = createExtractor({ sites: [...BUILTIN_SITES, nanfang] });

test('南方观察 page', () => {
  const page = readFileSync(new URL('./page.html', import.meta.url));
  const result = extractor.extract(page);
  assert.ok(result.ok);
  const { title, outlet, published, authors, body } = result.article;
  const expected = JSON.parse(readFileSync(new URL('./expected.json', import.meta.url), 'utf8'));
  assert.deepEqual({ title, outlet: outlet.id, published, authors, body: body.map((b) => b.text) }, expected);
});
