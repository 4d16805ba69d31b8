import { describe, expect, it } from 'vitest';
import { createExtractor } from './create-extractor.js';

const story = '<p>广东省人力资源和社会保障厅公布十条措施，对首次在广东就业的港澳青年给予最高6万元的生活补贴，并将其纳入公共租赁住房保障范围。</p>'.repeat(3);
const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body><h1>广东出台十条措施吸引港澳青年</h1><div><span>发布时间：2024-11-08 06:15</span></div><article>${story}</article></body></html>`;

describe('buildArticle: the published date', () => {
  it('gives a header time the UTC offset the same page states for its own times', () => {
    const extractor = createExtractor({ sites: [] });
    expect(extractor.extractOrThrow(page('<meta property="article:modified_time" content="2024-11-08T09:40:00+08:00">')).published).toBe('2024-11-08T06:15:00+08:00');
    // No offset stated anywhere on the page: none is made up.
    expect(extractor.extractOrThrow(page('')).published).toBe('2024-11-08T06:15:00');
  });

  it("gives a header time the zone of the page's country-code domain, or of its registry outlet", () => {
    const canonical = (url: string) => page(`<link rel="canonical" href="${url}">`);
    const extractor = createExtractor({ sites: [] });
    expect(extractor.extractOrThrow(canonical('https://news.example.com.hk/a/1.html')).published).toBe('2024-11-08T06:15:00+08:00');
    expect(createExtractor({ sites: [], url: 'https://www.example.com.tw/a/1' }).extractOrThrow(page('')).published).toBe('2024-11-08T06:15:00+08:00');
    expect(extractor.extractOrThrow(canonical('https://www.cna.com.tw/news/1.aspx')).published).toBe('2024-11-08T06:15:00+08:00');
    // A generic domain says nothing of where the page is written; nor does its language.
    expect(extractor.extractOrThrow(canonical('https://www.example.com/a/1.html')).published).toBe('2024-11-08T06:15:00');
    expect(extractor.extractOrThrow(canonical('https://www.ntdtv.com/gb/2024/11/08/a1.html')).published).toBe('2024-11-08T06:15:00');
  });

  it('gives a header time the zone of a registry outlet on a generic domain (搜狐, 东网, 日经中文网)', () => {
    const canonical = (url: string) => page(`<link rel="canonical" href="${url}">`);
    const extractor = createExtractor({ sites: [] });
    expect(extractor.extractOrThrow(canonical('https://www.sohu.com/a/782345678_116237')).published).toBe('2024-11-08T06:15:00+08:00');
    expect(extractor.extractOrThrow(canonical('https://hk.on.cc/hk/bkn/cnt/news/20241108/a.html')).published).toBe('2024-11-08T06:15:00+08:00');
    expect(extractor.extractOrThrow(canonical('https://cn.nikkei.com/industry/56789-2024-11-08.html')).published).toBe('2024-11-08T06:15:00+09:00');
  });

  it('gives a header time Beijing time when the page prints a mainland ICP number, and only then', () => {
    const footer = (text: string) => page('').replace('</body>', `<div class="footer">${text}</div></body>`);
    const extractor = createExtractor({ sites: [] });
    expect(extractor.extractOrThrow(footer('Copyright © 2025 鲁ICP备09023866号')).published).toBe('2024-11-08T06:15:00+08:00');
    expect(extractor.extractOrThrow(footer('京ICP证090880号 京公网安备11010502000001号')).published).toBe('2024-11-08T06:15:00+08:00');
    expect(extractor.extractOrThrow(footer('ICP备案查询')).published).toBe('2024-11-08T06:15:00');
  });

  it("restates a UTC metadata time at the page's known local offset, the same instant", () => {
    const html = page('<meta property="article:published_time" content="2024-11-07T22:15:00Z"><link rel="canonical" href="https://www.example.com.my/a/1">').replace('发布时间：2024-11-08 06:15', '');
    expect(createExtractor({ sites: [] }).extractOrThrow(html).published).toBe('2024-11-08T06:15:00+08:00');
    // With no local zone known, UTC stays UTC.
    expect(createExtractor({ sites: [] }).extractOrThrow(html.replace('example.com.my', 'example.com')).published).toMatch(/^2024-11-07T22:15:00(?:Z|\+00:00)$/u);
  });
});

describe('buildArticle: authors', () => {
  it('drops a name glued to what followed it when the page also credits it alone (鏡新聞, 商業周刊; round 11)', () => {
    const html = `<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"張育瑋"},{"@type":"Person","name":"林書帆"}]}</script></head>
      <body><h1>北市明年試辦延長托育</h1><div class="credits"><span>記者</span><a href="/author/a">張育瑋</a><a href="/author/b">林書帆</a></div>
      <article>${story}</article></body></html>`;
    expect(createExtractor({ sites: [] }).extractOrThrow(html).authors).toEqual(['張育瑋', '林書帆']);
    // Two people whose names share a start are both kept.
    const pair = `<!DOCTYPE html><html><body><h1>标题</h1><article>${story}<p>记者 王伟 王伟明</p></article></body></html>`;
    expect(createExtractor({ sites: [] }).extractOrThrow(pair).authors).toEqual(['王伟', '王伟明']);
  });

  it('does not take a meta author the page credits as its editor (央视网)', () => {
    const html = `<!DOCTYPE html><html><head><meta name="author" content="曹晓蓓"></head><body><h1>农村公路建设提速</h1>
      <div id="wrap"><div id="content">${story}</div><div class="zebian"><p><span>编辑：曹晓蓓</span>　<span>责任编辑：吕志刚</span></p></div></div></body></html>`;
    const article = createExtractor({ sites: [] }).extractOrThrow(html);
    expect(article.authors).toEqual([]);
    expect(article.editors).toEqual(['曹晓蓓', '吕志刚']);
    // Credited as nothing else, the meta author stays the author.
    expect(createExtractor({ sites: [] }).extractOrThrow(html.replace('编辑：曹晓蓓', '编辑：王五')).authors).toEqual(['曹晓蓓']);
  });
});

describe('buildArticle: the title', () => {
  const mirror = (title: string) => `<html><head><title>${title}</title></head><body><article>${story}</article></body></html>`;

  it("takes off every marker at a title's end, the outlet's and the mirror's (p1/945146, p6/936540, p3/943138)", () => {
    const extractor = createExtractor({ sites: [] });
    expect(extractor.extractOrThrow(mirror('武汉“鬼节”街头烧纸钱 亲人痛断肠（视频）(图)')).title).toBe('武汉“鬼节”街头烧纸钱 亲人痛断肠');
    expect(extractor.extractOrThrow(mirror('美国的保守主义保守在哪里(图)(图)')).title).toBe('美国的保守主义保守在哪里');
    expect(extractor.extractOrThrow(mirror('野餐时黑熊突靠近！5人反应“超淡定”(图/视频)')).title).toBe('野餐时黑熊突靠近！5人反应“超淡定”');
    // A bracket that is part of the headline stays.
    expect(extractor.extractOrThrow(mirror('章天亮之简明中国通史（1）三皇五帝')).title).toBe('章天亮之简明中国通史（1）三皇五帝');
  });
});
