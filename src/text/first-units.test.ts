import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PHRASES } from '../rules/phrases.js';
import { firstUnits, requiredPairs, requiredUnits } from './first-units.js';

const chars = (units: Set<number> | null): string | null => (units === null ? null : [...units].map((u) => String.fromCharCode(u)).sort().join(''));
/** Pairs as their two characters, sorted and joined by spaces. */
const pairs = (keys: Set<number> | null): string | null =>
  keys === null ? null : [...keys].map((k) => String.fromCharCode(Math.floor(k / 0x10000), k % 0x10000)).sort().join(' ');
/** Whether a text holds one of the pairs as adjacent units. */
const holdsPair = (text: string, keys: Set<number>): boolean => {
  for (let i = 1; i < text.length; i++) if (keys.has(text.charCodeAt(i - 1) * 0x10000 + text.charCodeAt(i))) return true;
  return false;
};

describe('firstUnits', () => {
  it('reads literals, alternatives, optional atoms, classes and groups', () => {
    expect(chars(firstUnits('版权所有'))).toBe('版');
    expect(chars(firstUnits(/^(?:本文|本頁)(?:网址|網址)[:：]/u))).toBe('本');
    expect(chars(firstUnits(/^[（(]?本文/u))).toBe('(本（');
    expect(chars(firstUnits(/a?b|(?:xx)?y|z{0,2}w/u))).toBe('abwxyz');
    expect(chars(firstUnits(/[a-c\d]/u))).toBe('0123456789abc');
    expect(chars(firstUnits(/(?<name>q)r/u))).toBe('q');
    expect(chars(firstUnits(/\u{41}|\u0042/u))).toBe('AB');
    expect(chars(firstUnits(/😀?z/u))).toBe(['z', '\ud83d'].sort().join(''));
  });

  it('adds the other case, and the units that fold to s and k, under the i flag', () => {
    expect(chars(firstUnits(/sk/iu))).toBe(['S', 's', '\u017f'].sort().join(''));
  });

  it('gives up (null) where a match could start with anything, or where the pattern keeps state', () => {
    for (const pattern of [/[^a]/u, /a*/u, /$/u, /.x/u, /\p{L}/u, /x/gu, /x/y, '', /(?=a)/u, /(?<!a)(?=b)/u]) expect(firstUnits(pattern)).toBeNull();
  });

  it('reads through lookarounds, which match no text of their own', () => {
    expect(chars(firstUnits(/(?=[a-z]{2})b/u))).toBe('b');
    expect(chars(firstUnits(/(?<!a)b|(?<=x)c/u))).toBe('bc');
    expect(chars(firstUnits(/^更多(?=新闻)|相关(?!x)/u))).toBe('更相'.split('').sort().join(''));
    expect(chars(requiredUnits(/(?=墙)[墙壁]/u))).toBe(['墙', '壁'].sort().join(''));
  });

  it('keys a pattern on a rare unit of each alternative, and only on mandatory parts', () => {
    expect(chars(requiredUnits('不得转载'))).toBe('转');
    expect(chars(requiredUnits(/本文短网址|本文短網址/u))).toBe('短');
    expect(chars(requiredUnits(/(?:下载|下載)\s?APP/iu))).toBe(['载', '載'].sort().join(''));
    expect(chars(requiredUnits(/翻?墙|x/u))).toBe(['墙', 'x'].sort().join(''));
    for (const pattern of [/a?b?/u, /a?/u, /(?:墙x)?b*/u, /[^a]/u, /./u]) expect(requiredUnits(pattern)).toBeNull();
  });

  it('never leaves out a unit a match of a table rule begins with or must hold', () => {
    const rules = BOILERPLATE_PHRASES.map((rule) => ({ rule, units: firstUnits(rule.match) }));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'本文版权所有不得转载（(【诚征荣誉会员】原文链接：相关 \n点阅Ad:视频©1080p720p'.split('')), maxLength: 30 }), (text) => {
        for (const { rule, units } of rules) {
          if (units === null || typeof rule.match === 'string') continue;
          const found = new RegExp(rule.match.source, rule.match.flags.replace('g', '')).exec(text);
          if (found !== null && found[0] !== '') expect(units.has(found[0].charCodeAt(0))).toBe(true);
          const required = requiredUnits(rule.match);
          if (found !== null && required !== null) expect([...found[0]].some((ch) => required.has(ch.charCodeAt(0)) || required.has(ch.charCodeAt(ch.length - 1)))).toBe(true);
        }
      }),
    );
  });
});

describe('requiredPairs', () => {
  it('keys a pattern on a rare pair of adjacent units of each alternative', () => {
    expect(pairs(requiredPairs('不得转载'))).toBe('转载');
    expect(pairs(requiredPairs(/本文短网址|本文短網址/u))).toBe('短網 短网');
    // Inside a group, after an optional class: each alternative's own pair, and the pair after the class.
    expect(pairs(requiredPairs(/(?:本文|评论)[只仅]?代表作者/u))).toBe('代表');
    expect(pairs(requiredPairs(/[:：]版/u))).toBe(':版 ：版');
    // Case-insensitive ASCII pairs stand for every case.
    expect(pairs(requiredPairs(/翻APP/iu))).toBe('翻A 翻a');
  });

  it('has no key for an alternative without two mandatory one-unit terms side by side', () => {
    for (const pattern of [/版权所有|©/u, /a?b/u, /(?:ab)?/u, /a(?=cd)c/u, /^a$/u, /a\b[-b]/u, /(?:a|b)(?:c|d)/u, /😀z/u, /a\sb/u, /[^a]b/u, /a.b/u, 'x'])
      expect(requiredPairs(pattern), String(pattern)).toBeNull();
  });

  it('never leaves out the pair a match of a table rule holds', () => {
    const rules = BOILERPLATE_PHRASES.flatMap((rule) => {
      const keys = requiredPairs(rule.match);
      return keys === null || typeof rule.match === 'string' ? [] : [{ pattern: new RegExp(rule.match.source, rule.match.flags), keys }];
    });
    expect(rules.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'本文代表作者观点仅不欢迎订阅点赞按击版权转载禁止严未经授原创翻墙网站直播络新闻唐纪元加入下载APPapp：:（(【】 \n©'.split('')), maxLength: 30 }), (text) => {
        for (const { pattern, keys } of rules) {
          const found = pattern.exec(text);
          if (found !== null) expect(holdsPair(found[0], keys), `${pattern} on ${text}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    // And on the table's own examples: the blocks the step's tests drop hold their rule's pair.
    const examples = ['文章只代表作者的观点。', '请订阅我们的频道', '欢迎订阅', '不得转载', '未经授权，不得转载', '翻墙必看', '网络收看方式：', '下载大纪元APP'];
    for (const text of examples) for (const { pattern, keys } of rules) if (pattern.test(text)) expect(holdsPair(text, keys), `${pattern} on ${text}`).toBe(true);
  });
});
