import { describe, expect, it } from 'vitest';
import { detectLang } from './detect-lang.js';

describe('detectLang', () => {
  it('reads Simplified Chinese', () => {
    expect(detectLang('这是一个关于国家经济发展的报道，记者说明了问题。')).toBe('zh-Hans');
  });
  it('reads Traditional Chinese', () => {
    expect(detectLang('這是一個關於國家經濟發展的報導，記者說明了問題。')).toBe('zh-Hant');
  });
  it('says und for text without Chinese', () => {
    expect(detectLang('The quick brown fox')).toBe('und');
  });
  it('says und when the scripts are evenly mixed', () => {
    expect(detectLang('这个国家说 這個國家說')).toBe('und');
  });
  it('says und with too little evidence', () => {
    expect(detectLang('中文')).toBe('und');
  });
  it('stops once one script holds the majority of the most it would count', () => {
    // 240 of at most 400: what follows cannot take the majority away.
    expect(detectLang('这'.repeat(240) + '這'.repeat(300))).toBe('zh-Hans');
    expect(detectLang('這'.repeat(240), '这'.repeat(300))).toBe('zh-Hant');
  });
  it('counts on to 400 while neither script has 240', () => {
    // 239 + 161 are counted: neither holds 60 % of them.
    expect(detectLang('这'.repeat(239) + '這'.repeat(300))).toBe('und');
    expect(detectLang('這'.repeat(239), '这'.repeat(300))).toBe('und');
  });
});
