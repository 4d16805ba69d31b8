/**
 * Turn a saved page into a fixture case with its current output, for the
 * author to check by reading the page and correct.
 *
 *   npm run fixture -- <page> [--site-dir <dir>] [--name <case>] [--url <url>] [--site <id>]
 *
 * The case is written to fixtures/<site-dir>/<case>/ with `"checked": false`;
 * the fixture test fails until you have checked every field and set it to true.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractor } from '../src/index.js';
import { type ExpectedCase, toExpectedCase } from '../test/support/fixture-case.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'site-dir': { type: 'string' }, name: { type: 'string' }, url: { type: 'string' }, site: { type: 'string' }, force: { type: 'boolean' } },
});
const page = positionals[0];
if (page === undefined) {
  console.error('usage: npm run fixture -- <page> [--site-dir <dir>] [--name <case>] [--url <url>] [--site <id>] [--force]');
  process.exit(2);
}
const options = { ...(values.url === undefined ? {} : { url: values.url }), ...(values.site === undefined ? {} : { site: values.site }) };
const result = createExtractor(options).extract(readFileSync(page));
const siteDir = values['site-dir'] ?? (result.ok ? (result.article.outlet?.id ?? 'generic') : 'not-article');
const name = values.name ?? basename(page, extname(page));
const dir = join('fixtures', siteDir, name);
if (existsSync(dir) && values.force !== true) {
  console.error(`${dir} exists; pass --force to overwrite it`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
copyFileSync(page, join(dir, `input${extname(page) || '.html'}`));
const expected: ExpectedCase = {
  source: page,
  checked: false,
  ...(Object.keys(options).length > 0 ? { options } : {}),
  ...(result.ok ? toExpectedCase(result.article) : { notArticle: result.error.code }),
};
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`wrote ${dir}: read the page, check every field of expected.json, fix what is wrong, then set "checked": true`);
