import { describe, expect, it } from 'vitest';
import { removeAds } from '../cleaners/remove-ads.js';
import { extractArticle } from '../extract/extract-article.js';
import { attr } from '../dom/select.js';
import { defineRule, place } from './define-rule.js';

const PAGE = `<h1>标题</h1><div class="entry"><p>第一段正文，讲述事情的经过和原因。</p><p class="promo">欢迎关注我们的频道</p>
  <p>第二段正文，<em class="kw">关键</em>内容在这里，还有更多的说明文字。</p><p>请支持我们的独立报道</p><aside class="pull">引述的话很重要</aside></div>`;
const texts = (rules: Parameters<typeof extractArticle>[1]) => {
  const result = extractArticle(PAGE, rules);
  if (!result.ok) throw new Error(result.error.message);
  return result.article.body.map((b) => b.text);
};

describe('defineRule', () => {
  it('removes by selector', () => {
    expect(texts({ rules: [defineRule({ id: 'promo', remove: '.promo' })] })).not.toContain('欢迎关注我们的频道');
  });

  it('drops blocks by phrase or bounded pattern, up to maxChars', () => {
    const rule = defineRule({ id: 'appeal', dropBlocks: ['请支持我们', /^欢迎关注/u], maxChars: 50 });
    expect(texts({ rules: [rule] })).toEqual(['第一段正文，讲述事情的经过和原因。', '第二段正文，关键内容在这里，还有更多的说明文字。', '引述的话很重要']);
  });

  it('keeps what a keep rule protects from later removal', () => {
    const kill = defineRule({ id: 'kill-aside', remove: 'aside' });
    expect(texts({ rules: [kill] })).not.toContain('引述的话很重要');
    expect(texts({ rules: [defineRule({ id: 'keep-pull', keep: 'aside.pull' }), kill] })).toContain('引述的话很重要');
  });

  it('unwraps, and rewrites nodes with a function', () => {
    const rewrite = defineRule({
      id: 'mark-keywords',
      rewrite: { selector: 'em.kw', with: (el) => { el.attribs['data-seen'] = attr(el, 'class'); el.children.forEach((c) => { if (c.type === 'text') c.data = `【${c.data}】`; }); } },
    });
    expect(texts({ rules: [rewrite] })).toContain('第二段正文，【关键】内容在这里，还有更多的说明文字。');
    expect(() => texts({ rules: [defineRule({ id: 'u', unwrap: 'div.entry' })] })).not.toThrow();
  });

  it('runs before or after a named built-in step', () => {
    const seen: string[] = [];
    const spy = (id: string) => defineRule({ id, rewrite: { selector: 'ins', with: () => seen.push(id) } });
    extractArticle(`${PAGE}<ins class="adsbygoogle"></ins>`, { rules: [{ ...spy('before'), before: 'removeAds' }, { ...spy('after'), after: 'removeAds' }] });
    expect(seen).toEqual(['before']);
  });

  it('throws at definition time with the bad value and the fix', () => {
    expect(() => defineRule({ id: 'x' })).toThrow(/has no action; give exactly one of/u);
    expect(() => defineRule({ id: 'x', remove: '.a', unwrap: '.b' })).toThrow(/2 actions \(remove, unwrap\); split it/u);
    expect(() => defineRule({ id: 'x', remove: 'div[' })).toThrow(/invalid CSS selector "div\["/u);
    expect(() => defineRule({ id: 'bad id!', remove: '.a' })).toThrow(/got id "bad id!"/u);
    // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-super-linear-move, regexp/no-misleading-capturing-group -- the catastrophic pattern defineRule must refuse
    expect(() => defineRule({ id: 'x', dropBlocks: [/(a+)+$/u] })).toThrow(/nests quantifiers/u);
    expect(() => defineRule({ id: 'x', dropBlocks: [/a/gu] })).toThrow(/g or y flag/u);
    expect(() => defineRule({ id: 'x', remove: '.a', before: 'a', after: 'b' })).toThrow(/more than one of before, after and at/u);
    expect(() => extractArticle(PAGE, { rules: [defineRule({ id: 'x', remove: '.a', before: 'removeAd' })] })).toThrow(/names step "removeAd", which is not in the pipeline \(did you mean "removeAds"\?\); use one of: removeMarkdownLines, extractOriginalUrl, extractPageMeta/u);
  });

  it('refuses patterns that can backtrack exponentially, saying why and how to rewrite them', () => {
    const refusal = (pattern: RegExp): string => {
      try {
        defineRule({ id: 'x', dropBlocks: ['phrase', pattern] });
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        return (error as Error).message;
      }
      return 'accepted';
    };
    /* eslint-disable regexp/no-super-linear-backtracking, regexp/no-super-linear-move, regexp/no-misleading-capturing-group, regexp/no-dupe-disjunctions, regexp/prefer-character-class -- the risky patterns defineRule must refuse */
    const branches = [/^([^x]|[^y])*广告$/u, /(a|aa)*b/u, /(\d|\d\d)+$/u, /(.|\s)*x/u, /(?:[a-z]|\w)+$/u, /^(\p{Script=Han}|\p{Script=Han})*广告$/u, /(a|a)*$/u];
    // The last two are bounded all through, yet split a 41-letter word too many ways to finish.
    const nested = [/(a+)+$/u, /(a*)*$/u, /(\w+\s?)*$/u, /^(([a-z])+.)+[A-Z]([a-z])+$/u, /(?:\S{1,8}\s?)+$/u, /^(?:[A-Za-z]{1,16}\s?){1,16}$/u, /^(?:\d{1,5}\.?){2,9}$/u];
    /* eslint-enable regexp/no-super-linear-backtracking, regexp/no-super-linear-move, regexp/no-misleading-capturing-group, regexp/no-dupe-disjunctions, regexp/prefer-character-class */
    for (const pattern of branches) {
      const message = refusal(pattern);
      expect(message, String(pattern)).toContain(`defineRule("x").dropBlocks[1] (${String(pattern)}) repeats (`);
      expect(message, String(pattern)).toMatch(/whose branches \(or optional parts\) can match the same text.*catastrophic backtracking\)\. Rewrite it with branches that cannot match the same text/u);
    }
    for (const pattern of nested) expect(refusal(pattern), String(pattern)).toMatch(/\) nests quantifiers in \(.*can split the same text.*Rewrite it so each run of text is matched one way only/u);
    // The } of \p{…} is not a quantifier: two identical branches are the reason, not nesting.
    const hanTwice = refusal(branches[5]!);
    expect(hanTwice).toContain('repeats (\\p{Script=Han}|\\p{Script=Han})*, whose branches');
    expect(hanTwice).not.toContain('nests');
  });

  it('refuses unbounded repeats in a row that can take the same text, and accepts them apart or two at most', () => {
    // a*a*a*a*a*a*b did not finish on 300 a's; four [\s\S]* took 2.9 s on one 300-character block.
    // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-super-linear-move, regexp/optimal-quantifier-concatenation -- the chains defineRule must refuse
    for (const pattern of [/a*a*a*a*a*a*b/u, /^[\s\S]*[\s\S]*[\s\S]*[\s\S]*x$/u, /\d+\s*\d+\s*\d+/u]) {
      expect(() => defineRule({ id: 'x', dropBlocks: [pattern] }), String(pattern)).toThrow(/has unbounded repeats in a row that can take the same text \(.+ … .+ … .+\), so matching a long block can try n\^3 ways or more and hang/u);
    }
    // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-super-linear-move, regexp/optimal-quantifier-concatenation -- two in a row cost n^2: allowed
    for (const pattern of [/^\s*责任编辑\s*[:：]\s*\S+$/u, /a*a*b/u, /^\d+[:：]\d+[:：]\d+$/u]) expect(() => defineRule({ id: 'x', dropBlocks: [pattern] }), String(pattern)).not.toThrow();
  });

  it('accepts ordinary phrase patterns, bounded repeats and repeats that match a text one way', () => {
    const accepted = [
      // eslint-disable-next-line regexp/no-useless-character-class -- as a user wrote it
      /^(\p{Script=Han}{2,4})广告$/u, /^[\p{Script=Han}]+广告$/u, /^欢迎(?:关注|訂閱)/u, /(?:本文|文章)仅代表作者/u, /^\s*(?:[#＃]|标签)\s*$/u,
      /责任编辑[:：]\s*\S{1,8}$/u, /^\u{5e7f}+告$/u, /^(?:\p{Script=Han}{2})+$/u, /^(?:[，,、\s]+(?:1080p|720p))*$/u, /^(?:打印|分享|[|｜\s])+$/u,
    ];
    for (const pattern of accepted) expect(() => defineRule({ id: 'x', dropBlocks: [pattern] }), String(pattern)).not.toThrow();
  });

  it('places any step with place()', () => {
    const rule = place(removeAds({ slots: [{ id: 'promo', selector: '.promo', reason: 'promo' }] }), { after: 'removeNonContent' });
    expect(() => extractArticle(PAGE, { rules: [rule] })).toThrow(/step name "removeAds" appears twice/u);
    expect(() => place({} as never)).toThrow(/needs a step/u);
  });
});
