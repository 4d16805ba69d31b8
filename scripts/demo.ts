/**
 * Clean the bundled seed pages and print each article: the quick start's first command.
 *
 *   npm run demo              # fixtures/seeds
 *   npm run demo -- <dir>     # any folder of pages
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor, toText } from '../src/index.js';

const root = process.argv[2] ?? 'fixtures/seeds';
const pages: string[] = [];
for (const entry of readdirSync(root).sort()) {
  const path = join(root, entry);
  if (statSync(path).isDirectory()) {
    for (const file of readdirSync(path)) if (file.startsWith('input.')) pages.push(join(path, file));
  } else pages.push(path);
}

const extractor = createExtractor();
for (const page of pages) {
  const result = extractor.extract(readFileSync(page));
  console.log(`\n=== ${page}`);
  if (!result.ok) {
    console.log(`not an article: ${result.error.code} ${result.error.message}`);
    continue;
  }
  const { article } = result;
  console.log(`outlet: ${article.outlet?.name ?? '-'}   published: ${article.published ?? '-'}   dateline: ${article.dateline ?? '-'}`);
  console.log(`authors: ${article.authors.join('、') || '-'}   editors: ${article.editors.join('、') || '-'}   tags: ${article.tags.join('、') || '-'}`);
  console.log(`url: ${article.url ?? '-'}`);
  for (const issue of result.issues) console.log(`issue: ${issue.code}: ${issue.message}`);
  console.log(`\n${toText(article)}`);
}
