import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { normalizeContentsList } from './normalize-contents-list.js';
import { unwrapLinks } from './unwrap-links.js';

const run = (html: string) => pipe(normalizeContentsList(), unwrapLinks(), normalizeWhitespace()).run(html, { explain: true });
const blocks = (html: string) => run(html).blocks.map(({ kind, text, items }) => (items === undefined ? { kind, text } : { kind, text, items }));

describe('normalizeContentsList', () => {
  it('makes 大纪元\'s key-point list of bold in-page links one list, not a subheading per line (nsc418/n12406359)', () => {
    const html = '<h4>要点：</h4><p> <strong> <ok href="#_Toc2020091606"> 卫生部长测试阴性 爱尔兰政府结束恐慌 </ok> </strong> <br/> <strong> <ok href="#_Toc2020091605"> 研究：病毒12月或已进美国 </ok> </strong> <br/> <strong> <ok href="#_Toc2020091604"> 巴西报告新增逾36,000病例 </ok> </strong></p><p>根据约翰·霍普金斯大学的数据。</p>';
    expect(blocks(html)).toEqual([
      { kind: 'heading', text: '要点：' },
      { kind: 'list', text: '卫生部长测试阴性 爱尔兰政府结束恐慌\n研究：病毒12月或已进美国\n巴西报告新增逾36,000病例', items: ['卫生部长测试阴性 爱尔兰政府结束恐慌', '研究：病毒12月或已进美国', '巴西报告新增逾36,000病例'] },
      { kind: 'paragraph', text: '根据约翰·霍普金斯大学的数据。' },
    ]);
    expect(run(html).trace).toContainEqual(expect.objectContaining({ kind: 'changed', step: 'normalizeContentsList' }));
  });

  it('makes a chapter\'s contents of plain in-page links a list (nsc422/n10432159)', () => {
    const html = '<p><ok href="#_Toc515219966">引言</ok><br/><ok href="#_Toc515219967">1. 东方──暴力反神、排神</ok><br/><ok href="#_Toc515219968">1）苏俄暴力毁灭正教</ok></p>';
    expect(blocks(html)).toEqual([{ kind: 'list', text: '引言\n1. 东方──暴力反神、排神\n1）苏俄暴力毁灭正教', items: ['引言', '1. 东方──暴力反神、排神', '1）苏俄暴力毁灭正教'] }]);
  });

  it('leaves paragraphs with text, outside links, or fewer than three entries', () => {
    const two = '<p><a href="#a">甲</a><br/><a href="#b">乙</a></p>';
    expect(blocks(two).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    const outside = '<p><a href="https://a.com/1">甲</a><br/><a href="https://a.com/2">乙</a><br/><a href="https://a.com/3">丙</a></p>';
    expect(blocks(outside).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    const text = '<p>见<a href="#a">甲</a>、<a href="#b">乙</a>和<a href="#c">丙</a>。</p>';
    expect(blocks(text)).toEqual([{ kind: 'paragraph', text: '见甲、乙和丙。' }]);
  });
});
