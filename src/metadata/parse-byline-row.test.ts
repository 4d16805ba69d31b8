import { describe, expect, it } from 'vitest';
import { parseBylineRow } from './parse-byline-row.js';

describe('parseBylineRow', () => {
  it('reads a byline and a date printed together', () => {
    expect(parseBylineRow('民報 / 記者 陳俊廷2024-03-06 16:20')).toMatchObject({ date: { published: '2024-03-06T16:20:00' }, credits: { authors: ['陳俊廷'], outlets: ['民報'] } });
    expect(parseBylineRow('发布时间：2024年3月6日 | 记者 张三')).toMatchObject({ date: { published: '2024-03-06' }, credits: { authors: ['张三'] } });
  });

  it('reads nothing from a date alone, a row with other words, or no date', () => {
    expect(parseBylineRow('2024年3月6日')).toBeNull();
    expect(parseBylineRow('2024-03-06 来源：新华网 浏览次数：123')).toBeNull();
    expect(parseBylineRow('记者 张三')).toBeNull();
    expect(parseBylineRow('1999年7月20日，中共开始镇压法轮功，记者张三在北京目睹了这一切。')).toBeNull();
  });

  it('reads a 发表时间 label (羊城晚报, round 10)', () => {
    expect(parseBylineRow('来源：羊城晚报作者：王佳 刘欣发表时间：2024-11-08 07:35')).toMatchObject({ credits: { authors: ['王佳', '刘欣'] } });
  });

  it('leaves a count of readers after the date out of the byline (上观新闻: 3.2万; round 9)', () => {
    expect(parseBylineRow('来源：解放日报作者：顾一鸣2025-03-18 06:32 3.2万')).toMatchObject({ date: { published: '2025-03-18T06:32:00' }, credits: { authors: ['顾一鸣'], outlets: ['解放日报'] } });
    expect(parseBylineRow('作者：顾一鸣 2025-03-18 06:32 阅读 1234')).toMatchObject({ credits: { authors: ['顾一鸣'] } });
    // Words after the date that are not a count still make it no byline row.
    expect(parseBylineRow('作者：顾一鸣 2025-03-18 06:32 共3人')).toBeNull();
  });
});
