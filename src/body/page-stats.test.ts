import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { measurePage } from './page-stats.js';

const byId = (stats: ReturnType<typeof measurePage>, id: string) => [...stats].find(([n]) => (n as Element).attribs?.['id'] === id)![1];

describe('measurePage', () => {
  const PARA = '北京时间周五，中俄两国领导人举行视频会晤，双方就双边关系、乌克兰局势等问题交换了意见。';

  it('counts characters, Chinese punctuation and link text, and a <p>\'s score goes to its container', () => {
    const stats = measurePage(parseDocument(`<div id="c"><p>${PARA}<a href="/t">中俄</a></p></div>`));
    const c = byId(stats, 'c');
    expect(c).toMatchObject({ chars: 45, linkChars: 2, punct: 4 });
    // 1 + 4 punctuation + one per full 40 characters
    expect(c.score).toBe(6);
  });

  it('measures a paragraph by its own text: inline tags count, nested blocks do not', () => {
    const stats = measurePage(parseDocument(`<div id="c"><strong>北京时间周五</strong>，中俄两国领导人举行视频会晤，双方交换了意见。<div id="n">${PARA}</div></div>`));
    expect(byId(stats, 'c').inline).toBe(29);
    expect(byId(stats, 'n').paragraph).toBe(true);
  });

  it('gives little to paragraphs in comment sections, nothing to captions and boilerplate, and counts short lines apart', () => {
    const stats = measurePage(parseDocument(`<div id="comments"><div id="k"><p>${PARA}</p></div></div>
      <figure><div id="f"><p>${PARA}</p></div><figcaption>2024年3月5日，北京人民大会堂外执勤的警察。（Getty Images）</figcaption></figure>
      <div id="b"><p>【诚征荣誉会员】溪流能够汇成大海，小善可以成就大爱。我们向全球华人诚意征集万名荣誉会员。</p></div>
      <div id="poem"><p>沧桑向人间</p><p>中天几回圆</p></div>`));
    expect(byId(stats, 'k').score).toBeCloseTo(6 * 0.2);
    expect(byId(stats, 'f').score).toBe(6);
    expect(byId(stats, 'b').score).toBe(0);
    expect(byId(stats, 'poem')).toMatchObject({ score: 0, lineScore: 2 });
  });

  it('notes datelines, media and the title heading', () => {
    const stats = measurePage(parseDocument('<div id="d">【<a href="/">大纪元</a>6月5日讯】</div><div id="m"><img src="a.jpg"></div><div id="h"><h1>标题</h1></div>'));
    expect(byId(stats, 'd').dateline).toBe(true);
    expect(byId(stats, 'm').media).toBe(true);
    expect(byId(stats, 'h').heading).toBe(true);
  });
});
