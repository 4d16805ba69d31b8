/**
 * Ad slots, by the markup ad networks and these outlets use.
 */
import type { SelectorRule } from './selector-rule.js';

/**
 * Ad slots removed by `removeAds`.
 *
 * @example
 * AD_SLOTS[0] // { id: 'adsbygoogle', selector: 'ins.adsbygoogle, ins[data-ad-client]', reason: 'Google AdSense slot' }
 * // A page that names its article container .ad: keep the table but that row.
 * const ads = removeAds({ slots: AD_SLOTS.filter((slot) => slot.id !== 'ad-class') });
 * extractArticle(html, { steps: DEFAULT_STEPS.map((step) => (step.name === 'removeAds' ? ads : step)) });
 */
export const AD_SLOTS: readonly SelectorRule[] = [
  { id: 'adsbygoogle', selector: 'ins.adsbygoogle, ins[data-ad-client]', reason: 'Google AdSense slot' },
  { id: 'gpt', selector: '[id^="div-gpt-ad"], [id^="gpt-ad"], [class*="gpt-ad"]', reason: 'Google Publisher Tag slot' },
  { id: 'auctionx', selector: '[id*="_ADSLOT"], [id*="x_ADSLOT"]', reason: 'AuctionX ad slot' },
  { id: 'banner-ads', selector: '.banner-ads, .banner-ad, .ad-banner', reason: 'banner ad container' },
  { id: 'taboola', selector: '[id^="taboola"], [class*="taboola"], [id*="-taboola"]', reason: 'Taboola recommendation widget' },
  { id: 'single-ad', selector: '.single_ad, .single-ad, .ad_single', reason: 'in-article ad slot' },
  { id: 'secretchina-slot', selector: '[id^="txt-mid"], [id^="SC-2"]', reason: 'secretchina ad slot wrapper' },
  { id: 'ad-class', selector: '.ad, .ads, .advert, .advertisement, .adsense, .ad-container, .ad-slot, .ad-wrapper, .adbox, .sponsor, .sponsored', reason: 'ad container' },
  { id: 'ad-id', selector: '[id^="ad-"], [id^="ad_"], [id^="ads-"], [id^="ads_"], [id$="-ad"], [id$="_ad"]', reason: 'ad container' },
  { id: 'ad-frame', selector: 'iframe[src*="doubleclick"], iframe[src*="googlesyndication"], iframe[src*="adservice"], iframe[id^="google_ads"]', reason: 'ad frame' },
  { id: 'slot-header', selector: '.slot_header', reason: 'empty RFA ad slot' },
  { id: 'gtx-anchor', selector: '#gtx-anchor', reason: 'browser translation widget anchor' },
];
