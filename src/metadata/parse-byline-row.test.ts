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
});
