/**
 * The JSON Schema of {@link Article}, as data: published as `qingxi/schema.json`
 * and read by {@link isArticle} / {@link assertArticle}, so the schema and the
 * validator cannot drift apart. A type test (`test/schema.test.ts`) derives a
 * TypeScript type from this schema and requires it to equal `Article`, field by
 * field and level by level.
 */

const nullable = <T extends object>(schema: T) => ({ anyOf: [schema, { type: 'null' }] }) as const;
const string = { type: 'string' } as const;
const strings = { type: 'array', items: string } as const;

const OUTLET = {
  type: 'object',
  required: ['id', 'name', 'url'],
  additionalProperties: false,
  properties: { id: string, name: string, url: nullable(string) },
} as const;

const LINK = {
  type: 'object',
  required: ['text', 'href'],
  additionalProperties: false,
  properties: { text: string, href: string },
} as const;

const FIELD_SOURCES = ['dateline', 'credit-line', 'byline', 'time-element', 'meta', 'json-ld', 'url', 'text', 'mirror', 'profile', 'title', 'fallback'] as const;
const SOURCED_FIELDS = ['title', 'outlet', 'published', 'authors', 'editors', 'url', 'mirrorUrl'] as const;

/**
 * JSON Schema (draft 2020-12) of an `Article` as qingxi writes it.
 *
 * @example
 * import schema from 'qingxi/schema.json' with { type: 'json' };
 * new Ajv2020().compile(schema)(JSON.parse(line)); // or isArticle(JSON.parse(line))
 */
export const ARTICLE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://www.npmjs.com/package/qingxi/schema.json',
  title: 'Article',
  description: 'A cleaned news article, as returned by qingxi extractArticle and written by `qingxi clean`.',
  type: 'object',
  required: ['title', 'outlet', 'mirror', 'published', 'dateline', 'authors', 'editors', 'body', 'text', 'images', 'media', 'tags', 'links', 'related', 'url', 'mirrorUrl', 'lang', 'sources'],
  additionalProperties: false,
  properties: {
    title: string,
    outlet: nullable(OUTLET),
    mirror: nullable(OUTLET),
    published: nullable({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2})?)?$' } as const),
    dateline: nullable(string),
    authors: strings,
    editors: strings,
    body: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'text'],
        additionalProperties: false,
        properties: { kind: { enum: ['paragraph', 'heading', 'quote', 'list'] }, text: string, items: strings },
      },
    },
    text: string,
    images: {
      type: 'array',
      items: { type: 'object', required: ['src'], additionalProperties: false, properties: { src: string, alt: string, caption: string, credit: string } },
    },
    media: {
      type: 'array',
      items: { type: 'object', required: ['kind', 'src'], additionalProperties: false, properties: { kind: { enum: ['audio', 'video', 'embed'] }, src: string, title: string } },
    },
    tags: strings,
    links: { type: 'array', items: LINK },
    related: { type: 'array', items: LINK },
    url: nullable(string),
    mirrorUrl: nullable(string),
    lang: { enum: ['zh-Hans', 'zh-Hant', 'und'] },
    sources: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(SOURCED_FIELDS.map((field) => [field, { enum: FIELD_SOURCES }])) as Record<(typeof SOURCED_FIELDS)[number], { enum: typeof FIELD_SOURCES }>,
    },
    trace: {
      type: 'array',
      items: {
        anyOf: [
          {
            type: 'object',
            required: ['kind', 'step', 'reason', 'snippet'],
            additionalProperties: false,
            properties: { kind: { enum: ['removed', 'unwrapped', 'changed', 'kept'] }, step: string, rule: string, reason: string, snippet: string, text: string },
          },
          {
            type: 'object',
            required: ['kind', 'field', 'source', 'value'],
            additionalProperties: false,
            properties: { kind: { enum: ['field'] }, field: { enum: SOURCED_FIELDS }, source: { enum: FIELD_SOURCES }, value: string },
          },
        ],
      },
    },
  },
} as const;
