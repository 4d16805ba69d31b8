import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { removeAds } from '../cleaners/remove-ads.js';
import { removeBoilerplateText } from '../cleaners/remove-boilerplate-text.js';
import { extractArticle } from '../extract/extract-article.js';
import { BUILTIN_SITES } from '../sites/index.js';
import { isUnderDomain } from '../text/resolve-url.js';
import { defineRule } from './define-rule.js';
import { defineSite } from './define-site.js';
import { matchSites } from './match-sites.js';

const PAGE = `<html><head><title>示例 - 示例新闻</title></head><body>
  <div class="top">网站导航 首页 国际 中国</div>
  <h1 class="headline">示例新闻的标题</h1>
  <div class="byline">记者 王小明 北京报导</div>
  <div class="time">2023年3月5日 14:20</div>
  <div class="article-content"><p>第一段正文，讲述事情的经过，这里有足够长的中文内容。</p><div class="editor-note">编者按：广告</div>
  <p>第二段正文，继续说明原因和影响，以及各方的反应和评论。</p></div>
  <div class="share-box">分享到微博</div></body></html>`;

const example = defineSite({
  id: 'example-news',
  name: '示例新闻',
  domains: ['example.com.cn'],
  title: 'h1.headline',
  credits: '.byline',
  dateline: '.time',
  body: 'div.article-content',
  remove: ['.editor-note'],
});

describe('defineSite', () => {
  it('reads title, credits, date and body where the profile says', () => {
    const result = extractArticle(PAGE, { sites: [example], url: 'https://news.example.com.cn/a/1.html' });
    if (!result.ok) throw new Error(result.error.message);
    const a = result.article;
    expect(a.title).toBe('示例新闻的标题');
    expect(a.authors).toEqual(['王小明']);
    expect(a.published).toBe('2023-03-05T14:20:00+08:00'); // a .cn page: China's one zone
    expect(a.body.map((b) => b.text)).toEqual(['第一段正文，讲述事情的经过，这里有足够长的中文内容。', '第二段正文，继续说明原因和影响，以及各方的反应和评论。']);
    // Credits read where the profile says are the profile's, not a closing credit line's.
    expect(a.sources).toMatchObject({ title: 'profile', published: 'profile', authors: 'profile' });
    // The element the profile names its dateline is what the page prints as its dateline.
    expect(a.dateline).toBe('2023年3月5日 14:20');
    expect(result.issues.filter((issue) => issue.code === 'profile-miss')).toEqual([]);
  });

  it('says when a profile selector matches nothing, or an element that does not read as its field', () => {
    const stale = defineSite({ id: 'stale', name: '示例新闻', domains: ['example.com.cn'], title: 'h1.headline-old', credits: '.top', dateline: '.time-old', body: 'div.article-content' });
    const result = extractArticle(PAGE, { sites: [stale], url: 'https://news.example.com.cn/a/1.html' });
    expect(result.issues.filter((issue) => issue.code === 'profile-miss')).toEqual([
      { code: 'profile-miss', message: 'site profile stale: its title selector "h1.headline-old" matched nothing on this page', step: 'rule:stale/title' },
      { code: 'profile-miss', message: 'site profile stale: its dateline selector ".time-old" matched nothing on this page', step: 'rule:stale/dateline' },
      { code: 'profile-miss', message: 'site profile stale: its credits selector ".top" matched "网站导航 首页 国际 中国", which does not read as a credit line', step: 'rule:stale/credits' },
    ]);
    // The generic readers still stand in: the headline and the date are found.
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.title).toBe('示例新闻的标题');
  });

  it('overrides the generic body finder, and can disable steps by name', () => {
    const noEditorNote = defineSite({ id: 'x', name: 'X', domains: ['example.com.cn'], body: 'div.article-content', disable: ['removeRelated'] });
    const result = extractArticle(PAGE, { sites: [noEditorNote], url: 'https://example.com.cn/' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.body.map((b) => b.text)).toContain('编者按：广告');
  });

  it('replaces a default step by name with a configured one', () => {
    const page = `<div class="article-content"><p>第一段正文，讲述事情的经过，这里有足够长的中文内容。</p><p>点阅本报订阅，支持独立媒体。</p><p>第二段正文，继续说明原因和影响，以及各方的反应。</p></div>`;
    const own = removeBoilerplateText({ phrases: [{ id: 'x/subscribe', match: '点阅本报订阅', at: 'start', maxChars: 40, reason: 'subscription appeal' }] });
    const site = defineSite({ id: 'x', name: 'X', domains: ['example.com.cn'], body: 'div.article-content', replace: { removeBoilerplateText: own } });
    const result = extractArticle(page, { sites: [site], url: 'https://example.com.cn/', explain: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.body.map((b) => b.text)).toEqual(['第一段正文，讲述事情的经过，这里有足够长的中文内容。', '第二段正文，继续说明原因和影响，以及各方的反应。']);
    expect(result.article.trace).toContainEqual(expect.objectContaining({ step: 'removeBoilerplateText', rule: 'x/subscribe', reason: 'subscription appeal' }));
    expect(() => defineSite({ id: 'x', name: 'X', replace: { removeAds: 'no' as never } })).toThrow(/replace\["removeAds"\] must be a step/u);
  });

  it('replaces a visiting step too, as its own error message suggests (removeAds({ slots }))', () => {
    const paragraph = '第一段正文，讲述事情的经过，这里有足够长的中文内容和各方的反应。';
    const page = `<div class="article-content"><p>${paragraph}</p><div class="my-ad">广告位</div><p>${paragraph}</p></div>`;
    const slots = [{ id: 'x/my-ad', selector: '.my-ad', reason: 'the site\'s own ad slot' }];
    const site = defineSite({ id: 'x', name: 'X', domains: ['example.com.cn'], replace: { removeAds: removeAds({ slots }) } });
    const result = extractArticle(page, { sites: [site], url: 'https://example.com.cn/', explain: true });
    expect(result.article?.body.map((b) => b.text)).toEqual([paragraph, paragraph]);
    expect(result.article?.trace).toContainEqual(expect.objectContaining({ step: 'removeAds', rule: 'x/my-ad' }));
  });

  it('runs its rules relative to named steps', () => {
    const seen: string[] = [];
    const site = defineSite({
      id: 'y',
      name: 'Y',
      domains: ['example.com.cn'],
      rules: [defineRule({ id: 'y/spy', after: 'unwrapLinks', rewrite: { selector: 'p', with: () => seen.push('p') } })],
    });
    extractArticle(PAGE, { sites: [site], url: 'https://example.com.cn/' });
    expect(seen.length).toBeGreaterThan(0);
  });

  it('throws at definition time for programmer mistakes, naming value and fix', () => {
    expect(() => defineSite({ id: 'x', name: 'X', domains: ['https://example.com'] })).toThrow(/is "https:\/\/example.com", a URL; give the bare domain "example.com"/u);
    expect(() => defineSite({ id: 'x', name: 'X', domains: ['example.com/news'] })).toThrow(/not a domain/u);
    expect(() => defineSite({ id: 'x', name: 'X', title: 'h1[' })).toThrow(/defineSite\("x"\).title has an invalid CSS selector "h1\["/u);
    expect(() => defineSite({ id: 'X Y', name: 'X' })).toThrow(/got id "X Y"/u);
    expect(() => defineSite({ id: 'x', name: '' })).toThrow(/name must be a non-empty string/u);
    expect(() => defineSite({ id: 'x', name: 'X', markers: [''] })).toThrow(/markers\[0\] must be a non-empty string/u);
    expect(() => extractArticle(PAGE, { sites: [defineSite({ id: 'x', name: 'X', disable: ['removeAd'] })] })).toThrow(/names step "removeAd", which is not in the pipeline/u);
    expect(() => extractArticle(PAGE, { sites: [example, example] })).toThrow(/two profiles with id "example-news"/u);
    expect(() => extractArticle(PAGE, { site: 'nope' })).toThrow(/options.site is "nope", which is not among options.sites/u);
  });

  it('forcing an outlet profile keeps the mirror profile that unwraps the page (and the other way round)', () => {
    const page = readFileSync(new URL('../../fixtures/seeds/000_1e12fc86d84c25f9/input.txt', import.meta.url));
    const matched = extractArticle(page);
    const forced = extractArticle(page, { site: 'epochtimes' });
    expect(matched).toMatchObject({ ok: true, article: { title: '外媒传普京向习近平求援遇冷 中俄关系现裂痕', outlet: { id: 'mingde' } } });
    // The bannedbook mirror still unwraps the page: the same title and body; only the outlet is the forced one.
    expect(forced).toMatchObject({ ok: true, article: { title: '外媒传普京向习近平求援遇冷 中俄关系现裂痕', outlet: { id: 'epochtimes' } } });
    expect(forced.article?.body).toEqual(matched.article?.body);
  });

  it('writes the built-in profiles with the same public API', () => {
    for (const site of BUILTIN_SITES) {
      expect(Object.isFrozen(site)).toBe(true);
      expect(site.id).toMatch(/^[a-z0-9-]+$/u);
    }
  });
});

describe('domain matching', () => {
  it.each([
    ['news.example.com.cn', 'example.com.cn', true],
    ['example.com.cn', 'example.com.cn', true],
    ['notexample.com', 'example.com', false],
    ['example.com.evil.org', 'example.com', false],
    ['www.epochtimes.com', 'epochtimes.com', true],
    ['EXAMPLE.COM.', 'example.com', true],
  ])('%s under %s: %s', (host, domain, expected) => expect(isUnderDomain(host, domain)).toBe(expected));

  it('picks profiles by URL domain before markers', () => {
    const byUrl = matchSites(BUILTIN_SITES, '【大纪元2022年12月30日讯】', ['https://www.ntdtv.com/gb/2022/07/05/a1.html'], 'markdown-mirror');
    expect(byUrl.outlet?.id).toBe('ntdtv');
    expect(byUrl.mirror?.id).toBe('github-mirror');
    const byMarker = matchSites(BUILTIN_SITES, '<p>【大纪元2022年12月30日讯】</p>', [], 'html-fragment');
    expect(byMarker.outlet?.id).toBe('epochtimes');
    expect(byMarker.mirror).toBeNull();
  });

  it('reads markers as literal text, regex syntax and all', () => {
    const site = defineSite({ id: 'literal', name: 'Literal', markers: ['a.b(c)|[d]*', '\\x'] });
    expect(matchSites([site], '<p>a.b(c)|[d]*</p>', [], 'html-fragment').outlet?.id).toBe('literal');
    expect(matchSites([site], '<p>\\x</p>', [], 'html-fragment').outlet?.id).toBe('literal');
    expect(matchSites([site], '<p>aXb(c)|[d]</p><p>c</p><p>x</p>', [], 'html-fragment').outlet).toBeNull();
  });

  it('finds markers that share a start with `<` wherever that start stands', () => {
    const site = defineSite({ id: 'comments', name: 'Comments', markers: ['<!-- 面包屑导航 -->', '<!--END ENTRY-->'] });
    const match = (text: string): string | undefined => matchSites([site], text, [], 'html-fragment').outlet?.id;
    expect(match('<!--END ENTRY-->')).toBe('comments');
    expect(match('<p>!--<a>!--<!-- 面包屑导航 --></p>')).toBe('comments');
    expect(match('<!-- other --><p>x</p><!--END ENTRY-->')).toBe('comments');
    expect(match('!--END ENTRY-->')).toBeUndefined();
    expect(match('< !--END ENTRY--> <!-- END ENTRY-->')).toBeUndefined();
  });
});
