/**
 * 看中国 (Secret China), as mirrored.
 */
import { defineSite } from '../../profiles/define-site.js';

/**
 * 看中国.
 *
 * @example
 * secretchina.domains // ['secretchina.com', 'kanzhongguo.com', 'kzg.io']
 * // Only one outlet profile applies to a page: to remove one more element, put a profile with the same domains in its place.
 * const mine = defineSite({ id: 'secretchina', name: '看中国', domains: secretchina.domains, markers: secretchina.markers, remove: ['.sc-promo'] });
 * createExtractor({ sites: BUILTIN_SITES.map((site) => (site === secretchina ? mine : site)) });
 */
export const secretchina = defineSite({
  id: 'secretchina',
  name: '看中国',
  url: 'https://www.secretchina.com',
  domains: ['secretchina.com', 'kanzhongguo.com', 'kzg.io'],
  markers: ['【看中国', '【看中國', 'secretchina.com/news/gb/tag/', 'img.secretchina.com'],
});
