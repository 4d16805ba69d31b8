/**
 * Page chrome and boilerplate that markup identifies: notices, share bars,
 * promo lists, navigation, comment sections.
 */
import type { SelectorRule } from './selector-rule.js';

/** A tool bar, share bar or QR box holds at most this much text; more is an article container sharing the class. */
const WIDGET_CHARS = 300;

/**
 * Boilerplate removed by `removeBoilerplate`, whatever the site.
 *
 * @example
 * BOILERPLATE_SELECTORS.map((rule) => rule.id)
 * // ['notice', 'promo-list', 'share', 'qr-code', 'short-url', 'navigation', 'page-footer', 'comments', 'print-tools', 'subscribe']
 * removeBoilerplate({ selectors: [...BOILERPLATE_SELECTORS, { id: 'wechat-box', selector: '.wechat-follow', reason: 'WeChat follow box' }] });
 */
export const BOILERPLATE_SELECTORS: readonly SelectorRule[] = [
  { id: 'notice', selector: 'p.notice, div.notice', reason: 'notice banner' },
  { id: 'promo-list', selector: '.texttj', reason: 'promo link list' },
  { id: 'share', selector: '.share, .shares, .share-bar, .share-buttons, .social-share, .sharethis, .addthis_toolbox, .bdsharebuttonbox, .jiathis_style, #share, [class*="share-box"], a[name="sharetosocial"]', reason: 'share buttons', maxChars: WIDGET_CHARS },
  { id: 'qr-code', selector: '.qrcode, .qr-code, [class*="qrcode"], img[src*="qrcode"], img[alt*="二维码"]', reason: 'QR code', maxChars: WIDGET_CHARS },
  { id: 'short-url', selector: 'input[name="lname"]', reason: 'short-URL box' },
  { id: 'navigation', selector: 'nav, .nav, .navbar, .menu, .breadcrumb, .breadcrumbs, [role="navigation"]', reason: 'navigation' },
  { id: 'page-footer', selector: 'body > footer, #footer, .site-footer, .page-footer', reason: 'page footer' },
  { id: 'comments', selector: '#comments, .comments, .comment-list, #disqus_thread, .fb-comments', reason: 'comment section' },
  { id: 'print-tools', selector: '.print, .font-size, .fontsize, .article-tools, .toolbar', reason: 'page tools', maxChars: WIDGET_CHARS },
  { id: 'subscribe', selector: '.subscribe, .newsletter, .donate, .donation', reason: 'subscription or donation appeal' },
];
