/**
 * 看中国 (Secret China), as mirrored.
 */
import { defineSite } from '../../profiles/define-site.js';

/** 看中国. */
export const secretchina = defineSite({
  id: 'secretchina',
  name: '看中国',
  url: 'https://www.secretchina.com',
  domains: ['secretchina.com', 'kanzhongguo.com', 'kzg.io'],
  markers: ['【看中国', '【看中國', 'secretchina.com/news/gb/tag/', 'img.secretchina.com'],
});
