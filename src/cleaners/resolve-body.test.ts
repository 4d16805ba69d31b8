import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { resolveBody } from './resolve-body.js';

const PAGE = `<html><head><title>标题</title></head><body>
  <div class="nav"><a href="/">首页</a> | <a href="/world">国际</a> | <a href="/china">中国</a></div>
  <div class="main">
    <div class="content">
      <p>北京时间周五，中俄两国领导人举行视频会晤，双方就双边关系、乌克兰局势等问题交换了意见。</p>
      <p>分析人士认为，在西方制裁下，俄罗斯对中国的经济依赖正在加深，而北京则试图在两者之间保持平衡。</p>
      <p>会谈结束后，双方发表了联合声明，表示将继续深化全面战略协作伙伴关系。</p>
    </div>
    <div class="sidebar"><a href="/a">热门文章一</a><a href="/b">热门文章二</a><a href="/c">热门文章三</a></div>
  </div>
  <div class="footer">版权所有 © 2022 示例新闻网</div>
</body></html>`;

describe('resolveBody', () => {
  it('finds the article container on a full page by Chinese punctuation and length', () => {
    const result = pipe(resolveBody(), normalizeWhitespace()).run(PAGE, { family: 'html-page' });
    expect(result.blocks.map((b) => b.text)).toEqual([
      '北京时间周五，中俄两国领导人举行视频会晤，双方就双边关系、乌克兰局势等问题交换了意见。',
      '分析人士认为，在西方制裁下，俄罗斯对中国的经济依赖正在加深，而北京则试图在两者之间保持平衡。',
      '会谈结束后，双方发表了联合声明，表示将继续深化全面战略协作伙伴关系。',
    ]);
  });

  it('uses a profile\'s selector, and reports a fallback when it matches nothing', () => {
    const chosen = pipe(resolveBody({ selector: 'div.sidebar' })).run(PAGE);
    expect(chosen.blocks.map((b) => b.text)).toEqual(['热门文章一热门文章二热门文章三']);
    const missing = pipe(resolveBody({ selector: 'div.article-body' })).run(PAGE, { family: 'html-page' });
    expect(missing.issues.map((i) => i.code)).toEqual(['fallback-body']);
    expect(missing.blocks).toHaveLength(3);
  });

  it('leaves a page with no paragraph worth the name whole', () => {
    expect(pipe(resolveBody()).run('<p>一</p><div><p>二</p></div>', { family: 'html-fragment' }).blocks).toHaveLength(2);
  });

  it('keeps the span of top-level paragraphs when the page itself is the container', () => {
    const fragment = `<div class="promo">免费下载 <a href="/app">新闻客户端</a></div>
      <p>北京时间周五，中俄两国领导人举行视频会晤，双方就双边关系、乌克兰局势等问题交换了意见。</p>
      <p>他说：“好。”</p>
      <p>分析人士认为，在西方制裁下，俄罗斯对中国的经济依赖正在加深，而北京则试图在两者之间保持平衡。</p>
      手机上长按并复制下列链接分享本文章<br/><a href="https://example.org/x">https://example.org/x</a>`;
    const result = pipe(resolveBody(), normalizeWhitespace()).run(fragment, { family: 'markdown-mirror' });
    expect(result.blocks.map((b) => b.text)).toEqual([
      '北京时间周五，中俄两国领导人举行视频会晤，双方就双边关系、乌克兰局势等问题交换了意见。',
      '他说：“好。”',
      '分析人士认为，在西方制裁下，俄罗斯对中国的经济依赖正在加深，而北京则试图在两者之间保持平衡。',
    ]);
  });

  it('runs only on the families it is given', () => {
    const fullOnly = pipe(resolveBody({ families: ['html-page'] }));
    expect(fullOnly.run(PAGE, { family: 'markdown-mirror' }).blocks.length).toBeGreaterThan(3);
    expect(fullOnly.run(PAGE, { family: 'html-page' }).blocks).toHaveLength(3);
  });

  it('keeps nothing of a teaser list, and says why', () => {
    const item = (n: number) => `<li><h3><a href="/a${n}.htm">第${n}条新闻的标题在这里</a></h3><p>国务院总理李强在政府工作报告中将今年经济增长目标定在5%左右，与去年持平……</p></li>`;
    const result = pipe(resolveBody()).run(`<ul class="list">${[1, 2, 3, 4].map(item).join('')}</ul>`, { family: 'html-page', explain: true });
    expect(result.blocks).toEqual([]);
    expect(result.trace[0]?.reason).toBe('a list of 4 linked teasers (an index or tag page), not an article');
  });
});
