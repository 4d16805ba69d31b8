// A streaming filter: JSON Lines of { id?, url?, html } in, one Article line out per line
// in, in order — the contract `qingxi clean -` offers to Hadoop Streaming or Spark's pipe.
//   cat pages.jsonl | node stream.mjs > articles.jsonl
import { createInterface } from 'node:readline';
import { createExtractor } from 'qingxi';

const extractor = createExtractor();
let lineNo = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  lineNo++;
  if (line.trim() === '') continue;
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    console.log(JSON.stringify({ line: lineNo, error: { code: 'E_INPUT', message: `line ${lineNo} is not JSON` } }));
    continue;
  }
  const source = { line: lineNo, id: record.id };
  // The URL, when the crawler kept it, dates and resolves the page better than its text alone.
  const result = extractor.extract(String(record.html ?? ''), { url: record.url ?? null });
  console.log(JSON.stringify(result.ok ? { ...source, ...result.article } : { ...source, error: result.error }));
}
