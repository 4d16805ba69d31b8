/**
 * 希望之声 (Sound of Hope), as mirrored.
 */
import { defineSite } from '../../profiles/define-site.js';

/**
 * 希望之声.
 *
 * @example
 * soundofhope.markers // ['【希望之声', '【希望之聲', 'img.soundofhope.org', 'media.soundofhope.org']
 * extractArticle(html, { sites: [soundofhope] }); // a page holding one of these markers gets the profile
 */
export const soundofhope = defineSite({
  id: 'soundofhope',
  name: '希望之声',
  url: 'https://www.soundofhope.org',
  domains: ['soundofhope.org'],
  markers: ['【希望之声', '【希望之聲', 'img.soundofhope.org', 'media.soundofhope.org'],
});
