import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeMarkdownFrame } from './remove-markdown-frame.js';

const PAGE = `### 日媒：习近平婉拒普京访俄邀请
------------------------

#### [首页](../../README.md?a103471995)  &nbsp;&nbsp;|&nbsp;&nbsp; [热点推荐](../../indexes/热点推荐.md)

#### [ 🎬 《伪火》- 天安门自焚真相](http://45.76.130.85:10000/videos/blog/index.html)

<div><p>正文一。</p>
#### [ 🔥  禁书下载](https://github.com/gfw-breaker/books/blob/master/README.md)
<p>正文二。</p></div>
<hr/>
手机上长按并复制下列链接或二维码分享本文章：<br/>
https://github.com/begood0513/goodnews/blob/master/pages/prog202/a103471995.md <br/>
<a href='https://github.com/begood0513/goodnews/blob/master/pages/prog202/a103471995.md'><img src='https://cdn.jsdelivr.net/gh/x.png'/></a> <br/>
原文地址（需翻墙访问）：https://www.ntdtv.com/gb/2022/07/05/a103471995.html


------------------------
#### [首页](../../README.md?a103471995)

<img src='http://gfw-breaker.win/goodnews/pages/prog202/a103471995.md' width='0px' height='0px'/>`;

describe('removeMarkdownFrame', () => {
  const result = pipe(removeMarkdownFrame(), normalizeWhitespace()).run(PAGE);

  it('reads the title line and the footer URLs', () => {
    expect(result.found.title).toEqual({ value: '日媒：习近平婉拒普京访俄邀请', source: 'mirror' });
    expect(result.found.url).toEqual({ value: 'https://www.ntdtv.com/gb/2022/07/05/a103471995.html', source: 'mirror' });
    expect(result.found.mirrorUrl).toEqual({ value: 'https://github.com/begood0513/goodnews/blob/master/pages/prog202/a103471995.md', source: 'mirror' });
  });

  it('removes navigation and promo lines, also inside the article, and the whole footer', () => {
    expect(result.blocks.map((b) => b.text)).toEqual(['正文一。', '正文二。']);
  });

  it('finds a footer that starts further from the page\'s end than the tail searched first, and only the last one', () => {
    const footer = '手机上长按并复制下列链接或二维码分享本文章：<br/>https://github.com/a/b/blob/master/x.md<br/>原文链接：https://www.voachinese.com/a/x.html';
    const long = pipe(removeMarkdownFrame()).run(`<p>正文</p>${footer}<p>${'尾'.repeat(5000)}</p>`);
    expect(long.found.url?.value).toBe('https://www.voachinese.com/a/x.html');
    expect(long.blocks.map((b) => b.text)).toEqual(['正文']);
    const twice = pipe(removeMarkdownFrame()).run(`<p>正文</p>手機上長按：https://github.com/a/b/blob/master/old.md<p>${'尾'.repeat(3000)}</p>${footer}`);
    expect(twice.found.mirrorUrl?.value).toBe('https://github.com/a/b/blob/master/x.md');
    expect(twice.blocks.map((b) => b.text)[0]).toBe('正文');
  });

  it('reads 原文链接 too', () => {
    const other = pipe(removeMarkdownFrame()).run('<p>正文</p>手机上长按并复制下列链接或二维码分享本文章：<br/>https://github.com/a/b/blob/master/x.md<br/>原文链接：https://www.voachinese.com/a/x.html');
    expect(other.found.url?.value).toBe('https://www.voachinese.com/a/x.html');
  });
});
