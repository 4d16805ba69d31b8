/**
 * The whole shared corpus (2,399 mirrored pages) when it is present: every
 * page yields an article or "not an article", nothing throws, and no body
 * keeps a marker of boilerplate.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ExtractResult, createExtractor } from '../src/index.js';
import { CORPUS_DIR, HAS_CORPUS, corpusFiles } from './support/corpus.js';

/**
 * Markers of boilerplate that must never survive into a body. `责任编辑` is
 * checked in its credit form (`责任编辑：`), since a story may say someone
 * was the 责任编辑 of a book; `<` is checked as the start of a tag, since
 * 《…<条例>》 uses angle brackets as title marks.
 */
const MARKERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['手机上长按', /手机上长按/u],
  ['原文地址', /原文地址/u],
  ['原文链接', /原文链接/u],
  ['责任编辑', /责任编辑\s*[:：]/u],
  ['本文短网址', /本文短网址/u],
  ['诚征荣誉会员', /诚征荣誉会员/u],
  ['大陆网友注意', /大陆网友注意/u],
  ['翻墙必看', /翻墙必看/u],
  ['网站代理', /网站代理/u],
  ['adsbygoogle', /adsbygoogle/u],
  ['🎬', /🎬/u],
  ['💥', /💥/u],
  ['🔥', /🔥/u],
  ['<', /<[A-Za-z/!?]/u],
  ['&nbsp;', /&nbsp;/u],
  ['&#', /&#/u],
];

describe.skipIf(!HAS_CORPUS)(`corpus at ${CORPUS_DIR}`, () => {
  const extractor = createExtractor();
  const results: Array<{ path: string; result: ExtractResult }> = [];
  if (HAS_CORPUS) {
    for (const path of corpusFiles()) results.push({ path: relative(CORPUS_DIR, path), result: extractor.extract(readFileSync(path)) });
  }

  it('has the pages', () => {
    expect(results.length).toBeGreaterThanOrEqual(2399);
  });

  it('every page yields an article or "not an article", never another error', () => {
    const failures = results.filter(({ result }) => !result.ok && result.error.code !== 'E_NOT_ARTICLE');
    expect(failures.map(({ path, result }) => `${path}: ${result.ok ? '' : result.error.message}`)).toEqual([]);
  });

  it('the link-list pages are not articles', () => {
    const links = results.filter(({ path }) => /^link/u.test(basename(path)));
    expect(links.length).toBeGreaterThanOrEqual(7);
    for (const { path, result } of links) expect(result.ok, path).toBe(false);
  });

  it.each(MARKERS)('no body holds %s', (_name, marker) => {
    const hits = results.flatMap(({ path, result }) => (result.ok && marker.test(result.article.text) ? [path] : []));
    expect(hits).toEqual([]);
  });

  it('reports how many pages had each field', () => {
    const articles = results.flatMap(({ result }) => (result.ok ? [result] : []));
    const count = (test: (r: (typeof articles)[number]) => boolean) => articles.filter(test).length;
    const stats = {
      pages: results.length,
      articles: articles.length,
      notArticles: results.length - articles.length,
      published: count((r) => r.article.published !== null),
      authors: count((r) => r.article.authors.length > 0),
      editors: count((r) => r.article.editors.length > 0),
      url: count((r) => r.article.url !== null),
      dateConflicts: count((r) => r.issues.some((i) => i.code === 'date-conflict')),
    };
    console.info(`corpus: ${JSON.stringify(stats)}`);
    expect(stats.published).toBeGreaterThan(0.99 * stats.articles);
    expect(stats.url).toBeGreaterThan(0.99 * stats.articles);
  });
});

describe.skipIf(HAS_CORPUS)('corpus', () => {
  it.skip(`skipped: no corpus at ${CORPUS_DIR} (set QINGXI_CORPUS to run it)`, () => undefined);
});
