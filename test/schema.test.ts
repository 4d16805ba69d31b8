/**
 * The Article's JSON Schema: in step with the TypeScript type, met by every
 * fixture's output, and read by isArticle / assertArticle the way a standard
 * validator (Ajv) reads it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ARTICLE_SCHEMA, type Article, assertArticle, extractArticle, isArticle } from '../src/index.js';
import { HAS_BUILD, lines, runCli } from './support/cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const inputs = readdirSync(FIXTURES).flatMap((site) =>
  readdirSync(join(FIXTURES, site)).flatMap((name) => readdirSync(join(FIXTURES, site, name)).filter((f) => f.startsWith('input.')).map((f) => join(FIXTURES, site, name, f))),
);
const articles: Article[] = inputs.flatMap((file, i) => {
  const result = extractArticle(readFileSync(file), { explain: i % 3 === 0 });
  return result.ok ? [JSON.parse(JSON.stringify(result.article)) as Article] : [];
});
const ajv = new Ajv2020({ strict: true, allErrors: true });

/** The TypeScript type a JSON Schema node describes: the subset ARTICLE_SCHEMA uses. */
type FromSchema<S> = S extends { readonly anyOf: readonly (infer A)[] }
  ? FromSchema<A>
  : S extends { readonly enum: readonly (infer E)[] }
    ? E
    : S extends { readonly type: 'null' }
      ? null
      : S extends { readonly type: 'string' }
        ? string
        : S extends { readonly type: 'array'; readonly items: infer I }
          ? Array<FromSchema<I>>
          : S extends { readonly type: 'object'; readonly properties: infer P }
            ? ObjectFrom<P, S extends { readonly required: readonly (infer R)[] } ? R & keyof P : never>
            : never;
type ObjectFrom<P, R extends keyof P> = Flat<{ -readonly [K in R]: FromSchema<P[K]> } & { -readonly [K in Exclude<keyof P, R>]?: FromSchema<P[K]> }>;
type Flat<T> = { [K in keyof T]: T[K] };
/** Readonly taken off at every level: the schema says nothing of it. */
type Mutable<T> = T extends readonly (infer U)[] ? Array<Mutable<U>> : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
const validate = ajv.compile(ARTICLE_SCHEMA);

describe('ARTICLE_SCHEMA', () => {
  it('names exactly the fields of Article, and requires all but trace', () => {
    expectTypeOf<keyof typeof ARTICLE_SCHEMA.properties>().toEqualTypeOf<keyof Article>();
    expectTypeOf<(typeof ARTICLE_SCHEMA.required)[number]>().toEqualTypeOf<Exclude<keyof Article, 'trace'>>();
    expect(Object.keys(ARTICLE_SCHEMA.properties).sort()).toEqual([...ARTICLE_SCHEMA.required, 'trace'].sort());
  });

  it('describes exactly the Article type, field by field and level by level', () => {
    // Types, nullability, optional fields, enums (block kinds, lang, field sources, trace entries) all derived from the schema.
    expectTypeOf<FromSchema<typeof ARTICLE_SCHEMA>>().toEqualTypeOf<Mutable<Article>>();
    expectTypeOf<FromSchema<(typeof ARTICLE_SCHEMA)['properties']['published']>>().toEqualTypeOf<string | null>();
  });

  it('is met by the output for every fixture page, with and without a trace', () => {
    expect(articles.length).toBeGreaterThan(30);
    expect(articles.some((a) => a.trace !== undefined)).toBe(true);
    for (const article of articles) {
      expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
      expect(isArticle(article)).toBe(true);
    }
  });

  it.skipIf(!existsSync(new URL('../dist/schema.json', import.meta.url)))('is what the build publishes as qingxi/schema.json', () => {
    expect(JSON.parse(readFileSync(new URL('../dist/schema.json', import.meta.url), 'utf8'))).toEqual(ARTICLE_SCHEMA);
  });
});

describe('isArticle and assertArticle', () => {
  const article = articles[0]!;
  const mutants: Array<[string, unknown]> = [
    ['not an object', 'article'],
    ['null', null],
    ['an array', [article]],
    ...ARTICLE_SCHEMA.required.map((key): [string, unknown] => [`without ${key}`, omit(article, key)]),
    ['title a number', { ...article, title: 3 }],
    ['published not a date', { ...article, published: '30 December 2022' }],
    ['an unknown lang', { ...article, lang: 'en' }],
    ['a block of an unknown kind', { ...article, body: [{ kind: 'table', text: 'x' }] }],
    ['an author that is not a string', { ...article, authors: ['王丹', 7] }],
    ['an outlet without a url', { ...article, outlet: { id: 'rfa', name: '自由亚洲电台' } }],
    ['an extra field', { ...article, extra: true }],
    ['an unknown field source', { ...article, sources: { title: 'guess' } }],
    ['a __proto__ key from JSON', JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(article).slice(1)}`)],
  ];

  it.each(mutants)('rejects %s, as Ajv does', (_what, value) => {
    expect(validate(value)).toBe(false);
    expect(isArticle(value)).toBe(false);
    expect(() => assertArticle(value)).toThrow(/^qingxi: not an Article: \$/u);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names the path and what was expected', () => {
    expect(() => assertArticle({ ...article, published: 20221230 })).toThrow('qingxi: not an Article: $.published: expected string or null, got number');
    expect(() => assertArticle(omit(article, 'title'))).toThrow('$.title: missing');
    expect(() => assertArticle({ ...article, body: [{ kind: 'paragraph' }] })).toThrow('$.body[0].text: missing');
  });

  it.skipIf(!HAS_BUILD)('validates the CLI\'s lines once their `source` (and, with --explain, `issues`) are taken off', () => {
    const out = lines(runCli(['clean', join(FIXTURES, 'seeds'), '--explain', '--quiet']).stdout);
    expect(out).toHaveLength(5);
    for (const line of out) {
      expect(() => assertArticle(line)).toThrow('$: unexpected field "source"');
      const { source, issues, ...rest } = line;
      expect(source).toBeDefined();
      expect(Array.isArray(issues)).toBe(true);
      expect(isArticle(rest)).toBe(true);
    }
  });

  it('narrows the type', () => {
    const value: unknown = JSON.parse(JSON.stringify(article));
    if (isArticle(value)) expectTypeOf(value).toEqualTypeOf<Article>();
    assertArticle(value);
    expect(value.title).toBe(article.title);
  });
});

function omit(article: Article, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...article };
  delete copy[key];
  return copy;
}
