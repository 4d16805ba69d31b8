import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropStrayMarks, keywordOf, stripPairedBrackets } from './strip-brackets.js';

describe('stripPairedBrackets', () => {
  it('takes the keyword out of quote marks and title brackets that wrap all of it (希望之声 soh55/397780, 新唐人 prog1699/a102809579)', () => {
    expect(['「监军」', '“翻墙”', '《西游记》', '【帝尧的故事】', '"Tag"', '『 正义 』', '〝六四〞'].map(stripPairedBrackets)).toEqual(['监军', '翻墙', '西游记', '帝尧的故事', 'Tag', '正义', '六四']);
  });

  it('keeps a pair that wraps part of the text, two pairs, an unpaired mark and an empty pair', () => {
    const kept = ['《九评》编辑部', '港版《国安法》', '“零上访”黑幕', '《推背图》与《马前课》', '文化古今】', '弘扬传统文化”征文', '「」', '监军'];
    expect(kept.map(stripPairedBrackets)).toEqual(kept);
  });
});

describe('dropStrayMarks', () => {
  it('drops a quote mark or bracket whose partner the link left outside, and clause punctuation at the ends (希望之声 soh3/409828, soh6/420637; 大纪元 nsc424/n10889849)', () => {
    expect(['文化古今】', '假大空，', '弘扬传统文化”征文', '【共产主义'].map(dropStrayMarks)).toEqual(['文化古今', '假大空', '弘扬传统文化征文', '共产主义']);
  });

  it('keeps pairs the keyword holds whole, and inner punctuation', () => {
    const kept = ['《九评》编辑部', '“零上访”黑幕', '港版《国安法》', '武汉肺炎（中共病毒）', '教师专业角色、价值观及操守', 'U.S.', '"Tag"'];
    expect(kept.map(dropStrayMarks)).toEqual(kept);
  });
});

describe('keywordOf', () => {
  it('is stripPairedBrackets after dropStrayMarks, with plain words returned as they are', () => {
    expect(['「监军」', '假大空，', '中共', 'G7', '“零上访”黑幕', ''].map(keywordOf)).toEqual(['监军', '假大空', '中共', 'G7', '“零上访”黑幕', '']);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'中共欧盟G7ab9Z「」『』“”‘’"〝〞《》〈〉【】〖〗，、；：！？。,;:!? \u3000·-'.split('')), maxLength: 12 }), (text) => {
        expect(keywordOf(text)).toBe(stripPairedBrackets(dropStrayMarks(text)));
      }),
      { numRuns: 5000 },
    );
  });
});
