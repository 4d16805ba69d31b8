/**
 * Type tests for what users write: rules, site profiles, steps and options.
 * A change that loosens or breaks these types fails here, before a user's build does.
 */
import type { Element } from 'domhandler';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type Block,
  type BlockStep,
  type Options,
  type Rule,
  type RuleSpec,
  type SiteProfile,
  type SiteSpec,
  type Step,
  type StepContext,
  BUILTIN_SITES,
  DEFAULT_STEPS,
  createExtractor,
  defineRule,
  defineSite,
  pipe,
  removeAds,
  unwrapLinks,
} from '../src/index.js';

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
