import { describe, expect, it } from 'vitest';
import { splitCaption } from './split-caption.js';

describe('splitCaption', () => {
  it.each([
    ['普京与习近平（图：美联社）', { caption: '普京与习近平', credit: '美联社' }],
    ['习近平出席会议（AP Photo/Andy Wong）', { caption: '习近平出席会议', credit: 'AP Photo/Andy Wong' }],
    ['沙哈(AP Photo/Manuel Balce Ceneta)。', { caption: '沙哈。', credit: 'AP Photo/Manuel Balce Ceneta' }],
    ['天安门广场（public domain）', { caption: '天安门广场', credit: 'public domain' }],
    ['青岛居民排队接受检测（路透社图片）', { caption: '青岛居民排队接受检测', credit: '路透社图片' }],
    ['资料图片（大纪元资料室）', { caption: '资料图片', credit: '大纪元资料室' }],
    ['抗议现场（新华社）', { caption: '抗议现场', credit: '新华社' }],
    // After the caption's own sentence, a bracketed name is who supplied the photo.
    ['目前美洲已经有23 个国家和地区受到寨卡病毒（Zika virus）感染。（丁香园）', { caption: '目前美洲已经有23 个国家和地区受到寨卡病毒（Zika virus）感染。', credit: '丁香园' }],
  ])('splits %s', (text, parts) => {
    expect(splitCaption(text)).toEqual(parts);
  });

  it.each([
    // A bracket that is part of the caption's sentence, not after it.
    '世界卫生组织总干事陈冯富珍（右）',
    '受到寨卡病毒（寨卡）感染',
    // After a sentence, but where people stand or what the picture is, not who took it.
    '习近平与普京握手。（右）',
    '两人在会场交谈。（左起）',
    '病毒传播路线。（示意图）',
    // A long aside is an aside.
    '会议现场。（当时会场内外都有大批警察把守，记者无法靠近）',
  ])('leaves %s whole', (text) => {
    expect(splitCaption(text)).toEqual({ caption: text });
  });
});
