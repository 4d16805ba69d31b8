/**
 * Audio and video players and embedded frames.
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { attr } from '../dom/select.js';
import { textOf } from '../dom/text.js';
import { SKIP, STOP, walk } from '../dom/walk.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import type { Media } from '../types.js';
import { resolveUrl } from '../text/resolve-url.js';
import { SOCIAL_POSTS } from '../rules/social-posts.js';
import { readSocialPost } from './read-social-post.js';

const KIND: ReadonlyMap<string, Media['kind']> = new Map([
  ['audio', 'audio'],
  ['video', 'video'],
  ['iframe', 'embed'],
  ['embed', 'embed'],
  ['object', 'embed'],
]);

/** Elements the mirrors keep a link's `href` on. */
const LINKS: ReadonlySet<string> = new Set(['a', 'ok', 'span']);
const PLAYERS: ReadonlySet<string> = new Set([...KIND.keys(), ...LINKS, 'blockquote']);
/** Links to media files: a player's download link is the player's source. */
const MEDIA_FILE = /\.(?:(mp3|m4a|aac|ogg|oga|wav|flac)|(mp4|m4v|webm|mov|flv|m3u8))(?:[?#]|$)/iu;

/** Words that label a player, e.g. `128kbps收听：`, `点击播放`. */
const PLAYER_LABEL = /^[\w.]*\s*(?:收听|收聽|收看|播放|点击播放|點擊播放|音频|音頻|视频|視頻|影片|下载|下載|listen|play|audio|video)[\w\s.]*[:：]?$/iu;
/** Longest label text (in characters) removed with its player. */
const MAX_LABEL = 24;

/**
 * A DocumentCloud viewer's fallback link to the document it shows (大纪元's leaked files:
 * `<ok href="https://assets.documentcloud.org/documents/7218535/伊川农商行舆情相关情况.txt">伊川农商行舆情相关情况 (Text)</ok>`).
 */
const DOCUMENT_LINK = /^https?:\/\/assets\.documentcloud\.org\/documents\/\d+\//u;
/** The format the viewer's link text ends with: ` (PDF)`, ` (Text)`. */
const DOCUMENT_FORMAT = /\s?\((?:PDF|Text)\)$/u;

/** The label of a paragraph that gives a video's address as a link: `视频链接：<a>中国简明通史(1)…</a>` (希望之声). */
const VIDEO_LINK_LABEL = /^(?:视频|視頻|影片)(?:链接|鏈接|連結|网址|網址|地址)\s?[:：]$/u;

/** The line under a player that names it starts with a media word or a 【…】 title: `视频【青岛全民核酸检测】`. */
const CAPTION_START = /^(?:视频|視頻|影片|音频|音頻|【)/u;
/** The media word and colon before the caption's title, dropped from the title. */
const CAPTION_WORD = /^(?:视频|視頻|影片|音频|音頻)\s*[:：]?\s*/u;
/** A sentence about the video (他在视频中说…。) is article text, not its caption. */
const SENTENCE = /[。！？；!?;]/u;
const ITALIC: ReadonlySet<string> = new Set(['i', 'em']);
/** Longest caption (in characters) taken from under a player. */
const MAX_CAPTION = 60;
/** Empty paragraphs skipped between a player and its caption, and nodes read to judge one. */
const MAX_GAP = 3;
const NODE_BUDGET = 200;
/** Elements that may wrap a player alone (line breaks and empty text aside). */
const HOLDERS: ReadonlySet<string> = new Set(['p', 'div', 'center', 'span']);
/** Elements that are content even without text. */
const CONTENT: ReadonlySet<string> = new Set([...KIND.keys(), 'img', 'figure', 'source']);

/**
 * Move `<audio>`, `<video>`, `<iframe>`, `<embed>` and `<object>` players out
 * of the body into `media`, taking a paragraph that only labels the player
 * (`128kbps收听：`) with them, and the short italic line under a player that
 * names it (RFA: `<i>视频【…】</i>`) as the media title. An embedded tweet or
 * Instagram post (`<blockquote class="twitter-tweet">`, `SOCIAL_POSTS`) is an
 * `embed` too: its link is the `src`, its text and author the title. A link
 * its paragraph labels `视频链接：` is a `video`.
 *
 * @returns The tree step `extractMedia`.
 * @example
 * pipe(extractMedia()).run('<p>收听：<audio src="a.mp3"></audio></p>').found.media
 * // [{ kind: 'audio', src: 'a.mp3' }]
 */
export function extractMedia(): TreeStep {
  return {
    name: 'extractMedia',
    stage: 'tree',
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      return {
        tags: PLAYERS,
        element(node: Element) {
          if (node.name === 'blockquote') return socialPost(node, ctx);
          if (isLink(node)) {
            // A link's target, read once for both questions (20,000 links a corpus pass, nearly all 大纪元's inline tags).
            const href = attr(node, 'href');
            if (DOCUMENT_LINK.test(href)) return documentLink(node, ctx);
            const kind = linkKind(href);
            return kind === undefined ? videoLink(node, ctx) : player(node, kind, ctx);
          }
          const kind = KIND.get(node.name);
          if (kind === undefined) return LINKS.has(node.name) ? videoLink(node, ctx) : undefined;
          return player(node, kind, ctx);
        },
      };
    },
  };
}

/**
 * A player, or a link to a media file: into `media`, out of the body with the paragraph that only
 * labels it. A file link inside a sentence or a list line (`第二章 欧洲发端（<a>64k</a>，<a>96k</a>）`)
 * is recorded and left in its text: cutting it out would leave `（，）`.
 */
function player(node: Element, kind: Media['kind'], ctx: StepContext): false | undefined {
  const label = labelParent(node);
  const inText = label === null && isLink(node) && hasTextBeside(node);
  const caption = inText ? null : captionAfter(holderOf(label ?? node), ctx);
  const src = sourceOf(node);
  if (src !== '') {
    const base = ctx.found.url?.value ?? ctx.inputUrl;
    const media: { kind: Media['kind']; src: string; title?: string } = { kind, src: resolveUrl(src, base) };
    // The line printed under the player is what readers see; the attribute is a fallback.
    const printed = caption === null ? '' : caption.title;
    const title = printed !== '' ? printed : collapseWhitespace(attr(node, 'title') || attr(node, 'aria-label'));
    if (title !== '') media.title = title;
    if (!ctx.found.media.some((m) => m.src === media.src)) ctx.found.media.push(media);
  }
  if (inText) return undefined;
  ctx.remove(label ?? node, label === null ? `${kind} player` : `${kind} player and its label`, node.name);
  if (caption !== null) ctx.remove(caption.element, `caption of the ${kind} player above`, 'media-caption');
  return SKIP;
}

/** Words or numbers in the text printed beside the element, in its own parent. */
const READABLE = /[\p{L}\p{N}]/u;

/** Whether the element sits in a line of text: a text beside it, in the same parent, holds a word. */
function hasTextBeside(node: Element): boolean {
  return node.parent !== null && node.parent.children.some((child) => child !== node && isText(child) && READABLE.test(child.data));
}

/**
 * An embedded tweet or Instagram post: the card the network's script draws,
 * which without the script reads as a quote with the post's picture links.
 * Its text and author go with it, as the embed's title; any other quote stays.
 */
function socialPost(quote: Element, ctx: StepContext): false | undefined {
  const post = readSocialPost(quote, SOCIAL_POSTS);
  if (post === null) return undefined;
  ctx.found.media.push(post.title === undefined ? { kind: 'embed', src: post.src } : { kind: 'embed', src: post.src, title: post.title });
  ctx.remove(quote, `embedded ${post.rule.id}: moved to \`media\``, post.rule.id);
  return SKIP;
}

/**
 * A link that its paragraph labels as a video's (`视频链接：<a href="https://www.youtube.com/watch?v=…">中国简明通史(3)…</a>`):
 * the video is not on the page, only its address, so the link is the video's `src` and its text the title.
 */
function videoLink(link: Element, ctx: StepContext): false | undefined {
  const parent = link.parent;
  if (parent === null || !isTag(parent) || (parent.name !== 'p' && parent.name !== 'div')) return undefined;
  // The label ends with its colon right before the link: any other link (a tag link in running text,
  // most links of a page) is passed over without reading its paragraph or its target.
  if (!endsWithColon(link.prev)) return undefined;
  const href = attr(link, 'href').trim();
  if (href === '') return undefined;
  let label = '';
  for (const child of parent.children) {
    if (child === link || (isTag(child) && child.name === 'br')) continue;
    label += isText(child) ? child.data : textOf(child, MAX_LABEL);
    if (label.length > MAX_LABEL * 4) return undefined;
  }
  if (!VIDEO_LINK_LABEL.test(collapseWhitespace(label))) return undefined;
  const title = collapseWhitespace(textOf(link, MAX_CAPTION * 4));
  const src = resolveUrl(href, ctx.found.url?.value ?? ctx.inputUrl);
  ctx.found.media.push(title === '' ? { kind: 'video', src } : { kind: 'video', src, title });
  ctx.remove(parent, 'video link and its label', 'video-link');
  return SKIP;
}

/** An anchor: `<a>`, or the `<ok>` the GitHub mirrors rename it to (`<ok href="…_720p.mp4">720p</ok>`). */
function isLink(element: Element): boolean {
  return element.name === 'a' || element.name === 'ok';
}

/** Whether the node before a link ends with a colon, `视频链接：` (white space and line breaks passed over). */
function endsWithColon(node: ChildNode | null): boolean {
  let before = node;
  while (before !== null && ((isText(before) && before.data.trim() === '') || (isTag(before) && before.name === 'br'))) before = before.prev;
  if (before === null) return false;
  const text = (isText(before) ? before.data : textOf(before, MAX_LABEL)).trimEnd();
  return text.endsWith('：') || text.endsWith(':');
}

/**
 * A DocumentCloud document the page embeds: an `embed` whose `src` is its file and whose title is
 * the document's name, once per document (its PDF and its text are the same document). The link
 * stays for `removeBoilerplateText`'s `document-viewer-link` row, which drops its line.
 */
function documentLink(link: Element, ctx: StepContext): undefined {
  const src = resolveUrl(attr(link, 'href').trim(), ctx.found.url?.value ?? ctx.inputUrl);
  const id = src.slice(0, src.lastIndexOf('/') + 1);
  if (ctx.found.media.some((m) => m.src.startsWith(id))) return undefined;
  const title = collapseWhitespace(textOf(link, MAX_CAPTION * 4)).replace(DOCUMENT_FORMAT, '');
  ctx.found.media.push(title === '' ? { kind: 'embed', src } : { kind: 'embed', src, title });
  return undefined;
}

/** A link to an audio or video file (希望之声's player offers only its `128kbps下载` link). */
/** What a link's target (`href`, as written) plays: a media file's kind, or `undefined`. */
function linkKind(href: string): Media['kind'] | undefined {
  const match = MEDIA_FILE.exec(href);
  if (match === null) return undefined;
  return match[1] !== undefined ? 'audio' : 'video';
}

function sourceOf(element: Element): string {
  const direct = attr(element, 'src') || attr(element, 'data-src') || attr(element, 'data') || (isLink(element) ? attr(element, 'href') : '');
  if (direct !== '') return direct.trim();
  let found = '';
  walk(element, (child) => {
    if (isTag(child) && child.name === 'source') found = attr(child, 'src').trim();
    return found === '' ? undefined : STOP;
  });
  return found;
}

/** The paragraph around a player, when all its other text just labels the player. */
function labelParent(player: Element): Element | null {
  const parent = player.parent;
  if (parent === null || !isTag(parent) || (parent.name !== 'p' && parent.name !== 'div')) return null;
  // A link carries its own label: 128kbps下载 is the link's text.
  let text = isLink(player) ? textOf(player, MAX_LABEL * 4) : '';
  for (const child of parent.children) {
    if (child === player) continue;
    if (isTag(child) && (KIND.has(child.name) || child.name === 'br')) continue;
    text += isText(child) ? child.data : textOf(child as ChildNode, MAX_LABEL * 4);
    if (text.length > MAX_LABEL * 4) return null;
  }
  const label = collapseWhitespace(text);
  if (label === '') return isLink(player) ? null : parent;
  return label.length <= MAX_LABEL && PLAYER_LABEL.test(label) ? parent : null;
}

/** The outermost holder (p, div, span) the player or its label paragraph sits in alone. */
function holderOf(node: Element): Element {
  let current = node;
  for (let depth = 0; depth < 4; depth++) {
    const parent = current.parent;
    if (parent === null || !isTag(parent) || !HOLDERS.has(parent.name)) break;
    if (!parent.children.every((c) => c === current || isBlank(c))) break;
    current = parent;
  }
  return current;
}

/**
 * The caption right under a player: past at most a few empty paragraphs, a
 * short line that is all italic, starts with 视频 or 【 and is no sentence.
 */
function captionAfter(anchor: Element, ctx: StepContext): { element: Element; title: string } | null {
  let gap = 0;
  for (let next = anchor.next; next !== null; next = next.next) {
    if (ctx.isRemoved(next) || isBlank(next)) {
      if (isTag(next) && next.name !== 'br' && ++gap > MAX_GAP) return null;
      continue;
    }
    if (!isTag(next)) return null;
    const text = collapseWhitespace(textOf(next, MAX_CAPTION * 4));
    if (text.length > MAX_CAPTION || !CAPTION_START.test(text) || SENTENCE.test(text) || !isItalic(next)) return null;
    return { element: next, title: text.replace(CAPTION_WORD, '') };
  }
  return null;
}

/** Whitespace, a comment, a line break or an element with neither text nor media in it. */
function isBlank(node: ChildNode): boolean {
  if (isText(node)) return node.data.trim() === '';
  if (!isTag(node)) return true;
  if (CONTENT.has(node.name)) return false;
  let blank = true;
  let visited = 0;
  walk(node, (child) => {
    if (++visited > NODE_BUDGET || (isText(child) && child.data.trim() !== '') || (isTag(child) && CONTENT.has(child.name))) blank = false;
    return blank ? undefined : STOP;
  });
  return blank;
}

/** Whether every piece of text in the element is set in `<i>` or `<em>`. */
function isItalic(element: Element): boolean {
  let italic = true;
  let visited = 0;
  walk(element, (child) => {
    if (++visited > NODE_BUDGET) italic = false;
    else if (isText(child) && child.data.trim() !== '') italic = inItalic(child, element);
    return italic ? undefined : STOP;
  });
  return italic;
}

function inItalic(node: ChildNode, root: Element): boolean {
  for (let at: ChildNode | null = node; at !== null && at !== root.parent; at = at.parent) {
    if (isTag(at) && ITALIC.has(at.name)) return true;
  }
  return false;
}
