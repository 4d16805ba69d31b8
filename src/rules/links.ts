/**
 * How links are told apart: tag links (their text is a keyword), related-article
 * lists, and link wrappers to unwrap.
 */
import type { SelectorRule } from './selector-rule.js';

/**
 * Links whose text is a keyword of the article: they feed `tags`.
 *
 * @example
 * const links = unwrapLinks({ tagLinks: `${TAG_LINK_SELECTOR}, a.keyword` });
 * pipe(links).run('<p>港警拘捕<a class="keyword" href="/k/1">国安法</a>被告</p>').found.tags // ['国安法']
 */
export const TAG_LINK_SELECTOR = 'a.st_tag, a[rel~="tag"], a.tag, a.tags, .tags a, .tag-list a, .keywords a, ok:not([href])';

/**
 * Link targets that are tag or keyword pages.
 *
 * @example
 * TAG_HREF.some((re) => re.test('https://www.epochtimes.com/gb/tag/中共.html')) // true
 * unwrapLinks({ tagHrefs: [...TAG_HREF, /\/topic\/\d+/u] });
 */
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
 *
 * @example
 * const links = unwrapLinks({ insertedLinks: `${INSERTED_LINK_SELECTOR}, a.auto-link` });
 * pipe(links).run('<p>港警拘捕<a class="auto-link" href="https://example.com/">国安法</a>被告</p>').found.links // []
 */
export const INSERTED_LINK_SELECTOR = [
  'span.wp_keywordlink > a',
  'span.wp_keywordlink_affiliate > a',
  'span[href="https://www.secretchina.com"]',
  'span[href="https://www.secretchina.com/"]',
].join(', ');

/**
 * A post's meta box: the byline, date, categories and tags a blog engine
 * prints under or over the text (WordPress `entry-footer`, `entry-meta`,
 * `entry-utility`; `post-meta` elsewhere). Its tag links feed `tags`; its
 * text is not body.
 *
 * @example
 * unwrapLinks({ postMeta: `${POST_META_SELECTOR}, .article-meta` });
 */
export const POST_META_SELECTOR = '.entry-footer, .entry-meta, .entry-utility, .post-meta, .postmeta';

/** Elements unwrapped to their text: links and the mirrors' link stand-ins. */
export const LINK_WRAPPER_SELECTOR = 'a, ok, span[href], span.wp_keywordlink, span.wp_keywordlink_affiliate, font';

/**
 * Related-article lists removed from the body; their links feed `related`.
 *
 * @example
 * RELATED_LISTS.map((rule) => rule.id) // ['op-related', 'related-class']
 * removeRelated({ lists: [...RELATED_LISTS, { id: 'more-news', selector: 'div.more-news', reason: 'related-article list' }] });
 */
export const RELATED_LISTS: readonly SelectorRule[] = [
  { id: 'op-related', selector: 'ul.op-related-articles, .op-related-articles', reason: 'related-article list' },
  { id: 'related-class', selector: '.related, .related-posts, .related-news, .related-articles, .yarpp-related, .relatedposts, #related, [class*="related-"]', reason: 'related-article list' },
];

/**
 * Labels of related-article lists: 相关新闻, 延伸阅读, 相關視頻, 更多三立新聞網報導, 更多 NOWnews 今日新聞 報導 (an outlet between
 * 更多 and 報導) …, 希望之声's 点听节目 over a link to another programme, and 上一篇/下一篇 before a
 * link to a series' previous or next part (希望之声 `上一篇：章天亮之简明中国通史（2）夏朝和商朝`).
 */
const RELATED_LABEL = '(?:(?:相关|相關|延伸|推荐|推薦|更多|热门|熱門|更多 ?[\\p{Script=Han}A-Za-z]{2,8}?(?: [\\p{Script=Han}A-Za-z]{1,6}?)? ?(?=新闻|新聞|报道|報導))(?:新闻|新聞|阅读|閱讀|文章|链接|鏈接|连结|連結|报道|報導|视频|視頻|影片|专题|專題|内容|內容)|点听节目|點聽節目|[上下]一篇)';

/** What may come before a label: 看中国's `本文相关阅读：`, `点击延伸阅读：《…》`. */
const RELATED_LEAD = '(?:本文|点击|點擊)?';

/** A heading that is only a related-list label, or a label with a colon followed by the items. */
export const RELATED_HEADING = new RegExp(`^[►▶▸■●◆★]?\\s?${RELATED_LEAD}${RELATED_LABEL}[:：]?$|^[（(]?${RELATED_LEAD}${RELATED_LABEL}[:：]`, 'u');

/** A block that starts with a related-list label and a colon, perhaps after a pointer (►延伸閱讀：…). */
export const RELATED_LINE = new RegExp(`^[►▶▸■●◆★]?\\s?${RELATED_LEAD}${RELATED_LABEL}[:：]`, 'u');
