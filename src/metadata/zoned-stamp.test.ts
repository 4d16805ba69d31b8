import { describe, expect, it } from 'vitest';
import { parseZonedStamp } from './zoned-stamp.js';

describe('parseZonedStamp', () => {
  it('reads a date and time with a zone abbreviation before or after the time (香港電台)', () => {
    expect(parseZonedStamp('2024-10-08 HKT 12:03')).toBe('2024-10-08T12:03:00+08:00');
    expect(parseZonedStamp(' 2024/10/8 9:05 HKT ')).toBe('2024-10-08T09:05:00+08:00');
    expect(parseZonedStamp('2024-10-08 12:03 GMT')).toBe('2024-10-08T12:03:00+00:00');
  });

  it('reads nothing without a zone, with an ambiguous one, or with other words on the line', () => {
    expect(parseZonedStamp('2024-10-08 12:03')).toBeNull();
    expect(parseZonedStamp('2024-10-08 12:03 CST')).toBeNull();
    expect(parseZonedStamp('更新 2024-10-08 HKT 12:03 點擊')).toBeNull();
    expect(parseZonedStamp('2024-13-08 HKT 12:03')).toBeNull();
  });
});
