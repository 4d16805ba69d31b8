/**
 * 大纪元 (The Epoch Times), as mirrored.
 */
import { defineSite } from '../../profiles/define-site.js';

/** 大纪元. */
export const epochtimes = defineSite({
  id: 'epochtimes',
  name: '大纪元',
  url: 'https://www.epochtimes.com',
  domains: ['epochtimes.com', 'epochtimes.com.tw', 'epochtimeshk.org', 'theepochtimes.com'],
  markers: ['【大纪元', '【大紀元', 'i.epochtimes.com/assets', 'epochtimes.com/gb/tag/'],
});
