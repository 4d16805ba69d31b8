/**
 * Programmer mistakes throw at once, with a message that names the problem
 * and the fix; nothing a caller misspells or mistypes is silently ignored.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, defineRule, defineSite, extractArticle, pipe, place, removeAds, toHtml, toMarkdown, toText } from '../src/index.js';

const PAGE = '<h1>标题</h1><p>【大纪元2022年12月30日讯】这是一段足够长的正文，用来测试选项检查是否在读页面之前就报错。</p>';

describe('options', () => {
  it('name a misspelt option and the one it was meant to be', () => {
    expect(() => extractArticle(PAGE, { explian: true } as never)).toThrow(/unknown option "explian" \(did you mean "explain"\?\); known options are explain, sites/u);
    expect(() => createExtractor({ maxbytes: 10 } as never)).toThrow(/unknown option "maxbytes" \(did you mean "maxBytes"\?\)/u);
  });

  it('refuse values of the wrong type, saying what was given', () => {
    expect(() => extractArticle(PAGE, { explain: 'yes' } as never)).toThrow('qingxi: options.explain must be true or false, got "yes" (a string).');
    expect(() => extractArticle(PAGE, { url: 5 } as never)).toThrow("qingxi: options.url must be the page's URL as a string, or null, got 5 (a number).");
    expect(() => extractArticle(PAGE, { url: new URL('https://www.epochtimes.com/') } as never)).toThrow(/pass url\.href for a URL object/u);
    expect(() => extractArticle(PAGE, { maxBytes: '10' } as never)).toThrow('qingxi: options.maxBytes must be a positive number of bytes, got "10" (a string).');
    expect(() => extractArticle(PAGE, { minChars: -1 })).toThrow('qingxi: options.minChars must be a number ≥ 0, got -1 (a number).');
    expect(() => extractArticle(PAGE, { encoding: 936 } as never)).toThrow(/options.encoding must be a charset label such as "gbk", or null, got 936 \(a number\)/u);
    expect(() => extractArticle(PAGE, { outlets: 'rfa' } as never)).toThrow(/options.outlets must be an array of outlet entries/u);
  });

  it('tell a profile id from a list of profiles', () => {
    expect(() => createExtractor({ site: [] } as never)).toThrow(
      'qingxi: options.site must be the id of one profile (a string such as "ntdtv"), got an array; to give profiles, use options.sites.',
    );
    expect(() => createExtractor({ site: 'ntdvt' })).toThrow(/options.site is "ntdvt", which is not among options.sites \(.*\) \(did you mean "ntdtv"\?\)/u);
    expect(() => createExtractor({ sites: [{ id: 'x' }] as never })).toThrow(/options.sites\[0\] is an object with keys id, not a profile; build profiles with defineSite\(\)/u);
  });

  it('refuse steps and rules that are not steps or rules, pointing names to DEFAULT_STEPS', () => {
    expect(() => extractArticle(PAGE, { steps: [1] } as never)).toThrow('qingxi: options.steps[0] is 1 (a number), not a step; pass steps made by their factories, e.g. DEFAULT_STEPS or [...DEFAULT_STEPS, removeAds({ slots })].');
    expect(() => extractArticle(PAGE, { steps: ['removeAds'] } as never)).toThrow(/options.steps\[0\] is "removeAds" \(a string\), not a step; .*filter DEFAULT_STEPS/u);
    expect(() => extractArticle(PAGE, { steps: [] })).toThrow(/options.steps must be a non-empty array of steps, e.g. DEFAULT_STEPS, got an empty array/u);
    expect(() => extractArticle(PAGE, { rules: [1] } as never)).toThrow(/options.rules\[0\] is 1 \(a number\), not a rule; build rules with defineRule\(\)/u);
    expect(() => extractArticle(PAGE, { rules: [removeAds()] } as never)).toThrow(/options.rules\[0\] is an object with keys name, stage, visit, not a rule/u);
  });
});

describe('input', () => {
  it('points an ArrayBuffer to the Uint8Array it can be read as', () => {
    const bytes = new TextEncoder().encode(PAGE);
    expect(() => extractArticle(bytes.buffer as never)).toThrow('qingxi: extract() takes a string or a Uint8Array, got an ArrayBuffer; wrap it as new Uint8Array(buffer).');
    expect(extractArticle(new Uint8Array(bytes.buffer)).ok).toBe(true);
  });
});

describe("an extractor's per-page settings", () => {
  const extractor = createExtractor();

  it('are checked on every call, like the options', () => {
    expect(() => extractor.extract(PAGE, { explian: true } as never)).toThrow(
      'qingxi: extract() has no page setting "explian" (did you mean "explain"?); it takes url and explain per page, and every other option goes to createExtractor().',
    );
    expect(() => extractor.extract(PAGE, { maxBytes: 10 } as never)).toThrow(/no page setting "maxBytes"; it takes url and explain per page/u);
    expect(() => extractor.extract(PAGE, { explain: 1 } as never)).toThrow('qingxi: the page setting explain must be true or false, got 1 (a number).');
    expect(() => extractor.extract(PAGE, { url: 5 } as never)).toThrow(/the page setting url must be the page's URL as a string, or null, got 5 \(a number\)/u);
    expect(() => extractor.extract(PAGE, null as never)).toThrow(/second argument must be per-page settings such as \{ url, explain \}, got null/u);
  });

  it('still work when given right', () => {
    const result = extractor.extract(PAGE, { url: 'https://www.epochtimes.com/gb/22/12/30/n1.htm', explain: true });
    expect(result.ok).toBe(true);
    expect(result.ok && result.article.trace?.length).toBeGreaterThan(0);
    expect(extractor.extract(PAGE, {}).ok).toBe(true);
  });
});

describe('defineSite and defineRule', () => {
  it('refuse a misspelt field instead of dropping it', () => {
    expect(() => defineSite({ id: 'a', name: 'A', bdy: 'div.article' } as never)).toThrow(
      /defineSite\("a"\) has an unknown field "bdy" \(did you mean "body"\?\); known fields are id, name, kind/u,
    );
    expect(() => defineRule({ id: 'x', remov: '.a' } as never)).toThrow('qingxi: defineRule("x") has an unknown field "remov" (did you mean "remove"?); known fields are id, remove, unwrap, keep, dropBlocks, rewrite, maxChars, reason, before, after, at.');
    expect(() => extractArticle(PAGE, { rules: [defineRule({ id: 'x', remove: '.a', before: 'unwrapLink' })] })).toThrow(
      /options.rules rule "x" names step "unwrapLink", which is not in the pipeline \(did you mean "unwrapLinks"\?\); use one of: removeMarkdownLines, /u,
    );
    expect(() => place(removeAds(), { aftr: 'removeAds' } as never)).toThrow(/place\("removeAds"\)'s placement has an unknown field "aftr" \(did you mean "after"\?\)/u);
  });

  it('refuse a list given as one string, and name the field of a bad body selector', () => {
    expect(() => defineSite({ id: 'a', name: 'A', domains: 'a.com' } as never)).toThrow('qingxi: defineSite("a").domains must be an array, got "a.com" (a string).');
    expect(() => defineSite({ id: 'a', name: 'A', remove: '.ad' } as never)).toThrow(/defineSite\("a"\).remove must be an array/u);
    expect(() => defineSite({ id: 'a', name: 'A', title: 5 } as never)).toThrow('qingxi: defineSite("a").title must be a string, got 5 (a number).');
    expect(() => defineSite({ id: 'a', name: 'A', replace: [] } as never)).toThrow(/defineSite\("a"\).replace must be an object of steps by name/u);
    expect(() => defineSite({ id: 'a', name: 'A', body: 'div[[' })).toThrow(/defineSite\("a"\).body has an invalid CSS selector "div\[\["/u);
  });
});

describe('pipe', () => {
  it('refuses what is not a step, and bytes where it needs text', () => {
    expect(() => pipe(1 as never)).toThrow('qingxi: pipe() got 1 (a number), which is not a step; pass the result of a step factory such as removeAds().');
    expect(() => pipe(null as never)).toThrow(/pipe\(\) got null, which is not a step/u);
    expect(() => pipe(removeAds()).run(new TextEncoder().encode('<p>正文</p>') as never)).toThrow(
      /run\(\) takes the page as a string or a parsed Document, got a Uint8Array; decode bytes first .*or use extractArticle\(\), which sniffs the charset/u,
    );
    expect(() => pipe(removeAds()).run(42 as never)).toThrow(/run\(\) takes the page as a string or a parsed Document, got 42 \(a number\)\./u);
  });

  it('checks its run options', () => {
    const clean = pipe(removeAds());
    expect(() => clean.run('<p>正文</p>', { explian: true } as never)).toThrow(/run\(\)'s options has an unknown field "explian" \(did you mean "explain"\?\)/u);
    expect(() => clean.run('<p>正文</p>', { family: 'markdown' } as never)).toThrow(/options.family must be one of bannedbook, markdown-mirror, html-page, html-fragment, got "markdown" \(a string\)/u);
    expect(clean.run('<p>正文</p>', { family: 'markdown-mirror', explain: true, url: null }).blocks).toEqual([{ kind: 'paragraph', text: '正文' }]);
  });
});

describe('renderers', () => {
  it('point an extraction result to its article', () => {
    const result = extractArticle(PAGE);
    expect(result.ok).toBe(true);
    expect(() => toText(result as never)).toThrow('qingxi: toText() takes an Article, got an extraction result; pass result.article.');
    const failed = extractArticle('<p>短</p>');
    expect(() => toMarkdown(failed as never)).toThrow(/toMarkdown\(\) takes an Article, got an extraction result; this result has no article \(result.error says why\)/u);
    expect(() => toHtml(null as never)).toThrow('qingxi: toHtml() takes an Article (result.article of extractArticle()), got null.');
    expect(() => toText({} as never)).toThrow(/toText\(\) takes an Article .*got an empty object/u);
    if (result.ok) expect(toText(result.article)).toContain('标题');
  });
});
