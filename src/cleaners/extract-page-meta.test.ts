import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { extractPageMeta, stripSiteName } from './extract-page-meta.js';

describe('extractPageMeta', () => {
  it('takes no date from the <time> of an embedded social post, and reads on to the article\'s own (希望之声 soh3/243629)', () => {
    const post = '<blockquote class="instagram-media"><div><p><a href="https://www.instagram.com/p/BQstpGMBCT7/">啾 (@xiaoyi76) 分享的帖子</a> · '
      + '<time datetime="2017-02-19T15:43:58+00:00">2017-02-19，7:43 PST</time></p></div></blockquote>';
    const dates = (body: string) => pipe(extractPageMeta()).run(`<html><body>${body}</body></html>`).found.dates.map((d) => `${d.source} ${d.value}`);
    expect(dates(`<p>【希望之声2020年7月5日】皇帝为什么要迎娶一个身患怪疾的女子？</p>${post}`)).toEqual([]);
    expect(dates(`${post}<time datetime="2020-07-05T08:00:00+08:00">2020年7月5日</time>`)).toEqual(['time-element 2020-07-05T08:00:00+08:00']);
  });

  it('restates a UTC <time datetime> at the offset its printed text shows, the same instant (雅虎)', () => {
    const time = (datetime: string, text: string) => pipe(extractPageMeta()).run(`<html><body><time datetime="${datetime}">${text}</time></body></html>`).found.dates.map((d) => d.value);
    expect(time('2024-06-12T06:32:15.000Z', '2024年6月12日 週三 下午2:32')).toEqual(['2024-06-12T14:32:15+08:00']);
    // Printed in UTC, printed without a time, or not UTC: as it is.
    expect(time('2024-06-12T06:32:15.000Z', '2024年6月12日 06:32')).toEqual(['2024-06-12T06:32:15+00:00']);
    expect(time('2024-06-12T06:32:15.000Z', '2024年6月12日')).toEqual(['2024-06-12T06:32:15+00:00']);
    expect(time('2024-06-12T14:32:15+08:00', '下午2:32')).toEqual(['2024-06-12T14:32:15+08:00']);
  });

  it("reads the edition date of a 方正 e-paper page from its properties comment (澳門日報)", () => {
    const page = (date: string) => `<html><head><title>X</title><!--enpproperty <articleid>1658432</articleid><date>${date}</date><author></author>--></head><body><p>正文。</p></body></html>`;
    expect(pipe(extractPageMeta()).run(page('2024-11-05 00:00:00:0')).found.dates.map((d) => d.value)).toEqual(['2024-11-05']);
    expect(pipe(extractPageMeta()).run(page('2024-11-05 09:30:00:0')).found.dates.map((d) => d.value)).toEqual(['2024-11-05T09:30:00']);
    // Another comment that names a date is no article property.
    expect(pipe(extractPageMeta()).run('<html><head><!-- <date>2024-11-05 00:00:00:0</date> --></head><body></body></html>').found.dates).toEqual([]);
  });

  it('reads OpenGraph, canonical, article dates, JSON-LD and <h1>', () => {
    const result = pipe(extractPageMeta()).run(`<html><head>
      <title>普习视频会谈 | 大纪元</title>
      <meta property="og:title" content="普习视频会谈 俄乌战考验中俄伙伴关系">
      <link rel="canonical" href="https://www.epochtimes.com/gb/22/12/30/n13895357.htm">
      <meta property="article:published_time" content="2022-12-30T21:05:00+08:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"普习视频会谈","datePublished":"2022-12-30T08:05:00-05:00","author":[{"@type":"Person","name":"李言"}],"publisher":{"name":"大纪元"}}]}</script>
      </head><body><h1>普习视频会谈</h1><time datetime="2022-12-30">12月30日</time></body></html>`);
    expect(result.found.title).toEqual({ value: '普习视频会谈', source: 'json-ld' });
    expect(result.found.url).toEqual({ value: 'https://www.epochtimes.com/gb/22/12/30/n13895357.htm', source: 'meta' });
    expect(result.found.dates.map((d) => [d.source, d.value])).toEqual([
      ['meta', '2022-12-30T21:05:00+08:00'],
      ['json-ld', '2022-12-30T08:05:00-05:00'],
      ['time-element', '2022-12-30'],
    ]);
    expect(result.found.meta).toEqual({ author: '李言', site: '大纪元' });
  });

  it('takes a fragment\'s first <h2> as the title only when nothing better is there', () => {
    expect(pipe(extractPageMeta()).run('<h2>外媒传普京向习近平求援遇冷</h2><div><h2>相关新闻</h2></div>').found.title).toEqual({ value: '外媒传普京向习近平求援遇冷', source: 'fallback' });
    expect(pipe(extractPageMeta()).run('<h1>标题</h1><h2>小标题</h2>').found.title?.value).toBe('标题');
    expect(pipe(extractPageMeta()).run('<title>标题 | 大纪元</title><h2>热门新闻</h2>').found.title?.value).toBe('标题');
  });

  it('reads the article from a JSON-LD graph, not the WebPage around it, and no organisation as author', () => {
    const result = pipe(extractPageMeta()).run(`<script type="application/ld+json">{"@graph":[
      {"@type":"WebPage","@id":"https://www.ntdtv.com/gb/a.html#webpage","name":"标题 | 新唐人电视台"},
      {"@type":"NewsArticle","headline":"标题","mainEntityOfPage":{"@id":"https://www.ntdtv.com/gb/a.html#webpage"},"author":{"@type":"NewsMediaOrganization","name":"BBC News 中文"}}]}</script>`);
    expect(result.found.title).toEqual({ value: '标题', source: 'json-ld' });
    expect(result.found.url).toEqual({ value: 'https://www.ntdtv.com/gb/a.html', source: 'json-ld' });
    expect(result.found.meta['author']).toBeUndefined();
  });

  it('takes the <h1> over a metadata title that is the headline with decoration', () => {
    const cna = pipe(extractPageMeta()).run('<meta property="og:title" content="國防預算增7.2% | 兩岸 | 中央社 CNA"><h1><span>國防預算增7.2%</span></h1>');
    expect(cna.found.title).toEqual({ value: '國防預算增7.2%', source: 'text' });
    const logo = pipe(extractPageMeta()).run('<meta property="og:title" content="普习视频会谈 | 大纪元"><h1>大纪元</h1>');
    expect(logo.found.title?.value).toBe('普习视频会谈');
  });

  it('strips the page\'s own site name (og:site_name) from a metadata title, and reads cXense\'s author (台灣醒報, 8视界; round 10)', () => {
    const result = pipe(extractPageMeta()).run(`<html><head><meta property="og:site_name" content="台灣醒報 Awakening News Networks">
      <meta property="og:title" content="青年租屋補貼加碼 每月最高補8千元 - 台灣醒報 Awakening News Networks"><meta name="cXenseParse:author" content="林佳慧"></head><body></body></html>`);
    expect(result.found.title).toEqual({ value: '青年租屋補貼加碼 每月最高補8千元', source: 'meta' });
    expect(result.found.meta['author']).toBe('林佳慧');
    // A title that only ends with the same words, with no separator before them, is left alone.
    const whole = pipe(extractPageMeta()).run('<html><head><meta property="og:site_name" content="醒報"><meta property="og:title" content="台灣醒報"></head></html>');
    expect(whole.found.title).toEqual({ value: '台灣醒報', source: 'meta' });
  });

  it('ignores broken JSON-LD', () => {
    expect(() => pipe(extractPageMeta()).run('<script type="application/ld+json">{not json</script>')).not.toThrow();
  });
});

describe('stripSiteName', () => {
  it.each([
    ['普习视频会谈 | 大纪元', '普习视频会谈'],
    ['中国经济放缓-美国之音', '中国经济放缓'],
    ['标题 - BBC News 中文', '标题'],
    ['没有网站名的标题', '没有网站名的标题'],
    ['兩會觀察：增長目標的難題｜端傳媒 Initium Media', '兩會觀察：增長目標的難題'],
    ['专栏 | 不同的声音：宁做沉默公鸡', '专栏 | 不同的声音：宁做沉默公鸡'],
    ['APEC峰会开幕 | APEC', 'APEC峰会开幕 | APEC'],
    // The site name first (澳門日報's edition pages).
    ['澳門日報 - 輕軌東線首段完成隧道貫通', '輕軌東線首段完成隧道貫通'],
    ['黑雨｜天文台改發紅雨警告', '黑雨｜天文台改發紅雨警告'],
    // A double hyphen (博讯).
    ['郑州一在建楼盘数十名农民工讨薪 -- 博讯新闻网', '郑州一在建楼盘数十名农民工讨薪'],
    // A channel between headline and site name (大众网).
    ['黄河口监测到东方白鹳繁殖巢263个 创历史新高_山东频道_大众网', '黄河口监测到东方白鹳繁殖巢263个 创历史新高'],
    ['央视新开体育频道', '央视新开体育频道'],
  ])('%s', (title, expected) => expect(stripSiteName(title)).toBe(expected));

  it('keeps the offset the page states in its modified time', () => {
    const result = pipe(extractPageMeta()).run('<html><head><meta property="article:modified_time" content="2024-11-08T09:40:00+08:00"></head><body></body></html>');
    expect(result.found.meta['offset']).toBe('+08:00');
    expect(result.found.dates).toEqual([]);
  });
});
