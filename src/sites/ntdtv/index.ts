/**
 * 新唐人 (NTD Television), as mirrored.
 */
import { defineSite } from '../../profiles/define-site.js';

/**
 * 新唐人.
 *
 * @example
 * // Only the 新唐人 profile, for a crawl of ntdtv.com:
 * const extractor = createExtractor({ sites: [ntdtv] });
 * ntdtv.markers // ['【新唐人', 'i.ntdtv.com/assets', 'ntdtv.com/gb/']
 */
export const ntdtv = defineSite({
  id: 'ntdtv',
  name: '新唐人',
  url: 'https://www.ntdtv.com',
  domains: ['ntdtv.com', 'ntd.tv', 'ntdtv.com.tw'],
  markers: ['【新唐人', 'i.ntdtv.com/assets', 'ntdtv.com/gb/'],
});
