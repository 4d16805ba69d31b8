/**
 * Type tests for what users read and write: the Article and the result it
 * comes in, rules, site profiles, steps and options.
 * A change that loosens or breaks these types fails here, before a user's build does.
 */
import type { Element } from 'domhandler';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type Article,
  type Block,
  type BlockStep,
  type ExtractResult,
  type FieldSource,
  type Image,
  type Link,
  type Media,
  type Outlet,
  type SourcedField,
  type TraceEntry,
  type Options,
  type Rule,
  type RuleSpec,
  type SiteProfile,
  type SiteSpec,
  type Step,
  type StepContext,
  BUILTIN_SITES,
  DEFAULT_STEPS,
  assertArticle,
  createExtractor,
  defineRule,
  extractArticle,
  isArticle,
  defineSite,
  pipe,
  removeAds,
  unwrapLinks,
} from '../src/index.js';

describe('the Article', () => {
  it('has the fields of the product contract, with these types', () => {
    expectTypeOf<keyof Article>().toEqualTypeOf<
      'title' | 'outlet' | 'mirror' | 'published' | 'dateline' | 'authors' | 'editors' | 'body' | 'text' | 'images' | 'media' | 'tags' | 'links' | 'related' | 'url' | 'mirrorUrl' | 'lang' | 'sources' | 'trace'
    >();
    expectTypeOf<Article['title']>().toEqualTypeOf<string>();
    expectTypeOf<Article['outlet']>().toEqualTypeOf<Outlet | null>();
    expectTypeOf<Article['mirror']>().toEqualTypeOf<Outlet | null>();
    expectTypeOf<Article['published']>().toEqualTypeOf<string | null>();
    expectTypeOf<Article['dateline']>().toEqualTypeOf<string | null>();
    // Credits are lists of names, never one joined string.
    expectTypeOf<Article['authors']>().toEqualTypeOf<string[]>();
    expectTypeOf<Article['editors']>().toEqualTypeOf<string[]>();
    expectTypeOf<Article['body']>().toEqualTypeOf<Block[]>();
    expectTypeOf<Article['images']>().toEqualTypeOf<Image[]>();
    expectTypeOf<Article['media']>().toEqualTypeOf<Media[]>();
    expectTypeOf<Article['links']>().toEqualTypeOf<Link[]>();
    expectTypeOf<Article['related']>().toEqualTypeOf<Link[]>();
    expectTypeOf<Article['lang']>().toEqualTypeOf<'zh-Hans' | 'zh-Hant' | 'und'>();
    expectTypeOf<Article['sources']>().toEqualTypeOf<Partial<Record<SourcedField, FieldSource>>>();
    // The trace is there only with { explain: true }.
    expectTypeOf<Article['trace']>().toEqualTypeOf<TraceEntry[] | undefined>();
    expectTypeOf<Outlet>().toEqualTypeOf<{ readonly id: string; readonly name: string; readonly url: string | null }>();
    expectTypeOf<Block['kind']>().toEqualTypeOf<'paragraph' | 'heading' | 'quote' | 'list'>();
    expectTypeOf<Block['items']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<Media['kind']>().toEqualTypeOf<'audio' | 'video' | 'embed'>();
  });

  it('comes in a result that must be checked before the article is read', () => {
    expectTypeOf(extractArticle).returns.toEqualTypeOf<ExtractResult>();
    const result = extractArticle('<p>x</p>');
    expectTypeOf(result.article).toEqualTypeOf<Article | null>();
    if (result.ok) expectTypeOf(result.article).toEqualTypeOf<Article>();
    else expectTypeOf(result.article).toEqualTypeOf<null>();
    // @ts-expect-error -- the article may be null until `ok` is checked
    expect(() => result.article.title).toThrow(TypeError);
  });

  it('isArticle narrows and assertArticle asserts an unknown value to an Article', () => {
    expectTypeOf(isArticle).guards.toEqualTypeOf<Article>();
    expectTypeOf(assertArticle).asserts.toEqualTypeOf<Article>();
  });
});

describe('rules', () => {
  it('defineRule takes a RuleSpec and gives a Rule holding a Step', () => {
    expectTypeOf(defineRule).parameter(0).toEqualTypeOf<RuleSpec>();
    expectTypeOf(defineRule).returns.toEqualTypeOf<Rule>();
    expectTypeOf<Rule['step']>().toEqualTypeOf<Step>();
    expectTypeOf<RuleSpec['dropBlocks']>().toEqualTypeOf<readonly (string | RegExp)[] | undefined>();
    expectTypeOf<RuleSpec['at']>().toEqualTypeOf<'start' | 'end' | undefined>();
    expectTypeOf<NonNullable<RuleSpec['rewrite']>['with']>().toEqualTypeOf<(element: Element, ctx: StepContext) => void>();
  });

  it('rejects a spec without an id or with a wrong field type', () => {
    // Each is a compile error, and a JavaScript caller gets a TypeError naming the field.
    // @ts-expect-error -- the id is required
    expect(() => defineRule({ remove: '.promo' })).toThrow(/got id undefined/u);
    // @ts-expect-error -- selectors are strings
    expect(() => defineRule({ id: 'x', remove: ['.promo'] })).toThrow(TypeError);
    // @ts-expect-error -- at is 'start' or 'end'
    expect(() => defineRule({ id: 'x', remove: '.promo', at: 'middle' })).toThrow(TypeError);
  });
});

describe('site profiles', () => {
  it('defineSite takes a SiteSpec and gives a SiteProfile; built-ins are SiteProfiles', () => {
    expectTypeOf(defineSite).parameter(0).toEqualTypeOf<SiteSpec>();
    expectTypeOf(defineSite).returns.toEqualTypeOf<SiteProfile>();
    expectTypeOf(BUILTIN_SITES).toEqualTypeOf<readonly SiteProfile[]>();
    expectTypeOf<SiteProfile['kind']>().toEqualTypeOf<'outlet' | 'mirror'>();
    expectTypeOf<SiteSpec['replace']>().toEqualTypeOf<Readonly<Record<string, Step>> | undefined>();
  });

  it('rejects a spec without a name, or with a string where a list belongs', () => {
    // @ts-expect-error -- the name is required
    expect(() => defineSite({ id: 'x' })).toThrow(/name must be a non-empty string/u);
    // @ts-expect-error -- remove is a list of selectors
    expect(() => defineSite({ id: 'x', name: 'X', remove: '.ad' })).toThrow(TypeError);
    // @ts-expect-error -- kind is 'outlet' or 'mirror'
    expect(() => defineSite({ id: 'x', name: 'X', kind: 'blog' })).toThrow(TypeError);
  });
});

describe('steps and options', () => {
  it('a hand-written block step is a Step, and the default pipeline is a list of them', () => {
    const step: BlockStep = { name: 'dropShort', stage: 'blocks', run: (blocks) => blocks.filter((b) => b.text.length > 2) };
    expectTypeOf(step).toExtend<Step>();
    expectTypeOf<Parameters<BlockStep['run']>[0][number]>().toExtend<Block>();
    expectTypeOf(DEFAULT_STEPS).toEqualTypeOf<readonly Step[]>();
    expectTypeOf(pipe(removeAds(), pipe(unwrapLinks()), step)).toEqualTypeOf<ReturnType<typeof pipe>>();
    expectTypeOf(removeAds()).toExtend<Step>();
  });

  it('options are all optional and read-only', () => {
    expectTypeOf<Options>().toEqualTypeOf<Partial<Options>>();
    expectTypeOf(createExtractor).toBeCallableWith();
    expectTypeOf(createExtractor).toBeCallableWith({ sites: [...BUILTIN_SITES], rules: [defineRule({ id: 'x', remove: '.x' })], maxBytes: 1_000_000 });
    const options: Options = { maxBytes: 1 };
    // @ts-expect-error -- options are read-only
    options.maxBytes = 2;
  });
});
