import { describe, expect, it } from 'vitest';
import { createExtractor } from './create-extractor.js';

const story = '<p>广东省人力资源和社会保障厅公布十条措施，对首次在广东就业的港澳青年给予最高6万元的生活补贴，并将其纳入公共租赁住房保障范围。</p>'.repeat(3);
const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body><h1>广东出台十条措施吸引港澳青年</h1><div><span>发布时间：2024-11-08 06:15</span></div><article>${story}</article></body></html>`;

describe('buildArticle: the published date', () => {
  it('gives a header time the UTC offset the same page states for its own times', () => {
    const extractor = createExtractor({ sites: [] });
    expect(extractor.extractOrThrow(page('<meta property="article:modified_time" content="2024-11-08T09:40:00+08:00">')).published).toBe('2024-11-08T06:15:00+08:00');
    // No offset stated anywhere on the page: none is made up.
    expect(extractor.extractOrThrow(page('')).published).toBe('2024-11-08T06:15:00');
  });

  it('states a UTC metadata time in the zone of the clock the page prints (round 5)', () => {
    const extractor = createExtractor({ sites: [] });
    const utc = '<meta property="article:published_time" content="2024-11-07T22:15:00+00:00">';
    // 22:15 UTC is 06:15 the next day in Beijing: the printed day, with its offset.
    expect(extractor.extractOrThrow(page(utc)).published).toBe('2024-11-08T06:15:00+08:00');
    // A header printing month and day only (06-18 14:32) takes the year of the metadata's day.
    const yearless = `<!DOCTYPE html><html><head><meta property="article:published_time" content="2025-06-18T06:32:00+00:00"></head><body><h1>广东出台十条措施吸引港澳青年</h1><div><span>国内</span><span>06-18 14:32</span><span>浏览量 5.3K</span></div><article>${story}</article></body></html>`;
    expect(extractor.extractOrThrow(yearless).published).toBe('2025-06-18T14:32:00+08:00');
    // The same minute in UTC is no zone to learn.
    expect(extractor.extractOrThrow(page('<meta property="article:published_time" content="2024-11-08T06:15:00Z">')).published).toBe('2024-11-08T06:15:00+00:00');
  });
});
