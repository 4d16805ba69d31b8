/**
 * Pure at the boundary: nothing the caller passes is changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/dom/parse.js';
import { BUILTIN_SITES, DEFAULT_STEPS, type Options, createExtractor, defineRule, extractArticle, pipe, removeAds, unwrapLinks } from '../src/index.js';
import render from 'dom-serializer';

const SEED = readFileSync(new URL('../fixtures/seeds/004_5da937af0cdf502a/input.txt', import.meta.url));

describe('pure at the boundary', () => {
  it('leaves input bytes untouched', () => {
    const bytes = new Uint8Array(SEED);
    const before = Buffer.from(bytes).toString('base64');
    extractArticle(bytes);
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
  });

  it('leaves a caller\'s tree untouched when a pipeline runs over it', () => {
    const doc = parseHtml('<p>中<a class="st_tag" href="/tag/x">国</a></p><ins class="adsbygoogle"></ins>');
    const before = render(doc, { encodeEntities: 'utf8' });
    const result = pipe(removeAds(), unwrapLinks()).run(doc);
    expect(render(doc, { encodeEntities: 'utf8' })).toBe(before);
    expect(render(result.document, { encodeEntities: 'utf8' })).toBe('<p>中国</p>');
    expect(result.document).not.toBe(doc);
  });

  it('leaves options, rule lists, site lists and the default pipeline untouched', () => {
    const rules = [defineRule({ id: 'x', remove: '.x' })];
    const sites = [...BUILTIN_SITES];
    const options: Options = { rules, sites, explain: true };
    const snapshot = JSON.stringify({ rules: rules.map((r) => r.id), sites: sites.map((s) => s.id), steps: DEFAULT_STEPS.map((s) => s.name) });
    createExtractor(options).extract(SEED);
    extractArticle(SEED, options);
    expect(JSON.stringify({ rules: rules.map((r) => r.id), sites: sites.map((s) => s.id), steps: DEFAULT_STEPS.map((s) => s.name) })).toBe(snapshot);
    expect(Object.keys(options)).toEqual(['rules', 'sites', 'explain']);
  });

  it('returns fresh articles: changing one result does not change the next', () => {
    const extractor = createExtractor();
    const first = extractor.extract(SEED);
    if (!first.ok) throw new Error(first.error.message);
    first.article.tags.push('改动');
    first.article.body.length = 0;
    const second = extractor.extract(SEED);
    if (!second.ok) throw new Error(second.error.message);
    expect(second.article.tags).not.toContain('改动');
    expect(second.article.body.length).toBeGreaterThan(0);
  });
});
