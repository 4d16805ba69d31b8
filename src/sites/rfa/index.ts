/**
 * 自由亚洲电台 (Radio Free Asia), as mirrored.
 */
import { defineSite } from '../../profiles/define-site.js';

/**
 * 自由亚洲电台.
 *
 * @example
 * rfa.domains // ['rfa.org']: www.rfa.org/mandarin/… pages use it
 * extractArticle(html, { url: 'https://www.rfa.org/mandarin/yataibaodao/huanjing/gf-10122020074046.html' });
 */
export const rfa = defineSite({
  id: 'rfa',
  name: '自由亚洲电台',
  url: 'https://www.rfa.org',
  domains: ['rfa.org'],
  markers: ['www.rfa.org/mandarin', 'id="storytext"', '自由亚洲电台记者'],
});
