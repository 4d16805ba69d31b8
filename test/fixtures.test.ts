/**
 * The fixture corpus: every `fixtures/<site>/<case>/` is extracted and compared
 * with its `expected.json`, field by field and the body block by block.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Extractor, createExtractor } from '../src/index.js';
import { type ExpectedCase, toExpectedBlock } from './support/fixture-case.js';

const ROOT = new URL('../fixtures/', import.meta.url).pathname;

interface FixtureCase {
  readonly name: string;
  readonly input: Uint8Array;
  readonly expected: ExpectedCase;
}

function loadCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const site of readdirSync(ROOT, { withFileTypes: true })) {
    if (!site.isDirectory()) continue;
    for (const entry of readdirSync(join(ROOT, site.name), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = join(ROOT, site.name, entry.name);
      const files = readdirSync(dir);
      const input = files.find((f) => f.startsWith('input.'));
      if (input === undefined || !files.includes('expected.json')) continue;
      cases.push({
        name: `${site.name}/${entry.name}`,
        input: readFileSync(join(dir, input)),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedCase,
      });
    }
  }
  return cases.sort((a, b) => a.name.localeCompare(b.name));
}

const cases = loadCases();
const SCALARS = ['title', 'published', 'dateline', 'url', 'mirrorUrl', 'lang'] as const;
const LISTS = ['authors', 'editors', 'tags', 'links', 'media', 'related'] as const;

describe('fixtures', () => {
  it('has a case for every built-in site and for pages that are not articles', () => {
    const sites = new Set(cases.map((c) => c.name.split('/')[0]));
    for (const site of ['seeds', 'epochtimes', 'ntdtv', 'secretchina', 'soundofhope', 'rfa', 'not-article']) expect(sites).toContain(site);
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  describe.each(cases)('$name', ({ input, expected }) => check(input, expected, createExtractor(expected.options ?? {})));
});

/** Pages written for the generic path: they must come out the same with no profile at all. */
const GENERIC = /^(?:generic\/|not-article\/generic-)/u;

describe('fixtures of the generic path, with profiles off', () => {
  it('has at least ten full pages', () => {
    expect(cases.filter((c) => GENERIC.test(c.name) && c.expected.notArticle === undefined).length).toBeGreaterThanOrEqual(10);
  });

  describe.each(cases.filter((c) => GENERIC.test(c.name)))('$name', ({ input, expected }) => {
    const { site: _site, ...options } = expected.options ?? {};
    check(input, expected, createExtractor({ ...options, sites: [] }));
  });
});

function check(input: Uint8Array, expected: ExpectedCase, extractor: Extractor): void {
  const result = extractor.extract(input);

  it('was checked by reading the page', () => {
    expect(expected.checked, 'set "checked": true once every field was checked against the page').toBe(true);
  });

  if (expected.notArticle !== undefined) {
    it('is not an article', () => {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe(expected.notArticle);
    });
    return;
  }

  it('is an article', () => {
    expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
  });
  if (!result.ok) return;
  const article = result.article;

  it.each(SCALARS.filter((key) => key in expected))('%s', (key) => {
    expect(article[key]).toEqual(expected[key]);
  });
  it.each(LISTS.filter((key) => key in expected))('%s', (key) => {
    expect(article[key]).toEqual(expected[key]);
  });
  if ('outlet' in expected) it('outlet', () => expect(article.outlet?.id ?? null).toEqual(expected.outlet));
  if ('mirror' in expected) it('mirror', () => expect(article.mirror?.id ?? null).toEqual(expected.mirror));
  if (expected.images !== undefined) it('images', () => expect(article.images).toEqual(expected.images));
  if (expected.body !== undefined) {
    const body = expected.body;
    it('body, block by block', () => {
      const actual = article.body.map(toExpectedBlock);
      const n = Math.max(actual.length, body.length);
      for (let i = 0; i < n; i++) expect(actual[i], `block ${i}`).toEqual(body[i]);
    });
  }
}
