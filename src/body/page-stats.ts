/**
 * One walk that measures every element of a page the way a Chinese reader
 * would: text in characters, Chinese punctuation, text inside links, and the
 * paragraphs each element holds.
 */
import type { Document, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { matchesPhrase } from '../cleaners/remove-boilerplate-text.js';
import { textOf } from '../dom/text.js';
import { SKIP, walkEnterExit } from '../dom/walk.js';
import { BLOCK_ELEMENTS } from '../rules/block-elements.js';
import { NEGATIVE_CLASS_HINT } from '../rules/class-hints.js';
import { BOILERPLATE_PHRASES } from '../rules/phrases.js';
import { CJK_PUNCTUATION } from '../text/cjk.js';

/** What the walk measured for one element (or the document). */
export interface Stats {
  /** Visible characters in the subtree, whitespace not counted. */
  chars: number;
  /** Of which inside links. */
  linkChars: number;
  /** Chinese punctuation (and commas) in the subtree. */
  punct: number;
  /** Characters of the element's own paragraph: its text outside nested blocks. */
  inline: number;
  inlineLink: number;
  inlinePunct: number;
  /** Paragraph scores this element received as a container. */
  score: number;
  /** The element is a paragraph of its own. */
  paragraph: boolean;
  /** Scores of short lines (a poem's, a list of names): counted only when a page has no paragraph at all. */
  lineScore: number;
  /** The element is such a short line. */
  line: boolean;
  /** The element or one inside it carries a negative class or id hint (comments, sidebar …). */
  negative: boolean;
  /** The element is a caption (`<figcaption>`, `.wp-caption-text`, `.picinfo` …). */
  caption: boolean;
  /** The subtree holds a dateline-like header (`…日讯】`, `…日電）`). */
  dateline: boolean;
  /** The subtree holds an image, video, audio or embedded frame. */
  media: boolean;
  /** The subtree holds an `<h1>`: the title's block, not the body. */
  heading: boolean;
}

const LINKS = new Set(['a', 'ok']);
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'embed', 'object']);
/** Elements whose own text can be a paragraph. */
const PARAGRAPH_HOSTS = new Set(['p', 'pre', 'blockquote', 'td', 'li', 'div', 'section', 'article', 'dd', 'center']);
/** Block-level for measuring: `<br>` breaks a line, not a paragraph host. */
const BLOCKS: ReadonlySet<string> = new Set([...BLOCK_ELEMENTS].filter((name) => name !== 'br'));
/** A paragraph shorter than this (in characters) adds nothing to its container's score. */
const MIN_PARAGRAPH = 20;
/** A line of a poem or a list: shorter than a paragraph, at least this long, with no link. */
const MIN_LINE = 4;
/** Class names of captions. */
const CAPTION_CLASS = /caption|picinfo|pic-info|img-desc|photo-desc|pic-desc|tuzhu/iu;
/** A paragraph beside an image with less text than this is the image's caption. */
const MAX_CAPTION = 60;
/** Paragraphs inside comment sections, sidebars and the like count this much. */
const NEGATIVE_WEIGHT = 0.2;
/** Chinese punctuation (and the comma) by UTF-16 code, for a loop that does not build strings. */
const PUNCTUATION_CODES: ReadonlySet<number> = new Set([...CJK_PUNCTUATION].map((ch) => ch.charCodeAt(0)));
/** Paragraphs up to this many characters are checked against the boilerplate phrases. */
const MAX_PHRASE_CHECK = 600;
/** What ends a dateline header: 讯】 訊】 电） 電） and the like. */
const DATELINE_END = /日[^】）)]{0,4}[讯訊电電][】）)]/u;

/**
 * Measure every element of the page in one walk. A paragraph (an element
 * with at least 20 characters of its own text, less than half of it in
 * links) scores `1 + punctuation + min(chars / 40, 3)` for its container
 * (a `<p>`'s parent, or the element itself), half that for the container's
 * parent and a sixth one level further; inside a comment section, sidebar or
 * other region its class names mark as not the article, a fifth of that.
 *
 * @param doc - The page.
 * @returns The measures of every element, and of the document itself.
 */
export function measurePage(doc: Document): Map<ParentNode, Stats> {
  const stats = new Map<ParentNode, Stats>();
  const root = newStats();
  stats.set(doc, root);
  const stack: Stats[] = [root];
  let inLink = 0;
  let negative = 0;
  let caption = 0;
  walkEnterExit(
    doc,
    (node) => {
      if (isText(node)) {
        countText(node.data, stack.at(-1)!, inLink > 0);
        return undefined;
      }
      if (!isTag(node)) return SKIP;
      if (LINKS.has(node.name)) inLink++;
      const s = newStats();
      if (isNegative(node)) {
        s.negative = true;
        negative++;
      }
      if (isCaption(node)) {
        s.caption = true;
        caption++;
      }
      if (MEDIA.has(node.name)) s.media = true;
      if (node.name === 'h1') s.heading = true;
      stats.set(node, s);
      stack.push(s);
      return undefined;
    },
    (node) => {
      if (!isTag(node)) return;
      if (LINKS.has(node.name)) inLink--;
      const s = stack.pop()!;
      if (s.negative) negative--;
      if (s.caption) caption--;
      addTo(stack.at(-1)!, s, !BLOCKS.has(node.name));
      // A caption, or a short paragraph beside its image, belongs to the image.
      if (!PARAGRAPH_HOSTS.has(node.name) || caption > 0 || (s.media && s.inline < MAX_CAPTION)) return;
      const weight = negative > 0 ? NEGATIVE_WEIGHT : 1;
      if (s.inline >= MIN_PARAGRAPH && s.inlineLink < s.inline / 2 && !isBoilerplate(node, s)) {
        s.paragraph = true;
        addScore(node, 1 + s.inlinePunct + Math.min(Math.floor(s.inline / 40), 3), weight, stats, 'score');
      } else if (s.inline >= MIN_LINE && s.inlineLink === 0) {
        s.line = true;
        addScore(node, 1, weight, stats, 'lineScore');
      }
    },
  );
  return stats;
}

/**
 * A short paragraph that the boilerplate phrase table drops (an appeal, a
 * reprint notice, a disclaimer) is no evidence of the article: on a page of
 * short lines it would otherwise be the best paragraph there is.
 */
function isBoilerplate(paragraph: Element, s: Stats): boolean {
  if (s.chars > MAX_PHRASE_CHECK) return false;
  const text = textOf(paragraph, MAX_PHRASE_CHECK * 2).replace(/\s+/gu, ' ').trim();
  return BOILERPLATE_PHRASES.some((rule) => matchesPhrase(text, rule));
}

function newStats(): Stats {
  return { chars: 0, linkChars: 0, punct: 0, inline: 0, inlineLink: 0, inlinePunct: 0, score: 0, paragraph: false, lineScore: 0, line: false, negative: false, caption: false, dateline: false, media: false, heading: false };
}

function isCaption(element: Element): boolean {
  if (element.name === 'figcaption') return true;
  const names = element.attribs['class'];
  return names !== undefined && CAPTION_CLASS.test(names);
}

function isNegative(element: Element): boolean {
  if (element.name === 'body' || element.name === 'html') return false;
  const names = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`;
  return names.length > 1 && NEGATIVE_CLASS_HINT.test(names);
}

/** A child's measures go to its parent; an inline child's own text is the parent's own text too. */
function addTo(parent: Stats, child: Stats, inline: boolean): void {
  parent.chars += child.chars;
  parent.linkChars += child.linkChars;
  parent.punct += child.punct;
  parent.dateline ||= child.dateline;
  parent.media ||= child.media;
  parent.heading ||= child.heading;
  if (inline) {
    parent.inline += child.inline;
    parent.inlineLink += child.inlineLink;
    parent.inlinePunct += child.inlinePunct;
  }
}

function countText(data: string, into: Stats, link: boolean): void {
  let chars = 0;
  let punct = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    // Whitespace is not text; the second half of a surrogate pair is the same character.
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    chars++;
    if (c === 0x2c || PUNCTUATION_CODES.has(c)) punct++;
  }
  into.chars += chars;
  into.inline += chars;
  into.punct += punct;
  into.inlinePunct += punct;
  if (link) {
    into.linkChars += chars;
    into.inlineLink += chars;
  }
  if (!into.dateline && chars > 0 && DATELINE_END.test(data)) into.dateline = true;
}

/** A paragraph's score goes to its container in full, to the container's parent in half, and a sixth further up. */
function addScore(paragraph: Element, score: number, weight: number, stats: ReadonlyMap<ParentNode, Stats>, field: 'score' | 'lineScore'): void {
  let share = weight;
  let target: ParentNode | null = paragraph.name === 'p' ? paragraph.parent : paragraph;
  for (let level = 0; level < 3 && target !== null; level++) {
    const ts = stats.get(target);
    if (ts !== undefined) ts[field] += score * share;
    share = level === 0 ? weight / 2 : share / 3;
    target = target.parent;
  }
}
