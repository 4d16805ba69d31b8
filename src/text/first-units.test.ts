import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PHRASES } from '../rules/phrases.js';
import { firstUnits, requiredUnits } from './first-units.js';

const chars = (units: Set<number> | null): string | null => (units === null ? null : [...units].map((u) => String.fromCharCode(u)).sort().join(''));

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
