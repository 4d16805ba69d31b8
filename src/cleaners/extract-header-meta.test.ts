import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { extractHeaderMeta } from './extract-header-meta.js';
import { extractPageMeta } from './extract-page-meta.js';

const run = (html: string) => pipe(extractHeaderMeta()).run(`<!DOCTYPE html><html><body>${html}</body></html>`, { family: 'html-page' });

describe('extractHeaderMeta', () => {
  it('reads the date and byline printed in spans under the headline (新京报)', () => {
    const result = run('<h1>标题</h1><div><span class="reporter"><em>新京报记者</em> 王佳宁</span><span>编辑 张磊</span><div class="timer">2025-01-16 10:21:37</div></div><div id="content"><p>新京报讯（记者王佳宁）1月15日，记者获悉。</p></div>');
    expect(result.found.dates).toEqual([{ value: '2025-01-16T10:21:37', source: 'text', raw: '2025-01-16 10:21:37' }]);
    expect(result.found.authors).toEqual([{ value: '王佳宁', source: 'byline' }]);
    expect(result.found.editors).toEqual([{ value: '张磊', source: 'byline' }]);
  });

  it('reads a date line with a 来源 after it, and a credits block whose labels sit in their own elements (人民网, 報導者)', () => {
    const people = run('<h1>标题</h1><div class="box01"><div class="fl">2024年05月20日05:36 | 来源：<a href="/">人民网－人民日报</a></div></div><p>正文，开始。</p>');
    expect(people.found.dates).toEqual([{ value: '2024-05-20T05:36:00', source: 'text', raw: '2024年05月20日05:36' }]);
    const reporter = run('<h1>标题</h1><div>2023/11/8</div><div><div><span>文字</span><a>蔡宛真</a>、<a>黃品睿</a></div><div><span>攝影</span><a>吳柏緯</a></div><div><span>設計</span><a>江家瑜</a></div></div><article><p>清晨5點，他說。</p></article>');
    expect(reporter.found.dates.map((d) => d.value)).toEqual(['2023-11-08']);
    expect(reporter.found.authors.map((a) => a.value)).toEqual(['蔡宛真', '黃品睿']);
  });

  it('stops at the story: a date or name inside it is not the header\'s', () => {
    const result = run('<h1>标题</h1><p>他说，这件事发生在很久以前。</p><p>2019年7月20日</p><p>记者 张三</p>');
    expect(result.found.dates).toEqual([]);
    expect(result.found.authors).toEqual([]);
  });

  it('passes over a standfirst in its own block under the headline, once (FT中文网)', () => {
    const page = '<h1>标题</h1><div class="story-lead">欧美关税壁垒之下，东南亚正成为中国车企海外扩张的“第二战场”。</div><div><span>更新于2024年5月20日 06:32</span><span>英国《金融时报》 乔纳森·怀尔德 曼谷报道</span></div><p>正文。</p>';
    const result = run(page);
    expect(result.found.dates.map((d) => d.value)).toEqual(['2024-05-20T06:32:00']);
    expect(result.found.authors.map((a) => a.value)).toEqual(['乔纳森·怀尔德']);
    // Two such blocks are the story.
    expect(run(page.replace('<div><span>更新于', '<div>他说，这是第二段。</div><div><span>更新于')).found.dates).toEqual([]);
  });

  it('reads nothing on a page without a headline, or a date beside other words', () => {
    expect(run('<div>2024-05-20 14:32</div><p>正文。</p>').found.dates).toEqual([]);
    expect(run('<h1>标题</h1><div>1999年7月20日的那场镇压</div>').found.dates).toEqual([]);
  });

  it('reads a row of spans span by span, and a byline that lists its names with ，(观察者网, 多维, 关键评论网, 财新)', () => {
    const row = run('<h1>标题</h1><div class="time"><span>2025-02-18 21:47:36</span><span>字号：<a>A-</a><a>A+</a></span><span>来源：观察者网</span></div><p>正文，开始。</p>');
    expect(row.found.dates.map((d) => d.value)).toEqual(['2025-02-18T21:47:36']);
    const labelled = run('<h1>标题</h1><div><span>发布时间：2024-11-08 06:15</span><span>（5小时前）</span><span>更新时间：2024-11-08 09:40</span></div><p>正文。</p>');
    expect(labelled.found.dates.map((d) => d.value)).toEqual(['2024-11-08T06:15:00']);
    const named = run('<h1>标题</h1><div><a>林承翰</a><span>2024/08/29</span><span><a>教育</a></span></div><p>正文。</p>');
    expect(named.found.dates.map((d) => d.value)).toEqual(['2024-08-29']);
    const listed = run('<h1>标题</h1><div class="artInfo">文｜财新 王梓涵，陈一鸣<span>2024年06月13日 19:08</span></div><p>正文，开始。</p>');
    expect(listed.found.authors.map((a) => a.value)).toEqual(['王梓涵', '陈一鸣']);
    expect(listed.found.dates.map((d) => d.value)).toEqual(['2024-06-13T19:08:00']);
    // A short line with a comma that is not a labelled byline is the story: the header ends there.
    expect(run('<h1>标题</h1><p>他说，记者 张三</p><p>记者 李四</p>').found.authors).toEqual([]);
  });

  it('reads past a lead image\'s caption, 发布于 and 臺北時間 labels, and one credit per element (round 5)', () => {
    const captioned = run('<h1>标题</h1><figure><img src="a.jpg"><figcaption>黑面琵鷺覓食。（攝影／周子翔）</figcaption></figure><ul><li><span>撰文：</span><a>羅以晴</a></li><li><span>攝影：</span><a>周子翔</a></li></ul><p>發布時間：2024.05.20 14:32 臺北時間</p><p>更新時間：2024.05.21 10:05 臺北時間</p><p>正文。</p>');
    expect(captioned.found.authors.map((a) => a.value)).toEqual(['羅以晴']);
    expect(captioned.found.dates.map((d) => d.value)).toEqual(['2024-05-20T14:32:00+08:00']);
    const infzm = run('<h1>标题</h1><div><span>南方周末记者 刘怡然</span><span>南方周末实习生 邓可欣</span></div><div><span>发布于：2024-03-07 18:02</span></div><p>正文。</p>');
    expect(infzm.found.authors.map((a) => a.value)).toEqual(['刘怡然', '邓可欣']);
    expect(infzm.found.dates.map((d) => d.value)).toEqual(['2024-03-07T18:02:00']);
  });

  it('reads a header\'s yearless MM-DD hh:mm only when the URL or metadata names that day (round 5)', () => {
    const html = '<h1>标题</h1><div><span>国内</span><span>06-18 14:32</span><span>浏览量 5.3K</span></div><p>正文。</p>';
    const dated = pipe(extractHeaderMeta()).run(`<!DOCTYPE html><html><body>${html}</body></html>`, { family: 'html-page', url: 'https://www.sinchew.com.my/news/20250618/nation/6543210' });
    expect(dated.found.dates.map((d) => d.value)).toEqual(['2025-06-18T14:32:00']);
    expect(run(html).found.dates).toEqual([]);
  });

  it('takes an <h3> printing the page\'s title as the headline when there is no <h1> (环球网)', () => {
    const html = `<!DOCTYPE html><html><head><meta property="og:title" content="日本拟修订海洋废弃物处理法"></head><body>
      <div><h3>日本拟修订海洋废弃物处理法</h3><div><p class="time">2024-05-20 15:19</p><span>来源：环球网</span></div></div>
      <h3>热门推荐</h3><p>2020-01-01 10:00</p>
      <article><p>据日本共同社5月20日报道，日本环境省正在研拟修订。</p></article></body></html>`;
    const result = pipe(extractPageMeta(), extractHeaderMeta()).run(html, { family: 'html-page' });
    expect(result.found.dates.map((d) => d.value)).toEqual(['2024-05-20T15:19:00']);
    // No title, no headline: nothing is read.
    expect(pipe(extractPageMeta(), extractHeaderMeta()).run(html.replace(/<head>.*<\/head>/su, '<head></head>'), { family: 'html-page' }).found.dates).toEqual([]);
  });

  it('takes the headline from a text that is the page\'s title, in no heading element, and reads a bracketed dateline line under it (博讯, 上观新闻; round 9)', () => {
    const head = (title: string) => `<!DOCTYPE html><html><head><meta property="og:title" content="${title}"></head><body>`;
    const boxun = `${head('郑州一在建楼盘数十名农民工讨薪')}<table><tr><td align="center"><font size="5"><b>郑州一在建楼盘数十名农民工讨薪</b></font></td></tr>
      <tr><td align="center"><font color="#666666">(博讯北京时间2025年1月14日 来稿)</font></td></tr><tr><td>　　1月13日上午，数十名农民工拉起横幅，要求结清工资。</td></tr></table></body></html>`;
    expect(pipe(extractPageMeta(), extractHeaderMeta()).run(boxun, { family: 'html-page' }).found.dates.map((d) => d.value)).toEqual(['2025-01-14']);
    const shobserver = `${head('今年上海将新增100家社区长者食堂')}<div class="news-title">今年上海将新增100家社区长者食堂</div>
      <div class="news-info"><span>来源：解放日报</span> <span>作者：顾一鸣</span> <span>2025-03-18 06:32</span> <span>3.2万</span></div><div><p>今年起，上海将新增100家社区长者食堂。</p></div></body></html>`;
    const result = pipe(extractPageMeta(), extractHeaderMeta()).run(shobserver, { family: 'html-page' });
    expect(result.found.dates.map((d) => d.value)).toEqual(['2025-03-18T06:32:00']);
    expect(result.found.authors.map((a) => a.value)).toEqual(['顾一鸣']);
    // A bracketed line with other words is not a dateline.
    expect(pipe(extractPageMeta(), extractHeaderMeta()).run(boxun.replace('来稿', '来稿，欢迎转发'), { family: 'html-page' }).found.dates).toEqual([]);
  });

  it('reads the date of a header row of byline, date and source apart only by spaces (中国新闻周刊, round 10)', () => {
    const result = run('<h1>县域医共体推进一年</h1><div class="editor">作者：沈一鸣      2024-12-16 09:03:21      来源：中国新闻周刊</div><div><p>今年以来，各地推进县域医共体建设。</p></div>');
    expect(result.found.dates.map((d) => d.value)).toEqual(['2024-12-16T09:03:21']);
  });

  it('reads a label and the name in the element after it, past a channel link, but not an organisation\'s credit (商業周刊, 三联; round 11)', () => {
    const bw = run('<h1>缺工潮延燒服務業</h1><div class="row"><span>撰文者：<a href="/author/7851">陳雅婷</a></span><span><a href="https://www.businessweekly.com.tw/channel/headline">商周頭條</a></span><span>2024.10.22</span></div><div><p>晚上七點，台中市一家火鍋店座無虛席。</p></div>');
    expect(bw.found.authors.map((a) => a.value)).toEqual(['陳雅婷']);
    const cdt = run('<h1>标题</h1><div><span>2024年3月6日</span> <span class="byline">作者 <a href="/author/cdt/">CDT编辑</a></span></div><div><p>正文第一句。</p></div>');
    expect(cdt.found.authors).toEqual([]);
  });
});
