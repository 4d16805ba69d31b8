/**
 * 大纪元 (The Epoch Times), as mirrored.
 */
import { defineSite } from '../../profiles/define-site.js';

/**
 * 大纪元.
 *
 * @example
 * // Force the profile on a page whose URL and markers do not give it away:
 * extractArticle(html, { site: 'epochtimes' });
 * epochtimes.domains // ['epochtimes.com', 'epochtimes.com.tw', 'epochtimeshk.org', 'theepochtimes.com']
 */
export const epochtimes = defineSite({
  id: 'epochtimes',
  name: '大纪元',
  url: 'https://www.epochtimes.com',
  domains: ['epochtimes.com', 'epochtimes.com.tw', 'epochtimeshk.org', 'theepochtimes.com'],
  markers: ['【大纪元', '【大紀元', 'i.epochtimes.com/assets', 'epochtimes.com/gb/tag/'],
});
