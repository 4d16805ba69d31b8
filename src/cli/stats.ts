/**
 * `qingxi stats`: counts of pages, articles, non-articles, errors and fields found, per outlet.
 */
import type { CleanSettings } from './args.js';
import { type Streams, processInputs } from './clean.js';

interface Counts {
  pages: number;
  articles: number;
  notArticles: number;
  errors: number;
  title: number;
  published: number;
  dateline: number;
  authors: number;
  editors: number;
  url: number;
  images: number;
  tags: number;
  media: number;
}

const FIELDS = ['title', 'published', 'dateline', 'authors', 'editors', 'url', 'images', 'tags', 'media'] as const;

function isField(name: string): name is (typeof FIELDS)[number] {
  return (FIELDS as readonly string[]).includes(name);
}

function empty(): Counts {
  return { pages: 0, articles: 0, notArticles: 0, errors: 0, title: 0, published: 0, dateline: 0, authors: 0, editors: 0, url: 0, images: 0, tags: 0, media: 0 };
}

/**
 * Run `qingxi stats`.
 *
 * @returns The exit status: 0, or 1 when some inputs failed.
 */
export async function runStats(settings: CleanSettings, json: boolean, streams: Streams): Promise<number> {
  const all = empty();
  const byOutlet = new Map<string, Counts>();
  const errors = new Map<string, number>();
  const tally = await processInputs(settings, streams, async ({ summary }) => {
    const outlet = summary.status === 'article' ? (summary.outlet ?? '(unknown)') : '(no article)';
    let counts = byOutlet.get(outlet);
    if (counts === undefined) byOutlet.set(outlet, (counts = empty()));
    for (const c of [all, counts]) {
      c.pages++;
      if (summary.status === 'not-article') c.notArticles++;
      else if (summary.status === 'error') c.errors++;
      else {
        c.articles++;
        for (const field of summary.fields ?? []) if (isField(field)) c[field]++;
      }
    }
    // Only failures, as in `total.errors` and the exit status: a page that is
    // not an article is counted in `notArticles`, as `clean` counts it.
    if (summary.status === 'error' && summary.code !== undefined) errors.set(summary.code, (errors.get(summary.code) ?? 0) + 1);
  });
  const outlets = [...byOutlet.entries()].sort((a, b) => b[1].pages - a[1].pages);
  if (json) {
    streams.stdout.write(`${JSON.stringify({ total: all, errors: Object.fromEntries(errors), outlets: Object.fromEntries(outlets) }, null, 2)}\n`);
  } else {
    const header = ['outlet', 'pages', 'articles', 'not art.', 'errors', ...FIELDS];
    const rows = [['all', ...cells(all)], ...outlets.map(([name, c]) => [name, ...cells(c)])];
    streams.stdout.write(table([header, ...rows]));
    if (errors.size > 0) streams.stdout.write(`\nerror codes: ${[...errors].map(([code, n]) => `${code} ${n}`).join(', ')}\n`);
  }
  return tally.errors > 0 ? 1 : 0;
}

function cells(c: Counts): string[] {
  return [c.pages, c.articles, c.notArticles, c.errors, ...FIELDS.map((f) => c[f])].map(String);
}

/** A plain-text table; widths counted in code points, CJK counted double. */
function table(rows: string[][]): string {
  const width = (s: string): number => Array.from(s).reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell + ' '.repeat(widths[i]! - width(cell)) : ' '.repeat(widths[i]! - width(cell)) + cell)).join('  ')).join('\n') + '\n';
}
