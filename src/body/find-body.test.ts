import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { findBody } from './find-body.js';

const P = (n: number) => `<p>第${n}段：北京时间周五，中俄两国领导人举行视频会晤，双方就双边关系、乌克兰局势等问题交换了意见。</p>`;
const ids = (html: string): string[] => {
  const found = findBody(parseDocument(html));
  if (found === null || found.kind !== 'body') return [String(found?.kind ?? null)];
  return [...found.keep].map((e: Element) => e.attribs['id'] ?? e.name);
};

describe('findBody', () => {
  it('prefers the article to a comment section with more text', () => {
    const comments = [1, 2, 3, 4, 5, 6].map((n) => `<li class="comment"><div class="comment-content">${P(n)}</div></li>`).join('');
    expect(ids(`<div id="main"><div id="body">${P(1)}${P(2)}${P(3)}</div><ol id="comments" class="comment-list">${comments}</ol></div>`)).toEqual(['body']);
  });

  it('keeps the lead image and player above the body and the tag box below it, through a wrapper', () => {
    const page = `<div id="col">
      <h1>标题</h1><div id="info">2024-03-06 08:15</div>
      <div id="video"><iframe src="https://www.youtube.com/embed/x"></iframe></div>
      <div id="wrap"><div id="text">${P(1)}${P(2)}${P(3)}</div></div>
      <div id="tags">标签：<a href="/tag/两会">两会</a> <a href="/tag/访民">访民</a></div>
      <div id="related"><h3>相关新闻</h3><ul><li><a href="/a">甲新闻</a></li></ul></div>
    </div><div id="sidebar"><ol><li><a href="/b">乙新闻</a></li></ol></div>`;
    expect(ids(page).sort()).toEqual(['tags', 'text', 'video']);
  });

  it('keeps the dateline printed in a row of its own above the text', () => {
    const page = `<table><tr id="title"><td>专家：中国经济数据水分大</td></tr><tr id="date"><td>【<a href="/gb/">大纪元</a>6月5日讯】</td></tr><tr><td id="text">${P(1)}<br><br>${P(2)}</td></tr></table>`;
    expect(ids(page).sort()).toEqual(['date', 'text']);
  });

  it('does not take the title block beside the body for an intro', () => {
    const page = `<article><header id="head"><h1>兩會觀察：增長目標背後的難題</h1><p>地方債、房地產與消費疲弱，北京能否守住增長目標？</p></header><div id="text">${P(1)}${P(2)}</div></article>`;
    expect(ids(page)).toEqual(['text']);
  });

  it('calls a run of linked headlines with excerpts a teaser list', () => {
    const item = (n: number) => `<div class="one_post"><div class="title"><a href="/a${n}.htm">第${n}条新闻的标题在这里</a></div><div class="excerpt">中共十四届全国人大二次会议周二在北京开幕，国务院总理李强在政府工作报告中将今年经济增长目标定在5%左右……</div></div>`;
    expect(findBody(parseDocument(`<div class="posts">${[1, 2, 3, 4, 5].map(item).join('')}</div>`))).toEqual({ kind: 'teasers', items: 5 });
    // Paragraphs with a link inside a sentence are an article, however many there are.
    const linked = [1, 2, 3, 4, 5].map((n) => `<p>第${n}段：北京时间周五，<a href="/tag/${n}">中俄两国</a>领导人举行视频会晤，双方交换了意见。</p>`).join('');
    expect(findBody(parseDocument(`<div id="body">${linked}</div>`))?.kind).toBe('body');
  });

  it('judges a page of short lines by its lines', () => {
    const poem = ['沧桑向人间', '中天几回圆', '历劫涅盘生', '飞镜挂高寒'].map((l) => `<p>${l}</p>`).join('');
    expect(ids(`<div id="nav"><a href="/">首页</a></div><div id="poem">${poem}</div>`)).toEqual(['poem']);
  });

  it('keeps a row of byline and date above the body, not a row of other words with a date', () => {
    const page = (info: string) => `<div id="main"><div class="news_title"><h1>标题</h1></div><div id="info">${info}</div><div id="text">${P(1)}${P(2)}${P(3)}</div><div id="share"><a href="/s">分享</a></div></div>`;
    expect(ids(page('<span class="author">民報 / 記者 陳俊廷</span><span class="date">2024-03-06 16:20</span>'))).toEqual(['text', 'info']);
    expect(ids(page('2024-03-06 来源：新华网 浏览次数：123'))).toEqual(['text']);
  });

  it('keeps a time stamp row with its zone right below the body (香港電台), not one without a zone', () => {
    expect(ids(`<div id="col"><div id="body">${P(1)}${P(2)}${P(3)}</div><div id="stamp">2024-10-08 HKT 12:03</div></div>`)).toEqual(['body', 'stamp']);
    expect(ids(`<div id="col"><div id="body">${P(1)}${P(2)}${P(3)}</div><div id="stamp">2024-10-08 12:03</div></div>`)).toEqual(['body']);
  });

  it('keeps a closing credit row right below the body, not a longer or linked one', () => {
    const credit = '<div id="credit"><p><span>编辑：曹晓蓓</span>　<span>责任编辑：吕志刚</span></p></div>';
    expect(ids(`<div id="col"><div id="body">${P(1)}${P(2)}${P(3)}</div>${credit}</div>`)).toEqual(['body', 'credit']);
    expect(ids(`<div id="col"><div id="body">${P(1)}${P(2)}${P(3)}</div><div id="x"><a href="/e">编辑：曹晓蓓</a></div></div>`)).toEqual(['body']);
  });

  it('takes the other parts of a story split around ad slots, wrappers of the same named kind (8视界, round 10)', () => {
    const part = (id: string, n: number[]) => `<div class="text" id="${id}"><div class="text-long">${n.map(P).join('')}</div></div>`;
    const html = `<article>${part('a', [1, 2])}<div class="advertisement"></div>${part('b', [3, 4, 5, 6])}<div class="share" id="s">${P(7)}</div></article>`;
    expect(ids(html)).toEqual(['b', 'a']);
    // Class-less rows of a layout table are not parts of one story: only the best row's cell is taken.
    const table = `<table><tr><td align="center" id="sub">运建办：目标二〇二六年底前完成主要土建工程，全线预计二〇二八年通车</td></tr><tr><td id="story">${[1, 2, 3, 4].map(P).join('')}</td></tr></table>`;
    expect(ids(table)).not.toContain('sub');
  });

  it('leaves out a summary box beside the story (商業周刊, round 11)', () => {
    const html = `<div><div class="Single-summary" id="sum">${P(9)}</div><div class="Single-article" id="story">${[1, 2, 3, 4].map(P).join('')}</div></div>`;
    expect(ids(html)).toEqual(['story']);
  });
});
