import { describe, expect, it } from 'vitest';
import { sourceNoteAuthors } from './parse-source-note.js';

describe('sourceNoteAuthors', () => {
  it('reads the book author before a book title, shortest name first when a work word follows (看中国 p8, 希望之声)', () => {
    // p8/945891: a transliterated name with its English name in brackets.
    expect(sourceNoteAuthors('本文整理、节录自大卫．艾波斯坦（David Epstein）《跨能致胜：颠覆一万小时打造天才的迷思，最适用于AI世代的成功法》一书，文章仅代表作者个人立场和观点。')).toEqual(['大卫．艾波斯坦']);
    // p8/942788.
    expect(sourceNoteAuthors('本文整理、节录自李洞宰《下班后1小时的极速学习攻略》一书，文章仅代表作者个人立场和观点。由采实文化授权转载，欲阅读完整作品，欢迎参考原书。')).toEqual(['李洞宰']);
    expect(sourceNoteAuthors('(本栏目文章选自刘明山编著《孔子》，内容仅代表作者的观点或立场。)')).toEqual(['刘明山']);
  });

  it('reads a named original author and the writer whose own page the piece was taken from', () => {
    // soh4/305039.
    expect(sourceNoteAuthors('(本文素材取自看中国，原作者夏闻。文章仅代表作者个人立场和观点)')).toEqual(['夏闻']);
    expect(sourceNoteAuthors('（文章授权转载自香港中文大学facebook颜纯钩作者专页）')).toEqual(['颜纯钩']);
    // The platform word after the name is not the name.
    expect(sourceNoteAuthors('（文章由作者授权转载自颜纯钩facebook脸书专页）')).toEqual(['颜纯钩']);
  });

  it('names nobody where the note names no person', () => {
    expect(sourceNoteAuthors('（本栏目文章选自各大新闻媒体与中文网站，内容不代表希望之声的观点或立场。文章版权归属原作者，如有侵权，请联系我们删除。）')).toEqual([]);
    expect(sourceNoteAuthors('（文章授权转载自《民报》。原文链接）')).toEqual([]);
    // A corporate author joined by a box-drawing dash is not a person's name.
    expect(sourceNoteAuthors('本文整理、节录自南丁格尔─科南特集团《实现财务自由的被动收入计划》一书')).toEqual([]);
  });
});
