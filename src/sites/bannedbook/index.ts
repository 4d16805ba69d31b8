/**
 * bannedbook.org's text edition (禁闻网): an HTML fragment with the title in
 * an `<h2>`, a notice banner, and the article in `div.entry`.
 */
import { attr } from '../../dom/select.js';
import { defineRule } from '../../profiles/define-rule.js';
import { defineSite } from '../../profiles/define-site.js';

/**
 * The bannedbook.org mirror.
 *
 * @example
 * // A bannedbook page (<!-- 面包屑导航 --> <h2>外媒传普京向习近平求援遇冷 中俄关系现裂痕</h2> … <div class="entry">):
 * extractArticleOrThrow(page).mirror // { id: 'bannedbook', name: '禁闻网', url: 'https://www.bannedbook.org' }
 * // Without the profile the <h2> title is not found:
 * extractArticleOrThrow(page, { sites: BUILTIN_SITES.filter((site) => site !== bannedbook) }).title // ''
 */
export const bannedbook = defineSite({
  id: 'bannedbook',
  name: '禁闻网',
  kind: 'mirror',
  url: 'https://www.bannedbook.org',
  domains: ['bannedbook.org'],
  families: ['bannedbook'],
  markers: ['<!-- 面包屑导航 -->', '<!--END ENTRY-->'],
  title: 'h2',
  body: 'div.entry',
  // The shenyun figure is an ad for a circumvention service; the share anchor marks the footer.
  remove: ['#shenyun-figure', 'a[name="sharetosocial"]'],
  rules: [
    // 希望之声 reprints end with a link to the original: that is the article's URL.
    defineRule({
      id: 'bannedbook/source-link',
      at: 'start',
      rewrite: {
        selector: 'a.src_link',
        with: (element, ctx) => ctx.propose('url', attr(element, 'href').trim(), 'text'),
      },
    }),
  ],
});
