/**
 * dateFromUrl, table-driven, on the URL shapes of the corpus's outlets and others.
 */
import { describe, expect, it } from 'vitest';
import { dateFromUrl } from './date-from-url.js';

const CASES: ReadonlyArray<readonly [string, string | null]> = [
  ['https://www.epochtimes.com/gb/22/12/30/n13895357.htm', '2022-12-30'],
  ['https://www.epochtimes.com/gb/20/9/25/n12345678.htm', '2020-09-25'],
  ['https://www.epochtimes.com/b5/20/10/2/n12448914.htm', '2020-10-02'],
  ['http://www.epochtimes.com/gb/6/6/5/n1340321.htm', '2006-06-05'],
  ['https://www.secretchina.com/news/gb/2022/07/25/1012543.html', '2022-07-25'],
  ['https://www.ntdtv.com/gb/2022/07/05/a103471995.html', '2022-07-05'],
  ['https://www.rfa.org/mandarin/yataibaodao/gangtai/HX-10072020051604.html', '2020-10-07'],
  ['https://www.rfa.org/mandarin/zhuanlan/butongdeshengyin/jkdv-01032020175326.html', '2020-01-03'],
  ['https://www.bannedbook.org/bnews/comments/20220502/1727353.html', '2022-05-02'],
  ['https://www.cna.com.tw/news/aipl/202212300001.aspx', '2022-12-30'],
  ['https://www.voachinese.com/a/china-economy-2022-07-25/6672934.html', '2022-07-25'],
  ['https://example.com/2022_07_25_story.html', '2022-07-25'],
  ['https://www.soundofhope.org/post/242626', null],
  ['https://m.soundofhope.org/post/814885', null],
  ['https://example.com/2022/13/01/x.html', null],
  ['https://example.com/gb/22/2/30/n1.htm', null],
  ['https://example.com/page/12/3/4/', null],
  // 光明网 and 新华网 split year-month from day; 人民网 prints /YYYY/MMDD/ (round 5)
  ['https://news.gmw.cn/2024-05/20/content_37334567.htm', '2024-05-20'],
  ['http://www.news.cn/politics/2024-05/20/c_1130147253.htm', '2024-05-20'],
  ['http://politics.people.com.cn/n1/2024/0520/c1001-40239123.html', '2024-05-20'],
  ['https://example.com/2024-13/20/a.htm', null],
  ['not a url', null],
];

describe('dateFromUrl', () => {
  it.each(CASES)('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)?.published ?? null).toBe(expected);
  });

  it('gives the part of the URL it read, without the separator before it or the slash after it', () => {
    expect(dateFromUrl('https://www.rfa.org/mandarin/zhuanlan/butongdeshengyin/jkdv-01032020175326.html')?.raw).toBe('01032020175326.html');
    expect(dateFromUrl('https://www.ntdtv.com/gb/2022/07/05/a103471995.html')?.raw).toBe('2022/07/05');
    expect(dateFromUrl('https://example.com/2022_07_25_story.html')?.raw).toBe('2022_07_25');
    expect(dateFromUrl('https://www.epochtimes.com/gb/22/12/30/n13895357.htm')?.raw).toBe('gb/22/12/30');
  });
});
