import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { toBlocks } from './to-blocks.js';
import { deepTree } from '../../test/support/deep-tree.js';

const blocks = (html: string) => pipe(toBlocks(), normalizeWhitespace()).run(html).blocks;

describe('toBlocks', () => {
  it('makes one block per paragraph and splits paragraphs at <br>', () => {
    expect(blocks('<p>第一段。<br /> 第二段。</p><div>第三段。</div>')).toEqual([
      { kind: 'paragraph', text: '第一段。' },
      { kind: 'paragraph', text: '第二段。' },
      { kind: 'paragraph', text: '第三段。' },
    ]);
  });

  it('reads headings, short bold paragraphs as headings, quotes and lists', () => {
    expect(blocks(`<h4>俄乌战考验中俄伙伴关系</h4>
      <p><strong>蓬佩奥：对中共绥靖政策行不通</strong><strong></strong></p>
      <p><b>王怡被重判，公民社会再次遭遇打压之际，历史迎来</b><b>2020</b><b>年。</b></p>
      <blockquote><p>引文</p></blockquote>
      <ul><li>甲</li><li>乙<br>丙</li></ul>`)).toEqual([
      { kind: 'heading', text: '俄乌战考验中俄伙伴关系' },
      { kind: 'heading', text: '蓬佩奥：对中共绥靖政策行不通' },
      { kind: 'paragraph', text: '王怡被重判，公民社会再次遭遇打压之际，历史迎来2020年。' },
      { kind: 'quote', text: '引文' },
      { kind: 'list', text: '甲\n乙 丙', items: ['甲', '乙 丙'] },
    ]);
  });

  it('makes table rows paragraphs with cells separated by a space', () => {
    expect(blocks('<table><tr><td>日期</td><td>事件</td></tr><tr><td>1月</td><td>开会</td></tr></table>')).toEqual([
      { kind: 'paragraph', text: '日期 事件' },
      { kind: 'paragraph', text: '1月 开会' },
    ]);
  });

  it('ignores script-like and media elements and empty paragraphs', () => {
    expect(blocks('<p><img src="a.jpg"></p><p>  </p><p>正文<script>x</script></p>')).toEqual([{ kind: 'paragraph', text: '正文' }]);
  });

  it('converts a page nested 100,000 levels deep', () => {
    const depth = 100_000;
    // Handed in as a tree: the parser would cap the nesting (MAX_DEPTH).
    expect(pipe(toBlocks(), normalizeWhitespace()).run(deepTree('div', depth, '底')).blocks).toEqual([{ kind: 'paragraph', text: '底' }]);
  });

  it('drops the dash attribution closing a pull quote, not a quote of its own (round 5)', () => {
    const out = blocks('<blockquote><p>「漁民其實是最重要的保育夥伴。」</p><p>——台灣黑面琵鷺保育學會研究員 許芳瑜</p></blockquote><blockquote><p>——破折号开头的引文本身</p></blockquote>');
    expect(out.map((b) => [b.kind, b.text])).toEqual([['quote', '「漁民其實是最重要的保育夥伴。」'], ['quote', '——破折号开头的引文本身']]);
  });
});
