/**
 * What class and id names say about a page region, in English and in the
 * pinyin Chinese sites use (`pinglun` 评论, `xiangguan` 相关, `tuijian` 推荐).
 */

/**
 * Regions that are not the article: comments, sidebars, related and popular
 * lists, navigation, share bars, ads, footers. Matched against an element's
 * `class` and `id` joined by a space; a hint must start a name or a part of
 * one after `-` or `_`, so `comment-list`, `post_related` and `relatedPosts`
 * match while `headline` does not match `ad`.
 */
export const NEGATIVE_CLASS_HINT =
  /(?:^|[\s_-])(?:comment|pinglun|sidebar|side-bar|aside|footer|related|xiangguan|recommend|tuijian|popular|remen|paihang|breadcrumb|daohang|copyright|banqu|advert|guanggao|sponsor|promo|widget|banner|fenxiang|donat|subscri|newsletter|(?:shares?|social|ad|ads|nav|menu|hot|rank|most|foot|tags?|links?)(?=$|[\s_-]))/iu;
