import { describe, expect, it } from 'vitest';
import { OUTLETS } from '../rules/outlets.js';
import { pageZone, restateUtc, zoneOffsetAt } from './page-zone.js';

describe('pageZone', () => {
  it('takes the zone of a country-code domain with one zone', () => {
    expect(pageZone(null, 'https://www.thepaper.cn/newsDetail_forward_1', OUTLETS)).toBe('Asia/Shanghai');
    expect(pageZone(null, 'https://news.rthk.hk/rthk/ch/a.htm', OUTLETS)).toBe('Asia/Hong_Kong');
    expect(pageZone(null, 'https://www.ftvnews.com.tw/news/detail/1', OUTLETS)).toBe('Asia/Taipei');
    expect(pageZone(null, 'https://www.macaodaily.com.mo/a.htm', OUTLETS)).toBe('Asia/Macau');
    expect(pageZone(null, 'https://www.zaobao.com.sg/a', OUTLETS)).toBe('Asia/Singapore');
    expect(pageZone(null, 'https://www.sinchew.com.my/a', OUTLETS)).toBe('Asia/Kuala_Lumpur');
  });

  it('takes the zone of a registry outlet that keeps one', () => {
    expect(pageZone('cna', null, OUTLETS)).toBe('Asia/Taipei');
    expect(pageZone('xinhua', 'https://www.news.cn/a.htm', OUTLETS)).toBe('Asia/Shanghai');
  });

  it('takes Beijing time from a mainland ICP number the page prints, when outlet and domain say nothing', () => {
    expect(pageZone(null, null, OUTLETS, '<div class="footer">Copyright © 2025 豫ICP备09029473号</div>')).toBe('Asia/Shanghai');
    expect(pageZone(null, 'https://www.ce.cn/a.shtml', OUTLETS, '京ICP证090880号')).toBe('Asia/Shanghai');
    expect(pageZone(null, 'https://www.sohu.com/a/1', OUTLETS, '<p>ICP备案号：京ICP备 05043062号-1</p>')).toBe('Asia/Shanghai');
    // The outlet's and the domain's zone come first.
    expect(pageZone('cna', null, OUTLETS, '京ICP备11023470号')).toBe('Asia/Taipei');
    expect(pageZone(null, 'https://news.rthk.hk/a.htm', OUTLETS, '京ICP备11023470号')).toBe('Asia/Hong_Kong');
  });

  it('takes no zone from "ICP" without a filing number', () => {
    expect(pageZone(null, null, OUTLETS, 'ICP备案查询')).toBeNull();
    expect(pageZone(null, null, OUTLETS, '<p>ICP</p><p>本网ICP备案号见页脚</p>')).toBeNull();
    expect(pageZone(null, null, OUTLETS, 'window.ICP=1;XICP备9')).toBeNull();
  });

  it('knows none for a generic domain, an outlet with desks in several zones, or no URL', () => {
    expect(pageZone(null, 'https://www.ntdtv.com/gb/2022/07/05/a1.html', OUTLETS)).toBeNull();
    expect(pageZone('epochtimes', 'https://www.epochtimes.com/gb/a.htm', OUTLETS)).toBeNull();
    expect(pageZone(null, 'https://www.sohu.com/a/1', OUTLETS)).toBeNull();
    expect(pageZone(null, null, OUTLETS)).toBeNull();
  });
});

describe('zoneOffsetAt', () => {
  it('gives the zone offset at a wall-clock time, daylight saving included', () => {
    expect(zoneOffsetAt('Asia/Taipei', '2024-05-20T09:41:00')).toBe('+08:00');
    expect(zoneOffsetAt('America/New_York', '2024-07-05T12:00')).toBe('-04:00');
    expect(zoneOffsetAt('Asia/Taipei', '2024-05-20')).toBeNull();
  });
});

describe('restateUtc', () => {
  it('states a UTC time at a local offset, the same instant', () => {
    expect(restateUtc('2024-06-12T06:32:15.000Z', '+08:00')).toBe('2024-06-12T14:32:15+08:00');
    expect(restateUtc('2025-06-18T06:32:00+00:00', '+08:00')).toBe('2025-06-18T14:32:00+08:00');
    expect(restateUtc('2025-06-18T20:32+00:00', '+08:00')).toBe('2025-06-19T04:32+08:00');
  });

  it('leaves a time that is not UTC, or a zero offset, as it is', () => {
    expect(restateUtc('2025-06-18T14:32:00+08:00', '+09:00')).toBe('2025-06-18T14:32:00+08:00');
    expect(restateUtc('2025-06-18T06:32:00Z', '+00:00')).toBe('2025-06-18T06:32:00Z');
  });
});
