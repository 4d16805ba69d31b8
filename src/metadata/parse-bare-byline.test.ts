import { describe, expect, it } from 'vitest';
import { parseBareByline } from './parse-bare-byline.js';

describe('parseBareByline', () => {
  it('reads a writer named before the kind of piece (希望之声 soh59/368770)', () => {
    expect(parseBareByline('（金镇涛分析评论）')).toMatchObject({ authors: ['金镇涛'], editors: [], outlets: [], rest: '' });
  });

  it('reads the desk\'s own piece, which names no one (希望之声 soh59/382909)', () => {
    expect(parseBareByline('（本台新闻分析）')).toMatchObject({ authors: [], editors: [], roles: [{ name: '本台新闻分析', role: 'desk', kind: 'other' }], rest: '' });
  });

  it('reads a source note that only names the outlet, by one or two of its names (看中国 p4/942551)', () => {
    expect(parseBareByline('（法广RFI）')).toMatchObject({ authors: [], outlets: ['法广'], rest: '' });
    expect(parseBareByline('(中央社)')).toMatchObject({ authors: [], outlets: ['中央社'], rest: '' });
  });

  it('leaves part numbers, notes and words that are not a name before the kind of piece', () => {
    expect(parseBareByline('（一）')).toBeNull();
    expect(parseBareByline('（根据庭审发言整理）')).toBeNull();
    expect(parseBareByline('（学会阶级分析）')).toBeNull();
    expect(parseBareByline('（法广报道了此事）')).toBeNull();
    expect(parseBareByline('法广RFI')).toBeNull();
  });
});
