import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { removeRelated } from './remove-related.js';

describe('removeRelated', () => {
  it('moves bannedbook op-related-articles into related', () => {
    const result = pipe(removeRelated()).run(`<p>正文</p><ul class='op-related-articles' title='相关阅读'>
      <li><a href='https://www.bannedbook.org/bnews/a.html'>普京恼火习近平？<b>中俄关系</b>空前紧张</a></li></ul>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文']);
    expect(result.found.related).toEqual([{ text: '普京恼火习近平？中俄关系空前紧张', href: 'https://www.bannedbook.org/bnews/a.html' }]);
  });

  it('removes a list introduced by a 相关新闻 heading, and an inline 相关视频 line', () => {
    const result = pipe(removeRelated()).run(`<p>正文</p><h3>相关新闻</h3><ul><li><a href="/a">甲</a></li></ul>
      <p><strong>相关视频：<ok href="https://www.ntdtv.com/gb/2020/09/30/a1.html">乙</ok></strong></p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文']);
    expect(result.found.related.map((l) => l.text)).toEqual(['甲', '乙']);
  });

  it('removes 看中国\'s 本文相关阅读： and 点击延伸阅读： labels with their links (p4/945092, p6/937469)', () => {
    const result = pipe(removeRelated()).run(`<p>正文。</p><p>本文相关阅读：</p>
      <p>《<span href="https://www.secretchina.com/news/gb/2020/08/29/944506.html">1776和1789 两场相反的革命对立至今</span>》<br>《<span href="https://www.secretchina.com/news/gb/2020/08/31/944616.html">未逝的1917</span>》</p>
      <p>点击延伸阅读：<span href="https://www.secretchina.com/news/gb/2020/03/06/924898.html">《七七抗战 蒋介石英勇赴前线》</span></p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(result.found.related.map((l) => l.text)).toEqual(['1776和1789 两场相反的革命对立至今', '未逝的1917', '《七七抗战 蒋介石英勇赴前线》']);
    // A story paragraph that starts with the lead words stays.
    expect(pipe(removeRelated()).run('<p>本文相关的史料，多见于《史记》。</p>').blocks).toHaveLength(1);
  });

  it('removes 希望之声\'s 点听节目： label with the programme it links (soh3/361960)', () => {
    const result = pipe(removeRelated()).run(`<p>正文。</p><p><strong>点听节目：</strong></p>
      <p><ok href="https://www.soundofhope.org/post/109694"><strong>【弦歌雅乐】所谓伊人，在水一方 -- 蒹葭</strong></ok></p><p>后文。</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。', '后文。']);
    expect(result.found.related).toEqual([{ text: '【弦歌雅乐】所谓伊人，在水一方 -- 蒹葭', href: 'https://www.soundofhope.org/post/109694' }]);
  });

  it('keeps 希望之声\'s 上一篇/下一篇 links to a series\' other parts in related (soh4/310448, soh4/310454)', () => {
    const result = pipe(removeRelated()).run(`<p>正文。</p><p>上一篇：<ok href="http://www.soundofhope.org/gb/2019/09/26/n3097175.html">章天亮之简明中国通史（2）夏朝和商朝</ok></p>
      <p>下一篇：<ok href="http://www.soundofhope.org/gb/2019/10/03/n3097184.html">章天亮之简明中国通史（3）西周</ok></p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(result.found.related).toEqual([
      { text: '章天亮之简明中国通史（2）夏朝和商朝', href: 'http://www.soundofhope.org/gb/2019/09/26/n3097175.html' },
      { text: '章天亮之简明中国通史（3）西周', href: 'http://www.soundofhope.org/gb/2019/10/03/n3097184.html' },
    ]);
    expect(pipe(removeRelated()).run('<p>上一篇文章里我们讲到了夏朝。</p>').blocks).toHaveLength(1);
  });

  it('keeps a paragraph that merely starts like a heading', () => {
    const result = pipe(removeRelated()).run('<p>相关部门表示，调查仍在进行。</p>');
    expect(result.blocks).toHaveLength(1);
  });

  it('removes a ★更多X報導 label with its linked-headline paragraphs and a bracketed （相關報導：…） line (round 5)', () => {
    const result = pipe(removeRelated()).run(`<p>正文。</p><p>（相關報導： <a href="/a">甲</a>｜<a href="/b">乙</a>）</p><p>後文。</p>
      <p>★更多三立新聞網報導</p><p><a href="/c">丙</a></p><p><a href="/d">丁</a></p><p>更多新聞請下載App</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。', '後文。', '更多新聞請下載App']);
    expect(result.found.related.map((l) => l.text)).toEqual(['甲', '乙', '丙', '丁']);
  });

  it('takes every linked headline after a label, in <strong> and as the mirrors\' <span href>, and after a label holding the first link (看中国)', () => {
    const headline = (href: string, text: string) => `<p><strong><span href="${href}">${text}</span></strong></p>`;
    const result = pipe(removeRelated()).run(
      `<p>正文。</p><p><strong>相关新闻：<span href="https://www.secretchina.com/a.html">甲</span></strong></p>${headline('https://www.secretchina.com/b.html', '乙')}${headline('https://www.secretchina.com/c.html', '丙')}<p>后文，<span href="/d">丁</span>在句中。</p>` +
        `<p><strong>相关新闻</strong>：</p><p><span href="https://www.secretchina.com/e.html">戊</span></p><p><span href="https://www.secretchina.com/f.html">己</span></p><p>结尾。</p>`,
    );
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。', '后文，丁在句中。', '结尾。']);
    expect(result.found.related.map((l) => l.text)).toEqual(['甲', '乙', '丙', '戊', '己']);
  });

  it('keeps a story paragraph after a related label that links inside a sentence', () => {
    const result = pipe(removeRelated()).run('<p>相关阅读：</p><p><a href="/a">甲</a></p><p>他说<a href="/b">乙</a>很好。</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['他说乙很好。']);
  });

  it('takes a related list written as <br> lines of links after its heading (TVBS)', () => {
    const result = pipe(removeRelated()).run('<div>正文。<br><strong>延伸閱讀</strong><br><a href="/a">新北公車票價也要漲</a><br><a href="/b">悠遊卡新制上路</a><br></div>');
    expect(result.found.related.map((r) => r.text)).toEqual(['新北公車票價也要漲', '悠遊卡新制上路']);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
  });
});
