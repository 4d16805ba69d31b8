import { describe, expect, it } from 'vitest';
import { probeUrls, statedOriginalUrl } from './probe-urls.js';

describe('probeUrls', () => {
  it('finds the canonical link and og:url with their attributes in either order', () => {
    expect(probeUrls('<head><link rel="canonical" href="https://www.voachinese.com/a/1.html"></head>')).toEqual(['https://www.voachinese.com/a/1.html']);
    expect(probeUrls('<head><link href="https://www.voachinese.com/a/2.html" rel="canonical" /></head>')).toEqual(['https://www.voachinese.com/a/2.html']);
    expect(probeUrls("<head><meta content='https://www.bbc.com/zhongwen/3' property='og:url'></head>")).toEqual(['https://www.bbc.com/zhongwen/3']);
    expect(probeUrls('<head><link rel="canonicalx" href="https://a.example/x"><link rel="alternate" href="https://b.example/y"></head>')).toEqual([]);
  });

  it('puts a stated original first', () => {
    const page = '<head><link rel="canonical" href="https://mirror.example/1"></head><p>正文</p>原文地址（需翻墙访问）：https://www.ntdtv.com/gb/2022/07/05/a103471995.html';
    expect(probeUrls(page)).toEqual(['https://www.ntdtv.com/gb/2022/07/05/a103471995.html', 'https://mirror.example/1']);
  });
});

describe('statedOriginalUrl', () => {
  it('leaves off the punctuation that follows the URL', () => {
    expect(statedOriginalUrl('原文链接：https://www.voachinese.com/a/x.html。')).toBe('https://www.voachinese.com/a/x.html');
    expect(statedOriginalUrl('<p>正文</p>')).toBeNull();
  });

  it('takes the page\'s own statement, the last one, past a mention of 原文 that states nothing, and again on the next page', () => {
    const page = '<p>原文如下。引文的原文链接：https://a.example/quoted</p><p>正文</p>原文地址（需翻墙访问）：https://b.example/own';
    expect(statedOriginalUrl(page)).toBe('https://b.example/own');
    expect(statedOriginalUrl(page)).toBe('https://b.example/own');
    expect(statedOriginalUrl('原文網址：https://c.example/1')).toBe('https://c.example/1');
  });
});
