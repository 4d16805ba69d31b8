/**
 * parseChineseDate, table-driven. Cases marked with a page were taken from the
 * shared corpus (../shared/corpus/banned-news2/<page>).
 */
import { describe, expect, it } from 'vitest';
import { isValidDate, matchChineseDate, parseChineseDate } from './parse-chinese-date.js';

interface Case {
  readonly text: string;
  readonly published: string | null;
  readonly reference?: string;
  readonly timezone?: string;
  readonly allowDayOnly?: boolean;
  readonly page?: string;
}

const CASES: readonly Case[] = [
  // Year, month, day
  { text: '2022年12月30日', published: '2022-12-30' },
  { text: '2022年7月24日', published: '2022-07-24', page: 'p9/941933.md' },
  { text: '2019 年 10 月 30 日', published: '2019-10-30' },
  { text: '２０２２年１２月３０日', published: '2022-12-30' },
  { text: '二〇二二年十二月三十日', published: '2022-12-30' },
  { text: '二零二二年十二月三十一日', published: '2022-12-31' },
  { text: '一九五七年七月三十日', published: '1957-07-30', page: 'p6/939179.md' },
  { text: '民国111年12月30日', published: '2022-12-30' },
  { text: '民國111年12月30日', published: '2022-12-30' },
  { text: '中華民國109年10月10日', published: '2020-10-10' },
  { text: '2020年2月29日', published: '2020-02-29' },
  { text: '2022年02月08日', published: '2022-02-08' },
  { text: '2022年12月30号', published: '2022-12-30' },
  { text: '2022年12月30號', published: '2022-12-30' },
  { text: '周五（2022年12月30日）举行', published: '2022-12-30' },
  // Numeric forms
  { text: '2022-07-25', published: '2022-07-25' },
  { text: '2022/7/25', published: '2022-07-25' },
  { text: '2022.07.25', published: '2022-07-25' },
  { text: '2022-07-25 21:05', published: '2022-07-25T21:05:00' },
  { text: '2022-07-25T21:05:00+08:00', published: '2022-07-25T21:05:00+08:00' },
  { text: '2022-07-25T13:05:00Z', published: '2022-07-25T13:05:00+00:00' },
  { text: '2022-07-25T21:05:00.123-0500', published: '2022-07-25T21:05:00-05:00' },
  { text: '2022-07-25 21:05', published: '2022-07-25T21:05:00+08:00', timezone: 'Asia/Shanghai' },
  // Times of day
  { text: '2022年12月30日上午10时30分', published: '2022-12-30T10:30:00' },
  { text: '2022年12月30日下午3点', published: '2022-12-30T15:00:00' },
  { text: '2022年12月30日晚上8时', published: '2022-12-30T20:00:00' },
  { text: '2022年12月30日凌晨12点', published: '2022-12-30T00:00:00' },
  { text: '2022年12月30日中午12点', published: '2022-12-30T12:00:00' },
  { text: '2022年12月30日中午1点', published: '2022-12-30T13:00:00' },
  { text: '2022年12月30日 21:05', published: '2022-12-30T21:05:00' },
  { text: '2022年12月30日21：05：09', published: '2022-12-30T21:05:09' },
  { text: '2022年12月30日下午三点二十分', published: '2022-12-30T15:20:00' },
  { text: '2022年12月30日晚间', published: '2022-12-30' },
  { text: '2022年12月30日（周五）上午9时', published: '2022-12-30T09:00:00' },
  // Zones and their offsets (daylight saving time included)
  { text: '北京时间2022年7月5日上午10时', published: '2022-07-05T10:00:00+08:00' },
  { text: '北京時間2022年7月5日上午10時', published: '2022-07-05T10:00:00+08:00' },
  { text: '台北时间2022年12月30日21:05', published: '2022-12-30T21:05:00+08:00' },
  { text: '香港时间2022年12月30日下午4点', published: '2022-12-30T16:00:00+08:00' },
  { text: '美东时间2022年7月4日下午3点', published: '2022-07-04T15:00:00-04:00' },
  { text: '美東時間2022年1月4日下午3點', published: '2022-01-04T15:00:00-05:00' },
  { text: '美西时间2022年7月4日上午9点', published: '2022-07-04T09:00:00-07:00' },
  { text: '北京时间2022年07月05日', published: '2022-07-05' },
  { text: '美东时间6月1日中午12点', published: '2020-06-01T12:00:00-04:00', reference: '2020-06-02', page: 'nsc415/n12262122.md' },
  // Year from the reference
  { text: '十一月十日', published: '2022-11-10', reference: '2022-11-20' },
  { text: '12月30日', published: '2022-12-30', reference: '2023-01-02' },
  { text: '1月2日', published: '2023-01-02', reference: '2022-12-30' },
  { text: '今年8月1日', published: '2022-08-01', reference: '2022-12-30' },
  { text: '去年8月1日', published: '2021-08-01', reference: '2022-12-30' },
  { text: '本月十一日', published: '2020-09-11', reference: '2020-09-15' },
  { text: '上月30日', published: '2020-08-30', reference: '2020-09-15' },
  { text: '30日', published: '2022-12-30', reference: '2022-12-31', allowDayOnly: true },
  { text: '北京时间4日上午7时', published: '2020-10-04T07:00:00+08:00', reference: '2020-10-05', allowDayOnly: true },
  // Rejected, not rolled over
  { text: '2022年2月30日', published: null },
  { text: '2021年2月29日', published: null },
  { text: '2022年13月1日', published: null },
  { text: '2022年0月1日', published: null },
  { text: '2022年12月32日', published: null },
  { text: '2022-02-30', published: null },
  { text: '2022年12月30日25点', published: null },
  { text: '1800年1月1日', published: null },
  // No date, or not enough of one
  { text: '十一月十日', published: null },
  { text: '30日', published: null, reference: '2022-12-31' },
  { text: '周五举行视频会议', published: null },
  { text: '有30年历史', published: null },
  { text: '', published: null },
];

describe('parseChineseDate', () => {
  it.each(CASES)('$text → $published', ({ text, published, reference, timezone, allowDayOnly }) => {
    const options = { ...(reference === undefined ? {} : { reference }), ...(timezone === undefined ? {} : { timezone }), ...(allowDayOnly === undefined ? {} : { allowDayOnly }) };
    expect(parseChineseDate(text, options)?.published ?? null).toBe(published);
  });

  it('reports what it read, where, and what it inferred', () => {
    expect(parseChineseDate('据报道，北京时间2022年7月5日上午10时消息')).toEqual({
      published: '2022-07-05T10:00:00+08:00',
      raw: '北京时间2022年7月5日上午10时',
      index: 4,
      timezone: 'Asia/Shanghai',
    });
    expect(parseChineseDate('12月30日', { reference: new Date(Date.UTC(2022, 11, 31)) })).toMatchObject({ published: '2022-12-30', inferred: true });
  });
});

describe('matchChineseDate: the day mark', () => {
  it('reads a date only with its day printed, by 日, 号 or 號, and numeric dates without one', () => {
    expect(matchChineseDate('2022年12月')).toBeNull();
    expect(matchChineseDate('12月30号', true)?.parts).toMatchObject({ month: 12, day: 30 });
    expect(matchChineseDate('十二月三十號', true)?.parts).toMatchObject({ month: 12, day: 30 });
    expect(matchChineseDate('更新 2022-12-30 21:05')?.parts).toMatchObject({ year: 2022, month: 12, day: 30, hour: 21 });
    expect(matchChineseDate('日期：2022/12/30')?.parts).toMatchObject({ year: 2022, month: 12, day: 30 });
    expect(matchChineseDate('2022.12.30')?.parts).toMatchObject({ year: 2022, month: 12, day: 30 });
  });
});

describe('isValidDate', () => {
  it('agrees with the UTC calendar on every day of 1899–2101, and rejects what is not a whole date', () => {
    const wrong: string[] = [];
    for (let year = 1899; year <= 2101; year++) {
      for (let month = -1; month <= 14; month++) {
        for (let day = -1; day <= 33; day++) {
          const real = year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
          if (isValidDate(year, month, day) !== real) wrong.push(`${year}-${month}-${day}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect([isValidDate(2024, 2, 29), isValidDate(2023, 2, 29), isValidDate(2000, 2, 29), isValidDate(1900, 2, 29)]).toEqual([true, false, true, false]);
    expect([isValidDate(2024.5, 2, 1), isValidDate(2024, 2.5, 1), isValidDate(2024, 2, 1.5), isValidDate(Number.NaN, 1, 1)]).toEqual([false, false, false, false]);
  });
});
