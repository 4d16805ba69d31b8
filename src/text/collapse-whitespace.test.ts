import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './collapse-whitespace.js';

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
  ])('%s', (_name, raw, expected) => {
    expect(collapseWhitespace(raw)).toBe(expected);
  });
});
