import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { toBlocks } from './to-blocks.js';
import { deepTree } from '../../test/support/deep-tree.js';

const blocks = (html: string) => pipe(toBlocks(), normalizeWhitespace()).run(html).blocks;
/** Each block's kind and text. */
const kinds = (html: string) => blocks(html).map((b) => [b.kind, b.text]);

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

  it('reads a bold question or a line closing a quoted word as a subheading, a bold statement or a whole quotation not (corpus audit)', () => {
    expect(kinds(`<p><strong>红统区政府为何谢绝外援？</strong></p><p>正文。</p>
      <p><strong>习仲勋曾被折磨得“精神失常”</strong></p><p>正文。</p>
      <p><b>渊冰厚三尺，素雪覆千里。我心如松柏，君情复何似？</b></p>
      <p><b>◇黑龙江610：“先关着，等岁数够了再判。”</b></p>
      <p><b>“黯黯阴霾杀不用刀”</b></p>
      <p><b>抹掉了唐山算得了什么！</b></p><p>甲。</p><p>乙。</p><p>丙。</p><p>丁。</p>`).slice(0, 8)).toEqual([
      ['heading', '红统区政府为何谢绝外援？'],
      ['paragraph', '正文。'],
      ['heading', '习仲勋曾被折磨得“精神失常”'],
      ['paragraph', '正文。'],
      ['paragraph', '渊冰厚三尺，素雪覆千里。我心如松柏，君情复何似？'],
      ['paragraph', '◇黑龙江610：“先关着，等岁数够了再判。”'],
      ['paragraph', '“黯黯阴霾杀不用刀”'],
      ['paragraph', '抹掉了唐山算得了什么！'],
    ]);
  });

  it('reads a bold line naming a participant as a paragraph, not a subheading (rfa zhongguotoushi/panel-11042019122251)', () => {
    expect(kinds('<p><strong>座谈人：胡平先生</strong></p><p>中共四中全会在北京举行。</p><p><strong>一、背景：久拖不开的四中全会</strong></p>')).toEqual([
      ['paragraph', '座谈人：胡平先生'],
      ['paragraph', '中共四中全会在北京举行。'],
      ['heading', '一、背景：久拖不开的四中全会'],
    ]);
  });

  it('reads a verse set in one bold element as paragraphs, a two-line bold subheading as headings (ntdtv prog647/a102919768)', () => {
    expect(kinds('<p><strong>‘受奴役者放声歌唱<br>怒吼出苦难的心声<br>王侯贵族被投入牢狱<br>无头的狂徒，祈祷吧<br>末日即将到来’”。</strong></p>')).toEqual([
      ['paragraph', '‘受奴役者放声歌唱'],
      ['paragraph', '怒吼出苦难的心声'],
      ['paragraph', '王侯贵族被投入牢狱'],
      ['paragraph', '无头的狂徒，祈祷吧'],
      ['paragraph', '末日即将到来’”。'],
    ]);
    expect(kinds('<p><strong>虚假开发区虚假工业园区<br>从上到下假的不可药救</strong></p><p>正文。</p>')).toEqual([
      ['heading', '虚假开发区虚假工业园区'],
      ['heading', '从上到下假的不可药救'],
      ['paragraph', '正文。'],
    ]);
    expect(kinds('<p><b>前言很长的一段。<br>一、美国反习，东南海才得以和平<br>正文。</b></p>')).toEqual([
      ['paragraph', '前言很长的一段。'],
      ['heading', '一、美国反习，东南海才得以和平'],
      ['paragraph', '正文。'],
    ]);
  });

  it('reads no subheading from bold lines on a page set mostly in bold (a transcript, rfa jkdv-08272020115453)', () => {
    expect(kinds(`<p><b>崔：你是受过高等教育的人，你应该知道。</b></p><p><b>颜：你说完了没有？</b></p>
      <p><b>崔：你说！</b></p><p><b>颜：政法机关说我涉什么案？</b></p><p>（录音完）</p>`)).toEqual([
      ['paragraph', '崔：你是受过高等教育的人，你应该知道。'],
      ['paragraph', '颜：你说完了没有？'],
      ['paragraph', '崔：你说！'],
      ['paragraph', '颜：政法机关说我涉什么案？'],
      ['paragraph', '（录音完）'],
    ]);
  });
});
