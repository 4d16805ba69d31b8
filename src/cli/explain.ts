/**
 * `qingxi explain <file | ->`: what was kept, what was removed and by whom, and
 * where each field came from, printed for a person to read.
 */
import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { createExtractor } from '../extract/create-extractor.js';
import { BUILTIN_SITES } from '../sites/index.js';
import type { Article, FieldTrace, Issue, Removal } from '../types.js';
import type { Streams } from './clean.js';
import { SetupError } from './clean.js';
import { checkRulePack, checkSite, loadRulePack } from './load-rules.js';

/**
 * Run `qingxi explain`.
 *
 * @returns The exit status: 0 when the page was explained (an article, or a page that is not one, as `clean` counts it), 1 when it cannot be read or cleaned.
 */
export async function runExplain(file: string, site: string | null, rules: string | null, streams: Streams): Promise<number> {
  let pack = null;
  if (rules !== null) {
    try {
      pack = await loadRulePack(rules);
      checkRulePack(pack, rules);
    } catch (error) {
      throw new SetupError(error instanceof Error ? error.message : String(error));
    }
  }
  checkSite(site, pack);
  // `-` is one page on stdin, as for `clean -`, kept as bytes so that its charset is sniffed.
  const name = file === '-' ? 'stdin' : file;
  let input: Uint8Array;
  try {
    input = new Uint8Array(await (file === '-' ? buffer(streams.stdin) : readFile(file)));
  } catch (error) {
    streams.stderr.write(`qingxi: E_READ: ${name}: cannot read it (${error instanceof Error ? error.message : String(error)})\n`);
    return 1;
  }
  const extractor = createExtractor({
    explain: true,
    ...(site === null ? {} : { site }),
    ...(pack === null ? {} : { rules: pack.rules, sites: [...BUILTIN_SITES, ...pack.sites] }),
  });
  const result = extractor.extract(input);
  const out: string[] = [name, ''];
  if (!result.ok) {
    out.push(`NOT AN ARTICLE (${result.error.code}): ${result.error.message}`, '');
    out.push(...issues(result.issues));
    out.push(...removals(result.trace?.filter(isRemoval) ?? []));
  } else {
    out.push(...fields(result.article), '');
    out.push(...issues(result.issues));
    out.push(`KEPT: ${result.article.body.length} blocks`);
    result.article.body.forEach((block, i) => out.push(`  ${String(i + 1).padStart(3)} ${block.kind.padEnd(9)} ${clip(block.text)}`));
    out.push('', ...removals((result.article.trace ?? []).filter(isRemoval)));
  }
  streams.stdout.write(`${out.join('\n')}\n`);
  return result.ok || result.error.code === 'E_NOT_ARTICLE' ? 0 : 1;
}

function fields(article: Article): string[] {
  const origin = new Map<string, FieldTrace>();
  for (const entry of article.trace ?? []) if (entry.kind === 'field') origin.set(entry.field, entry);
  const from = (field: string): string => {
    const entry = origin.get(field);
    return entry === undefined ? '' : `   (from ${entry.source})`;
  };
  return [
    `title:     ${article.title || '-'}${from('title')}`,
    `outlet:    ${article.outlet?.name ?? '-'}${from('outlet')}`,
    `mirror:    ${article.mirror?.name ?? '-'}`,
    `published: ${article.published ?? '-'}${from('published')}`,
    `dateline:  ${article.dateline ?? '-'}`,
    `authors:   ${article.authors.join('、') || '-'}${from('authors')}`,
    `editors:   ${article.editors.join('、') || '-'}${from('editors')}`,
    `url:       ${article.url ?? '-'}${from('url')}`,
    `mirrorUrl: ${article.mirrorUrl ?? '-'}`,
    `lang:      ${article.lang}`,
    `tags:      ${article.tags.join('、') || '-'}`,
    `images: ${article.images.length}   media: ${article.media.length}   links: ${article.links.length}   related: ${article.related.length}`,
  ];
}

/** One line per issue, then a blank line; nothing when there are none. */
function issues(list: readonly Issue[]): string[] {
  return list.length === 0 ? [] : [...list.map((issue) => `issue: ${issue.code}: ${issue.message}`), ''];
}

function removals(entries: readonly Removal[]): string[] {
  const out = [`REMOVED OR CHANGED: ${entries.length}`];
  let step = '';
  for (const entry of entries) {
    if (entry.step !== step) {
      step = entry.step;
      out.push(`  ${step}`);
    }
    const rule = entry.rule === undefined ? '' : ` [${entry.rule}]`;
    out.push(`    ${entry.kind.padEnd(9)}${rule} ${entry.reason}: ${clip(entry.snippet)}`);
  }
  return out;
}

function isRemoval(entry: Removal | FieldTrace): entry is Removal {
  return entry.kind !== 'field';
}

function clip(text: string): string {
  const chars = Array.from(text.replace(/\s+/gu, ' '));
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : chars.join('');
}
