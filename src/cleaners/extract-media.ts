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

const KIND: ReadonlyMap<string, Media['kind']> = new Map([
  ['audio', 'audio'],
  ['video', 'video'],
  ['iframe', 'embed'],
  ['embed', 'embed'],
  ['object', 'embed'],
]);

const PLAYERS: ReadonlySet<string> = new Set([...KIND.keys(), 'a']);
/** Links to media files: a player's download link is the player's source. */
const MEDIA_FILE = /\.(?:(mp3|m4a|aac|ogg|oga|wav|flac)|(mp4|m4v|webm|mov|flv|m3u8))(?:[?#]|$)/iu;

/** Words that label a player, e.g. `128kbps收听：`, `点击播放`. */
const PLAYER_LABEL = /^[\w.]*\s*(?:收听|收聽|收看|播放|点击播放|點擊播放|音频|音頻|视频|視頻|影片|下载|下載|listen|play|audio|video)[\w\s.]*[:：]?$/iu;
/** Longest label text (in characters) removed with its player. */
const MAX_LABEL = 24;

/**
 * Move `<audio>`, `<video>`, `<iframe>`, `<embed>` and `<object>` players out
 * of the body into `media`, taking a paragraph that only labels the player
 * (`128kbps收听：`) with them.
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
        const kind = node.name === 'a' ? linkKind(node) : KIND.get(node.name);
        if (kind === undefined) return undefined;
        const src = sourceOf(node);
        const label = labelParent(node);
        const caption = kind === 'audio' ? null : captionAfter(label ?? node);
        if (src !== '') {
          const base = ctx.found.url?.value ?? ctx.inputUrl;
          const media: { kind: Media['kind']; src: string; title?: string } = { kind, src: resolveUrl(src, base) };
          const title = collapseWhitespace(attr(node, 'title') || attr(node, 'aria-label')) || (caption?.title ?? '');
          if (title !== '') media.title = title;
          ctx.found.media.push(media);
        }
        ctx.remove(label ?? node, label === null ? `${kind} player` : `${kind} player and its label`, node.name);
        if (caption !== null) ctx.remove(caption.element, `${kind} caption under the player`, 'media-caption');
        return SKIP;
        },
      };
    },
  };
}

/** A link to an audio or video file (希望之声's player offers only its `128kbps下载` link). */
function linkKind(link: Element): Media['kind'] | undefined {
  const match = MEDIA_FILE.exec(attr(link, 'href'));
  if (match === null) return undefined;
  return match[1] !== undefined ? 'audio' : 'video';
}

function sourceOf(element: Element): string {
  const direct = attr(element, 'src') || attr(element, 'data-src') || attr(element, 'data') || (element.name === 'a' ? attr(element, 'href') : '');
  if (direct !== '') return direct.trim();
  let found = '';
  walk(element, (child) => {
    if (isTag(child) && child.name === 'source') found = attr(child, 'src').trim();
    return found === '' ? undefined : STOP;
  });
  return found;
}

/** A line that names the video above it: `视频【…】`, printed in italics or without sentence punctuation. */
const VIDEO_CAPTION = /^(?:视频|視頻|影片|短片)\s*[:：]?\s*/u;
const SENTENCE_PUNCTUATION = /[，。；！？,;!?]/u;
const MAX_CAPTION = 80;
/** How many empty elements may stand between a player and its caption (whitespace between them counts too). */
const MAX_GAP = 4;

/**
 * The caption printed under a video player (RFA's italic `视频【…】` line):
 * the first sibling after it with text, when that text is such a caption.
 */
function captionAfter(player: Element): { element: Element; title: string } | null {
  let steps = 0;
  for (let next = player.next; next !== null && steps <= MAX_GAP * 2; next = next.next, steps++) {
    if (isText(next)) {
      if (next.data.trim() === '') continue;
      return null;
    }
    if (!isTag(next)) continue;
    const text = collapseWhitespace(textOf(next, MAX_CAPTION * 2));
    if (text === '') continue;
    const lead = VIDEO_CAPTION.exec(text);
    if (lead === null || text.length > MAX_CAPTION) return null;
    const italic = hasTag(next, ITALIC);
    if (!italic && SENTENCE_PUNCTUATION.test(text)) return null;
    return { element: next, title: text.slice(lead[0].length) || text };
  }
  return null;
}

const ITALIC: ReadonlySet<string> = new Set(['i', 'em']);

/** Whether an element holds one of these tags (a bounded look). */
function hasTag(element: Element, names: ReadonlySet<string>): boolean {
  let found = false;
  walk(element, (child) => {
    if (isTag(child) && names.has(child.name)) found = true;
    return found ? STOP : undefined;
  });
  return found;
}

/** The paragraph around a player, when all its other text just labels the player. */
function labelParent(player: Element): Element | null {
  const parent = player.parent;
  if (parent === null || !isTag(parent) || (parent.name !== 'p' && parent.name !== 'div')) return null;
  // A link carries its own label: 128kbps下载 is the link's text.
  let text = player.name === 'a' ? textOf(player, MAX_LABEL * 4) : '';
  for (const child of parent.children) {
    if (child === player) continue;
    if (isTag(child) && (KIND.has(child.name) || child.name === 'br')) continue;
    text += isText(child) ? child.data : textOf(child as ChildNode, MAX_LABEL * 4);
    if (text.length > MAX_LABEL * 4) return null;
  }
  const label = collapseWhitespace(text);
  if (label === '') return player.name === 'a' ? null : parent;
  return label.length <= MAX_LABEL && PLAYER_LABEL.test(label) ? parent : null;
}
