/**
 * Shared by `extractMedia`: read an embedded social-network post (a tweet's
 * `<blockquote class="twitter-tweet">`) as an embed.
 */
import type { Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { attr } from '../dom/select.js';
import { SKIP, STOP, walk } from '../dom/walk.js';
import { SOCIAL_POSTS, type SocialPostRule } from '../rules/social-posts.js';
import type { Media } from '../types.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';

/** Longest card text read (a tweet is at most 280 characters; Instagram's card adds its prompt). */
const MAX_CARD = 1200;
/** Nodes read: a card is a few paragraphs and links. */
const NODE_BUDGET = 400;
/** Elements whose text no reader sees (the widget script the embed code puts after the card). */
const UNREAD: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);
/** Elements that start a line of the card. */
const LINE_STARTS: ReadonlySet<string> = new Set(['p', 'br', 'div']);

/** An embedded post as `media` holds it: its own address, and its text and author as the card prints them. */
export interface SocialPost {
  readonly rule: SocialPostRule;
  readonly src: string;
  readonly title?: string;
}

/**
 * The post a `<blockquote>` embeds, when its class is a network's and it links to the post.
 *
 * @param quote - A `<blockquote>` element.
 * @param rules - The networks' embeds.
 * @returns The post, or `null` for any other quote.
 * @example
 * readSocialPost(parse('<blockquote class="twitter-tweet"><p>Feeling really good!</p>— Donald J. Trump (@realDonaldTrump)'
 *   + ' <a href="https://twitter.com/realDonaldTrump/status/1313186529058136070?ref_src=twsrc%5Etfw">October 5, 2020</a></blockquote>'), SOCIAL_POSTS)
 * // { rule: <tweet>, src: 'https://twitter.com/realDonaldTrump/status/1313186529058136070',
 * //   title: 'Feeling really good! — Donald J. Trump (@realDonaldTrump)' }
 */
export function readSocialPost(quote: Element, rules: readonly SocialPostRule[]): SocialPost | null {
  const classes = attr(quote, 'class').split(/\s+/u);
  const rule = rules.find((r) => classes.includes(r.className));
  if (rule === undefined) return null;
  const { src, lines } = readCard(quote, rule.href);
  if (src === '') return null;
  const card = collapseWhitespace(lines.map(collapseWhitespace).join(' ').replace(rule.furniture, ' '));
  const { text, author } = splitByline(card, rule);
  const title = [text, author].filter((part) => part !== '').join(' — ');
  return title === '' ? { rule, src } : { rule, src, title };
}

/** The post's text and its author line's `Name (@handle)`; without an author line the card's text is all the post's. */
function splitByline(card: string, rule: SocialPostRule): { text: string; author: string } {
  for (const opener of rule.bylineAfter) {
    const at = opener === '' ? 0 : card.lastIndexOf(opener);
    if (at < 0) continue;
    const author = rule.author.exec(card.slice(at + opener.length).trimStart());
    if (author !== null) return { text: card.slice(0, at).trim(), author: author[1]!.trim() };
  }
  return { text: card, author: '' };
}

/**
 * The card's lines of text (a paragraph or a line break starts one: joined
 * as they are, 重庆：合川 and the next line would run together) and its
 * first link to the post itself, without the query. The mirrors keep
 * `href` on `<ok>` and `<span>` too.
 */
function readCard(quote: Element, pattern: RegExp): { src: string; lines: string[] } {
  const lines: string[] = [];
  let line = '';
  let chars = 0;
  let src = '';
  let visited = 0;
  walk(quote, (node) => {
    if (++visited > NODE_BUDGET || chars > MAX_CARD) return STOP;
    if (isText(node)) {
      line += node.data;
      chars += node.data.length;
    } else if (isTag(node)) {
      if (UNREAD.has(node.name)) return SKIP;
      if (src === '') src = pattern.exec(attr(node, 'href').trim())?.[0] ?? '';
      if (LINE_STARTS.has(node.name)) {
        lines.push(line);
        line = '';
      }
    }
    return undefined;
  });
  lines.push(line);
  return { src, lines };
}

/**
 * Whether a media item is an embedded post rather than a player: a short story
 * that quotes a tweet is still a story, where one under a video player is a video page.
 *
 * @param media - A media item.
 * @param rules - The networks' embeds.
 * @returns `true` for an `embed` whose `src` is a post's address.
 */
export function isSocialPost(media: Media, rules: readonly SocialPostRule[] = SOCIAL_POSTS): boolean {
  return media.kind === 'embed' && rules.some((rule) => rule.href.test(media.src));
}
