// Clean one saved page and print it as Markdown, with what qingxi noticed.
//   node clean-file.mjs page.html
import { readFileSync } from 'node:fs';
import { extractArticle, toMarkdown } from 'qingxi';

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: node clean-file.mjs <page.html | page.md>');
  process.exit(2);
}

// Bytes, not a string: qingxi reads the charset (UTF-8, GBK, Big5) itself.
const result = extractArticle(readFileSync(path));
if (!result.ok) {
  console.error(`${path}: ${result.error.code}: ${result.error.message}`);
  process.exit(1);
}
const { published, authors, editors, outlet } = result.article;
console.log(toMarkdown(result.article));
console.error(`outlet ${outlet?.name ?? '?'} · published ${published ?? '?'} · authors ${authors.join('、') || '-'} · editors ${editors.join('、') || '-'}`);
for (const issue of result.issues) console.error(`issue ${issue.code}: ${issue.message}`);
