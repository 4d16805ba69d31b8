/**
 * Adversarial inputs at two sizes, n and 4n: time per MB should not grow with
 * the size (linear work gives a ratio near 1), for qingxi and for the parse
 * floor alike. Ratios within one run, never wall-clock limits.
 *
 *   npm run bench:adversarial
 */
import { parseDocument } from 'htmlparser2';
import { extractArticle } from './library.js';

const P = '这是一段足够长的中文正文内容，讲述事情的经过以及各方的反应和评论。';

/** Each case builds a page of about `n` units of its kind. */
const CASES: Record<string, (n: number) => string> = {
  'nested <div>': (n) => `${'<div>'.repeat(n)}<p>${P}${P}</p>${'</div>'.repeat(n)}`,
  'nested <ok>': (n) => `${'<ok>'.repeat(n)}${P}${P}${'</ok>'.repeat(n)}`,
  'siblings <p>': (n) => `<p>${P}</p>`.repeat(n),
  'one text node': (n) => `<p>${'字'.repeat(n * 100)}</p>`,
  'attributes on one element': (n) => `<p ${Array.from({ length: n * 10 }, (_, i) => `a${i}="${i}"`).join(' ')}>${P}${P}</p>`,
  'entity runs': (n) => `<p>${'&amp;&#8211;&#x4e2d;&bogus;'.repeat(n * 4)}${P}</p>`,
  '【 without 】': (n) => `<p>${'【'.repeat(n * 10)}${P}</p>`,
  'credit lines': (n) => `<p>${P}${P}</p>${'<p>（责任编辑：王明）</p>'.repeat(n)}`,
  'links': (n) => `<p>${P}${'<a href="https://e.com/x">链接</a>'.repeat(n)}</p>`,
};

const SIZES = [25_000, 100_000];

function msPerMb(run: () => unknown, bytes: number): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / (bytes / 1e6);
}

const rows: string[] = ['| input | size at 4n | parse ms/MB (n → 4n) | ratio | qingxi ms/MB (n → 4n) | ratio | RSS after |', '|---|---:|---:|---:|---:|---:|---:|'];
for (const [name, build] of Object.entries(CASES)) {
  const parse: number[] = [];
  const qingxi: number[] = [];
  let bytes = 0;
  for (const n of SIZES) {
    const page = build(n);
    bytes = Buffer.byteLength(page);
    parse.push(msPerMb(() => parseDocument(page), bytes));
    qingxi.push(msPerMb(() => extractArticle(page, { maxBytes: 1e9 }), bytes));
  }
  const ratio = (pair: number[]) => (pair[1]! / pair[0]!).toFixed(2);
  const rss = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
  rows.push(`| ${name} | ${(bytes / 1e6).toFixed(1)} MB | ${parse.map((v) => v.toFixed(0)).join(' → ')} | ${ratio(parse)} | ${qingxi.map((v) => v.toFixed(0)).join(' → ')} | ${ratio(qingxi)} | ${rss} MB |`);
  console.error(`${name} done`);
}
console.log(rows.join('\n'));
