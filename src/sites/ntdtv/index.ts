/**
 * 新唐人 (NTD Television), as mirrored.
 */
import { defineSite } from '../../profiles/define-site.js';

/** 新唐人. */
export const ntdtv = defineSite({
  id: 'ntdtv',
  name: '新唐人',
  url: 'https://www.ntdtv.com',
  domains: ['ntdtv.com', 'ntd.tv', 'ntdtv.com.tw'],
  markers: ['【新唐人', 'i.ntdtv.com/assets', 'ntdtv.com/gb/'],
});
