import { describe, expect, it } from 'vitest';
import { collapseWhitespace, isCollapsibleUnit } from './collapse-whitespace.js';

describe('collapseWhitespace', () => {
  it.each([
    ['markup split Chinese text apart', '俄罗斯\n  侵犯\n  乌克兰', '俄罗斯侵犯乌克兰'],
    ['markup split Chinese from digits', '历史迎来\n   2020\n   年。', '历史迎来2020年。'],
    ['markup split Chinese punctuation', '是“\n  获胜\n  ”的', '是“获胜”的'],
    ['markup split Latin words', 'Vladimir\n   Putin', 'Vladimir Putin'],
    ['typed space between Chinese and Latin', '研究员 Maria Shagina，关于', '研究员 Maria Shagina，关于'],
    ['typed space between Chinese words', '求援遇冷 中俄关系现裂痕', '求援遇冷 中俄关系现裂痕'],
    ['runs of typed spaces', '记者 高锋    责编 胡力汉', '记者 高锋 责编 胡力汉'],
    ['no-break and ideographic spaces', '和女人争吵\u3000教你\u00a0如何', '和女人争吵 教你 如何'],
    ['ends trimmed', '\n   【看中国2022年7月24日讯】\n  ', '【看中国2022年7月24日讯】'],
    ['zero-width characters dropped', '中\u200b国\ufeff', '中国'],
    ['curly quote next to Latin keeps its space', 'said\n“Hello”', 'said “Hello”'],
    ['CRLF is a line break', 'Hello\r\n  world', 'Hello world'],
    ['extension-B characters are Han', '𠀀\n 字', '𠀀字'],
    ['empty stays empty', ' \n\t ', ''],
    ['no whitespace: the same text', '俄罗斯侵犯乌克兰', '俄罗斯侵犯乌克兰'],
    ['invisible characters inside the trimmed ends', '\u3000\u200b中国\u00ad\n', '中国'],
    ['runs after the first one inside', ' 中文\n 字 English  words\tand\n  中文 ', '中文字 English words and中文'],
    ['a lone invisible run inside', '\n中\u2060国\n', '中国'],
  ])('%s', (_name, raw, expected) => {
    expect(collapseWhitespace(raw)).toBe(expected);
  });

  it('is idempotent: collapsed text collapses to itself (extractImages reads one figcaption without a second pass)', () => {
    const texts = ['俄罗斯\n  侵犯\n  乌克兰', 'Vladimir\n   Putin', 'said\n“Hello”', '和女人争吵\u3000教你\u00a0如何', 'a\u200b \u200b b', 'a \n\u3000\t b', '中 \n a', '1.\n 2', '(\n a \n)', ' x\u2028y '];
    for (const raw of texts) {
      const once = collapseWhitespace(raw);
      expect(collapseWhitespace(once)).toBe(once);
    }
  });
});

describe('isCollapsibleUnit', () => {
  it('names exactly the units that collapsing and removing the spaces takes out, on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const out = collapseWhitespace(`中${ch}a`).replace(/\s+/gu, '');
      if (out !== (isCollapsibleUnit(c) ? '中a' : `中${ch}a`)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('leaves what collapsed text without its spaces reads as, in mixed runs', () => {
    const units = ['中', 'a', '，', '😀', ' ', '\u3000', '\n', '\t', '\u200b', '\u00a0', '\u0085', '\ufeff', '\u00ad', '\u2028'];
    let seed = 7;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let n = k % 11; n > 0; n--) text += units[(seed = (seed * 1103515245 + 12345) % 2147483648) % units.length];
      const kept = Array.from(text).filter((ch) => ch.length === 2 || !isCollapsibleUnit(ch.charCodeAt(0))).join('');
      expect(kept).toBe(collapseWhitespace(text).replace(/\s+/gu, ''));
    }
  });
});
