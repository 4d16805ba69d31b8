/**
 * Posts from social networks embedded in an article: the `<blockquote>` a
 * network's embed code writes, which its script turns into a card. Without
 * the script it reads as a quote: the post's text, then `— Name (@handle)
 * date`, a link to the post and the post's picture links.
 */

/**
 * One network's embedded post.
 *
 * @example
 * SOCIAL_POSTS.map((rule) => rule.id) // ['tweet', 'instagram', 'facebook']
 */
export interface SocialPostRule {
  readonly id: string;
  /** The class of the `<blockquote>` the network's embed code writes. */
  readonly className: string;
  /** The post's own address among the links in the card; what follows the match (`?ref_src=…`) is dropped. */
  readonly href: RegExp;
  /**
   * What opens the card's author line, tried in order, each at its last place in the card
   * (a tweet's own text may hold a dash); `''` is the card's start. The text before it is the post's.
   */
  readonly bylineAfter: readonly string[];
  /** The author right after the opener, as `Name (@handle)` (group 1). */
  readonly author: RegExp;
  /** Card furniture cut from the post's text: picture links, short links, the network's prompt. */
  readonly furniture: RegExp;
}

/**
 * The embedded posts `extractMedia` moves to `media` as `embed`s.
 *
 * @example
 * // <blockquote class="twitter-tweet"><p>Feeling really good!</p>— Donald J. Trump (@realDonaldTrump)
 * //   <a href="https://twitter.com/realDonaldTrump/status/1313186529058136070?ref_src=twsrc%5Etfw">October 5, 2020</a></blockquote>
 * // media: [{ kind: 'embed', src: 'https://twitter.com/realDonaldTrump/status/1313186529058136070',
 * //           title: 'Feeling really good! — Donald J. Trump (@realDonaldTrump)' }]
 */
export const SOCIAL_POSTS: readonly SocialPostRule[] = [
  {
    id: 'tweet',
    className: 'twitter-tweet',
    href: /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/\w{1,15}\/status(?:es)?\/\d+/u,
    // — Donald J. Trump (@realDonaldTrump) October 5, 2020
    bylineAfter: ['—'],
    author: /^([\s\S]{1,100}?\(@\w{1,15}\))/u,
    furniture: /pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+/gu,
  },
  {
    id: 'instagram',
    className: 'instagram-media',
    href: /^https?:\/\/(?:www\.)?instagram\.com\/(?:p|reel|tv)\/[\w-]+\//u,
    // A post shared by Name (@handle) on Aug 1, 2020 (a caption may come before it); 啾 (@xiaoyi76) 分享的帖子 · 2017-02-19.
    bylineAfter: ['A post shared by', ''],
    author: /^([\s\S]{1,100}?\(@[\w.]{1,30}\))/u,
    furniture: /View this post on Instagram|在 ?Instagram ?查看这篇帖子|在 ?Instagram ?查看這篇貼文/giu,
  },
  {
    id: 'facebook',
    // Facebook's embed code: <div class="fb-post"><blockquote class="fb-xfbml-parse-ignore">…</blockquote></div>.
    className: 'fb-xfbml-parse-ignore',
    href: /^https?:\/\/(?:www\.|m\.)?facebook\.com\/[\w.-]{1,80}\/(?:posts|videos|photos)\/[\w.-]{1,40}\/?/u,
    // Posted by U.S. 7th Fleet on Thursday, October 8, 2020: no handle, the name runs to ` on `.
    bylineAfter: ['Posted by'],
    author: /^([\s\S]{1,100}?) ?on [A-Z]/u,
    furniture: /See more|查看更多/gu,
  },
];
