/**
 * Explain mode on a seed page: every piece that did not reach the body is in
 * the trace, with the step, the rule, the reason and a snippet, and every field
 * says where it came from. The expected removals were listed by reading the page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Removal, extractArticle } from '../src/index.js';

const page = readFileSync(new URL('../fixtures/seeds/000_1e12fc86d84c25f9/input.txt', import.meta.url), 'utf8');

describe('explain on seed 000 (bannedbook)', () => {
  const result = extractArticle(page, { explain: true });
  if (!result.ok) throw new Error(result.error.message);
  const trace = result.article.trace ?? [];
  const removals = trace.filter((t): t is Removal => t.kind !== 'field');
  const find = (step: string, rule: string | undefined, snippet: string) =>
    removals.find((t) => t.step === step && t.rule === rule && t.snippet.startsWith(snippet));

  it.each([
    ['rule:bannedbook/title', 'bannedbook/title', '外媒传普京向习近平求援遇冷', 'the title <h2>'],
    ['removeNonContent', undefined, '<!-- 面包屑导航 -->', 'the breadcrumb comment'],
    ['resolveBody', 'resolveBody', '大陆网友注意：本文中的链接除', 'the notice banner'],
    ['resolveBody', 'resolveBody', '备注：翻墙看新闻非常安全', 'the remark paragraph'],
    ['removeAds', 'taboola', '<div id="taboola-mid-1">', 'the Taboola slot'],
    ['removeAds', 'banner-ads', '<div id="archive-pix-1" class="banner-ads">', 'the AuctionX banners'],
    ['removeAds', 'banner-ads', '<div id="archive-pix-2" class="banner-ads">', 'the second banner'],
    ['removeRelated', 'op-related', '普京恼火习近平？中俄关系空前紧张', 'the related-article list'],
    ['removeBoilerplate', 'promo-list', '全平台高速翻墙', 'the texttj promo list'],
    ['extractImages', 'figure', '俄罗斯总统普京与中国国家主席习近平（图：美联社）', 'the figure and its caption'],
    ['rule:bannedbook/remove', 'bannedbook/remove', '<a>', 'the share anchor'],
  ] as const)('%s removed %s (%s: %s)', (step, rule, snippet, _what) => {
    expect(find(step, rule, snippet)).toBeDefined();
  });

  it('lists the dateline and the byline it cut from the first paragraph', () => {
    expect(removals).toContainEqual({ kind: 'changed', step: 'extractDateline', reason: 'dateline header moved to `dateline`', snippet: '【2022年06月08日】' });
    expect(removals).toContainEqual({ kind: 'changed', step: 'extractDateline', reason: 'byline after the dateline moved to `authors`/`editors`', snippet: '（明德网记者田静综合报道）' });
  });

  it('lists every unwrapped tag and keyword link', () => {
    const unwrapped = removals.filter((t) => t.kind === 'unwrapped').map((t) => t.snippet);
    for (const word of ['俄罗斯', '普京', '习近平', '中共', '中俄', '外媒', '北京', '官员', '大陆', '中国', '评论', '希望之声']) expect(unwrapped).toContain(word);
  });

  it('says where each field came from', () => {
    expect(trace.filter((t) => t.kind === 'field')).toEqual([
      { kind: 'field', field: 'title', source: 'profile', value: '外媒传普京向习近平求援遇冷 中俄关系现裂痕' },
      { kind: 'field', field: 'published', source: 'dateline', value: '2022-06-08' },
      { kind: 'field', field: 'outlet', source: 'byline', value: '明德网' },
      { kind: 'field', field: 'authors', source: 'byline', value: '田静' },
    ]);
  });

  it('keeps each step\'s entries together, in pipeline order', () => {
    const steps = removals.map((t) => t.step).filter((s, i, all) => all.indexOf(s) === i);
    expect(steps.indexOf('removeAds')).toBeLessThan(steps.indexOf('extractImages'));
    for (const step of steps) {
      const at = removals.map((t, i) => (t.step === step ? i : -1)).filter((i) => i >= 0);
      expect(at.at(-1)! - at[0]!).toBe(at.length - 1);
    }
  });
});

describe('explain: the whole of a long removal', () => {
  it('carries the full text beside a cut snippet, and no text when the snippet is all of it', () => {
    const appeal = `【诚征荣誉会员】${'溪流能够汇成大海，小善可以成就大爱。'.repeat(8)}`;
    const page = `<h1>标题</h1><p>【大纪元2022年12月30日讯】${'这是一段足够长的正文，用来测试解释模式。'.repeat(3)}</p><p>${appeal}</p><div class="share">分享</div>`;
    const result = extractArticle(page, { explain: true });
    if (!result.ok) throw new Error(result.error.message);
    const trace = result.article.trace!.filter((entry): entry is Removal => entry.kind !== 'field');
    const long = trace.find((entry) => entry.rule === 'membership-appeal')!;
    expect(long.snippet).toHaveLength(80);
    expect(long.snippet.endsWith('…')).toBe(true);
    expect(long.text).toBe(appeal);
    const short = trace.find((entry) => entry.snippet === '分享')!;
    expect(short).not.toHaveProperty('text');
  });
});
