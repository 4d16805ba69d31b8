/**
 * How links are told apart: tag links (their text is a keyword), related-article
 * lists, and link wrappers to unwrap.
 */
import type { SelectorRule } from './selector-rule.js';

/** Links whose text is a keyword of the article: they feed `tags`. */
export const TAG_LINK_SELECTOR = 'a.st_tag, a[rel~="tag"], a.tag, a.tags, .tags a, .tag-list a, .keywords a, ok:not([href])';

/** Link targets that are tag or keyword pages. */
export const TAG_HREF: readonly RegExp[] = [
  /\/tags?\/[^/?#]/u,
  /\/term\/\d/u,
  /\/keywords?\/[^/?#]/u,
  /[?&](?:tag|keyword|kw)=/u,
  // NTD: https://www.ntdtv.com/gb/习近平.htm
  /ntdtv\.com\/(?:gb|b5)\/[^/]+\.htm$/u,
];

/**
 * Links a mirror or outlet inserted, not the article: bannedbook's keyword-link
 * plugin turns words such as 中国 or 暴政 into links to its own home page and
 * forum; 看中国 links the word 中国 to its home page. Unwrapped to their text,
 * but not listed in `links`.
 */
export const INSERTED_LINK_SELECTOR = [
  'span.wp_keywordlink > a',
  'span.wp_keywordlink_affiliate > a',
  'span[href="https://www.secretchina.com"]',
  'span[href="https://www.secretchina.com/"]',
].join(', ');

/** Elements unwrapped to their text: links and the mirrors' link stand-ins. */
export const LINK_WRAPPER_SELECTOR = 'a, ok, span[href], span.wp_keywordlink, span.wp_keywordlink_affiliate, font';

/** Related-article lists removed from the body; their links feed `related`. */
export const RELATED_LISTS: readonly SelectorRule[] = [
  { id: 'op-related', selector: 'ul.op-related-articles, .op-related-articles', reason: 'related-article list' },
  { id: 'related-class', selector: '.related, .related-posts, .related-news, .related-articles, .yarpp-related, .relatedposts, #related, [class*="related-"]', reason: 'related-article list' },
];

/** Labels of related-article lists: 相关新闻, 延伸阅读, 相關視頻 … */
const RELATED_LABEL = '(?:相关|相關|延伸|推荐|推薦|更多|热门|熱門)(?:新闻|新聞|阅读|閱讀|文章|链接|鏈接|连结|連結|报道|報導|视频|視頻|影片|专题|專題|内容|內容)';

/** A heading that is only a related-list label, or a label with a colon followed by the items. */
export const RELATED_HEADING = new RegExp(`^${RELATED_LABEL}[:：]?$|^${RELATED_LABEL}[:：]`, 'u');

/** A block that starts with a related-list label and a colon. */
export const RELATED_LINE = new RegExp(`^${RELATED_LABEL}[:：]`, 'u');
