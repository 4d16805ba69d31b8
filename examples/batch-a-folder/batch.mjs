// Clean every page under a folder into JSON Lines on stdout, with progress on stderr.
//   node batch.mjs ./dump > articles.jsonl
// (The `qingxi clean` command does this with worker threads, --out, --resume and
// timeouts; this is the same loop in a dozen lines, to adapt.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from 'qingxi';

const root = process.argv[2] ?? '.';
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((name) => /\.(?:html?|md|txt)$/iu.test(name))
  .sort();

// Configure once: profiles and rules are compiled here, not per page.
const extractor = createExtractor();
const started = performance.now();
const counts = { articles: 0, notArticles: 0 };
files.forEach((name, i) => {
  const result = extractor.extract(readFileSync(join(root, name)));
  const line = result.ok ? { source: name, ...result.article } : { source: name, error: result.error };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  if (result.ok) counts.articles++;
  else counts.notArticles++;
  if (process.stderr.isTTY || i === files.length - 1) {
    const rate = (i + 1) / ((performance.now() - started) / 1000);
    process.stderr.write(`\r${i + 1}/${files.length} pages · ${rate.toFixed(0)} pages/s · ${counts.notArticles} not articles`);
  }
});
process.stderr.write('\n');
