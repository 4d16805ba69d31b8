/**
 * The measures behind `npm run quality`.
 */
import { describe, expect, it } from 'vitest';
import { bodyScore, bylineNames, sameAuthors, sameDay, sameTitle } from '../scripts/quality-metrics.js';

describe('quality measures', () => {
  it('score bodies by character bigrams, whitespace removed, as multisets', () => {
    expect(bodyScore('他说 ：好。', '他说：好。')).toEqual({ precision: 1, recall: 1, f1: 1 });
    const half = bodyScore('甲乙丙', '甲乙丙丁戊');
    expect(half.precision).toBe(1);
    expect(half.recall).toBe(0.5);
    // A paragraph kept twice costs precision.
    expect(bodyScore('甲乙甲乙', '甲乙').precision).toBeCloseTo(1 / 3);
    expect(bodyScore(null, '甲乙')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('compare titles, days and author sets', () => {
    expect(sameTitle('标题 甲', '标题甲')).toBe(true);
    expect(sameTitle('标题 | 大纪元', '标题')).toBe(false);
    expect(sameDay('2024-03-06T08:15:22-05:00', '2024-03-06')).toBe(true);
    expect(sameDay(null, null)).toBe(true);
    expect(sameAuthors(['李辰', '林妍'], ['林妍', '李辰'])).toBe(true);
    expect(sameAuthors(bylineNames('记者张三报导'), ['张三'])).toBe(false);
    expect(bylineNames('张三、李四')).toEqual(['张三', '李四']);
  });
});
