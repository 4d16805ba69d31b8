/**
 * Lead and in-text images with their captions and credits.
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { attr } from '../dom/select.js';
import { textOf } from '../dom/text.js';
import { SKIP, STOP, walk } from '../dom/walk.js';
import { splitCaption, unlabelCredit } from '../metadata/split-caption.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import { resolveUrl } from '../text/resolve-url.js';
import type { Image } from '../types.js';

const IMAGE_TAGS: ReadonlySet<string> = new Set(['figure', 'img']);
const SRC_ATTRIBUTES = ['src', 'data-src', 'data-original', 'data-lazy-src', 'data-url', 'data-actualsrc'];
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#]|$)/iu;
const AD_SRC = /\/(?:ads?|adv|banners?|promo)\/|doubleclick|googlesyndication|adservice/iu;
/**
 * An ad slot's alt text: a bare ad label, or a call to subscribe or join (看中国: `加入看中国荣誉会员`).
 * Matched whole, because a news photo's alt may mention one (`…走过一个…的广告牌前。（美联社）`, `…拥有订阅者近两万`).
 */
const AD_ALT = /^(?:ad|ads|advertisement|sponsored|广告|廣告|赞助|贊助)$|^(?:加入|成为|成為)\S{0,8}(?:会员|會員)$|^(?:订阅|訂閱)\S{0,10}$|^\S{0,4}(?:荣誉会员|榮譽會員)$/iu;
const AD_LINK = /subscribe|membership|donate|planshopcart|\/kzgd\/|\/ad\//iu;
const AD_CAPTION = /^(?:ad|广告|廣告)[:：]/iu;
const CAPTION_NAME = /caption/iu;
/** A paragraph that is nothing but a photo credit, e.g. `（图片：pixabay）`. */
const CREDIT_ONLY = /^[（(]\s*(?:图片来源|圖片來源|图片|圖片|图源|圖源|图|圖|照片|摄影|攝影)\s*[:：][^（）()]{1,60}[）)]$/u;
const INLINE = new Set(['br', 'span', 'b', 'strong', 'em', 'i', 'font', 'a', 'ok', 'small', 'sup', 'sub', 'u']);
/** Longest text (in characters) read as the caption of an image sharing its paragraph. */
const MAX_INLINE_CAPTION = 200;

/**
 * Move images out of the body into `images`, with their captions (from
 * `<figcaption>`, `.caption` siblings, RFA's `#headerimgcaption`, or the text
 * sharing a centred paragraph with the image) and the photo credit split off
 * the caption. Tracking pixels and ad images are dropped.
 *
 * @returns The tree step `extractImages`.
 * @example
 * pipe(extractImages()).run('<figure><img src="a.jpg"><figcaption>普京（图：美联社）</figcaption></figure>').found.images
 * // [{ src: 'a.jpg', caption: '普京', credit: '美联社' }]
 */
export function extractImages(): TreeStep {
  return {
    name: 'extractImages',
    stage: 'tree',
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      return {
        tags: IMAGE_TAGS,
        element(node: Element) {
          if (node.name === 'figure') {
            takeFigure(node, ctx);
            return SKIP;
          }
          if (node.name === 'img') {
            takeImage(node, ctx);
            return SKIP;
          }
          return undefined;
        },
      };
    },
  };
}

function takeFigure(figure: Element, ctx: StepContext): void {
  const images: Element[] = [];
  const captions: Element[] = [];
  let linked = '';
  walk(figure, (node) => {
    if (!isTag(node)) return undefined;
    if (node.name === 'img') images.push(node);
    else if (node.name === 'figcaption') {
      captions.push(node);
      return SKIP;
    } else if (node.name === 'a' && linked === '' && IMAGE_FILE.test(attr(node, 'href'))) linked = attr(node, 'href');
    return undefined;
  });
  let caption = readCaptions(captions);
  let captionElement: Element | null = null;
  if (caption.text === '' && caption.credit === '') {
    captionElement = captionAfter(wrapperOf(figure));
    if (captionElement !== null) caption = readCaption(captionElement);
  }
  const captionText = caption.text;
  if (AD_CAPTION.test(captionText)) {
    ctx.remove(figure, 'ad figure', 'ad-caption');
    return;
  }
  const sources = images.map((img) => ({ img, src: sourceOf(img) })).filter(({ img, src }) => !isJunk(img, src, ctx));
  if (sources.length === 0 && linked !== '') sources.push({ img: figure, src: linked });
  const usable = sources.filter((s) => s.src !== '');
  if (usable.length === 0) {
    if (captionText !== '') {
      ctx.issue({ code: 'caption-without-image', message: `figure caption without an image removed: "${captionText.slice(0, 40)}"`, step: 'extractImages' });
    }
    ctx.remove(figure, captionText === '' ? 'empty figure' : 'caption of a missing image', 'figure');
    return;
  }
  usable.forEach(({ img, src }, i) => addImage(img, src, i === 0 ? caption : NO_CAPTION, ctx));
  ctx.remove(figure, 'image and caption', 'figure');
  if (captionElement !== null) ctx.remove(captionElement, 'image caption', 'caption');
  takeCreditAfter(wrapperOf(figure), ctx);
}

function takeImage(img: Element, ctx: StepContext): void {
  const src = sourceOf(img);
  if (isJunk(img, src, ctx)) return;
  if (src === '') {
    ctx.remove(img, 'image without a source', 'img');
    return;
  }
  const anchor = wrapperOf(img);
  const holder = inlineCaptionHolder(img, anchor);
  if (holder !== null && holder.last !== anchor) {
    // Pictures side by side over one caption (看中国 `<p><img><img><br>说明</p>`): the caption is
    // printed under the last; the ones before it are taken alone.
    addImage(img, src, NO_CAPTION, ctx);
    ctx.remove(img, 'image', 'img');
    return;
  }
  if (holder !== null) {
    addImage(img, src, { text: holder.caption, credit: '' }, ctx);
    ctx.remove(holder.element, 'image and its caption', 'img-paragraph');
    takeCreditAfter(holder.element, ctx);
    return;
  }
  const alone = soleHolder(anchor);
  const caption = captionAfter(anchor, img) ?? captionAfter(img, img) ?? (alone === null ? null : plainCaptionAfter(alone, img));
  addImage(img, src, caption === null ? NO_CAPTION : readCaption(caption), ctx);
  ctx.remove(img, 'image', 'img');
  if (caption !== null) ctx.remove(caption, 'image caption', 'caption');
  takeCreditAfter(anchor, ctx);
}

/** A caption's text, and the text of the credit element printed in it apart (RFA's `span.copyright`). */
interface CaptionText {
  readonly text: string;
  readonly credit: string;
}

const NO_CAPTION: CaptionText = { text: '', credit: '' };

/** A credit element of its own inside a caption: RFA's `<span class="copyright">Photo: RFA</span>` beside the caption's span. */
const CREDIT_CLASS = /(?:^|\s)(?:copyright|credits?|photo-credit|image-credit)(?:\s|$)/iu;

/**
 * The captions of a figure read as one. Nearly every figure has one `<figcaption>` or none: its
 * {@link readCaption} is already collapsed, and collapsing is idempotent, so only two or more
 * are joined and collapsed again.
 */
function readCaptions(captions: readonly Element[]): CaptionText {
  if (captions.length === 0) return NO_CAPTION;
  if (captions.length === 1) return readCaption(captions[0]!);
  const read = captions.map(readCaption);
  return { text: collapseWhitespace(read.map((c) => c.text).join(' ')), credit: collapseWhitespace(read.map((c) => c.credit).join(' ')) };
}

/** Whether a caption's child is its credit, by class (an element without a class, most of them, is not tried). */
function isCreditElement(element: Element): boolean {
  const name = attr(element, 'class');
  return name !== '' && CREDIT_CLASS.test(name);
}

/** A caption element's text, with its credit children read apart so that `Photo: RFA` is not glued to the caption. */
function readCaption(caption: Element): CaptionText {
  let text = '';
  let credit = '';
  for (const child of caption.children) {
    if (isTag(child) && isCreditElement(child)) credit += ` ${textOf(child)}`;
    else text += textOf(child);
  }
  return { text: collapseWhitespace(text), credit: collapseWhitespace(credit) };
}

/**
 * Add an image with its caption split from the credit printed at its end. A credit element
 * of the caption's own is used only when the caption names none: the caption's
 * (`（记者夏小华摄）`, `（当事人提供）`) says who took the photo, RFA's `Photo: RFA` is only the site.
 */
function addImage(img: Element, src: string, captionParts: CaptionText, ctx: StepContext): void {
  const image: { src: string; alt?: string; caption?: string; credit?: string } = {
    src: resolveUrl(src, ctx.found.url?.value ?? ctx.inputUrl),
  };
  const alt = collapseWhitespace(attr(img, 'alt') || attr(img, 'title'));
  // An alt that is the uploaded file's name (希望之声 `2020-07-01-ss-香港实业家袁弓夷华盛顿发声.jpg`) describes nothing.
  if (alt !== '' && !IMAGE_FILE.test(alt)) image.alt = alt;
  const parts = splitCaption(captionParts.text);
  if (parts.caption !== undefined) image.caption = parts.caption;
  if (parts.credit !== undefined) image.credit = parts.credit;
  else if (captionParts.credit !== '') image.credit = unlabelCredit(captionParts.credit);
  if (!ctx.found.images.some((i) => i.src === image.src)) ctx.found.images.push(image as Image);
}

/** A tracking pixel's width or height (`/^[01](?:px)?$/`, looked up rather than a pattern built and run twice per image). */
const TRACKING_SIZES: ReadonlySet<string> = new Set(['0', '1', '0px', '1px']);

/** Tracking pixels and ads are removed here and never become images. `src` is the image's {@link sourceOf}, which its caller reads too. */
function isJunk(img: Element, src: string, ctx: StepContext): boolean {
  if (TRACKING_SIZES.has(attr(img, 'width').trim()) || TRACKING_SIZES.has(attr(img, 'height').trim())) {
    ctx.remove(img, 'tracking pixel', 'tracking-pixel');
    return true;
  }
  const link = img.parent !== null && isTag(img.parent) ? attr(img.parent, 'href') : '';
  const alt = attr(img, 'alt').trim();
  // An inline data: image carries no ad server's address; its base64 may spell one by chance.
  // No pattern is run on an empty alt or link (most images have one or the other): neither matches one.
  if ((!src.startsWith('data:') && AD_SRC.test(src)) || (alt !== '' && AD_ALT.test(alt)) || (link !== '' && AD_LINK.test(link))) {
    ctx.remove(img, 'ad image', 'ad-image');
    return true;
  }
  return false;
}

function sourceOf(img: Element): string {
  for (const name of SRC_ATTRIBUTES) {
    const value = attr(img, name).trim();
    // Lazy-loading placeholders: a tiny data: URL or a named placeholder file in src, the real one in data-src.
    if (value !== '' && !(value.startsWith('data:') && value.length < 200) && !(name === 'src' && isPlaceholder(value))) return value;
  }
  const srcset = attr(img, 'srcset').trim();
  return srcset === '' ? '' : (srcset.split(/\s+/u)[0] ?? '');
}

/** A lazy loader's stand-in image (香港經濟日報: `…/image/lazy.png`), by its file name. */
const PLACEHOLDER = /\/(?:lazy|lazyload|placeholder|blank|loading|spacer|transparent)[\w-]{0,20}\.(?:png|gif|jpe?g|svg|webp)(?:[?#]|$)/iu;

/** Whether a `src` is a placeholder file; a long value (an inline `data:` image) is not searched. */
function isPlaceholder(src: string): boolean {
  return src.length < 300 && !src.startsWith('data:') && PLACEHOLDER.test(src);
}

const WRAPPERS = new Set(['a', 'span', 'ok', 'font', 'strong', 'b', 'div', 'center']);

/** The outermost link, span or div an image or figure sits in alone (line breaks aside): RFA's inline images sit in a sized div with the caption div beside it. */
function wrapperOf(node: Element): Element {
  let current = node;
  for (let depth = 0; depth < 4; depth++) {
    const parent = current.parent;
    if (parent === null || !isTag(parent) || !WRAPPERS.has(parent.name) || !onlyChild(parent, current)) break;
    current = parent;
  }
  return current;
}

function onlyChild(parent: Element, child: ChildNode): boolean {
  return parent.children.every((c) => c === child || (isText(c) && c.data.trim() === '') || (isTag(c) && (c.name === 'br' || isBadge(c))));
}

/** A control drawn over a picture (香港經濟日報: `<span class="click-to-enlarge">+1</span>`): at most three characters, in an inline element. */
function isBadge(element: Element): boolean {
  return BADGES.has(element.name) && element.children.every(isText) && textOf(element, 8).trim().length <= 3;
}

const BADGES: ReadonlySet<string> = new Set(['span', 'i', 'em', 'button']);

/**
 * The paragraph an image stands in alone (`<p style="text-align:center"><img></p>`, 新京报,
 * 人民网): its caption is the next paragraph, not a sibling of the image.
 */
function soleHolder(node: Element): Element | null {
  const parent = node.parent;
  return parent !== null && isTag(parent) && HOLDERS.has(parent.name) && onlyChild(parent, node) ? parent : null;
}

const HOLDERS: ReadonlySet<string> = new Set(['p', 'center']);

/** The paragraph right after the image's holder, when it is shaped as the image's caption (never a figure of its own). */
function plainCaptionAfter(holder: Element, img: Element): Element | null {
  let next = holder.next;
  while (next !== null && isText(next) && next.data.trim() === '') next = next.next;
  return next !== null && isTag(next) && isCaptionShaped(next, img) ? next : null;
}

/**
 * A caption element among the next two element siblings, or inside them (RFA nests it).
 * Given the image, a short paragraph right after it with no caption class is its caption
 * too when its text ends with a photo credit (`…。新京报记者 X 摄`) or repeats the image's alt.
 */
function captionAfter(node: ChildNode, img?: Element): Element | null {
  let seen = 0;
  for (let next = node.next; next !== null && seen < 2; next = next.next) {
    if (isText(next)) {
      if (next.data.trim() !== '') return null;
      continue;
    }
    if (!isTag(next)) continue;
    if (next.name === 'br') continue;
    seen++;
    const found = captionWithin(next);
    if (found !== null) return found;
    if (seen === 1 && img !== undefined && isCaptionShaped(next, img)) return next;
  }
  return null;
}

function captionWithin(element: Element): Element | null {
  if (isCaption(element)) return element;
  let found: Element | null = null;
  let visited = 0;
  walk(element, (node) => {
    if (++visited > 50) return STOP;
    if (isTag(node) && isCaption(node)) {
      found = node;
      return STOP;
    }
    return undefined;
  });
  return found;
}

/** Block tags a caption printed as plain text is given. */
const CAPTION_BLOCKS: ReadonlySet<string> = new Set(['p', 'div']);

/**
 * A caption that says what the photo is: 资料图：…, 資料照片：… (a file photo), ends saying so after a
 * space (腾讯: `…单元楼　资料图`), or says only that (中国经济网: `资料图`).
 */
const FILE_PHOTO = /^(?:资料图|資料圖|资料照片?|資料照片?|示意图|示意圖)\s?[:：]|(?:^|\s)(?:资料图片?|資料圖片?|资料照片?|資料照片?|示意图|示意圖)$/u;

function isCaptionShaped(element: Element, img: Element): boolean {
  if (!CAPTION_BLOCKS.has(element.name) || element.children.some((c) => isTag(c) && !INLINE.has(c.name))) return false;
  const text = collapseWhitespace(textOf(element, MAX_INLINE_CAPTION * 2));
  if (text === '' || text.length > MAX_INLINE_CAPTION) return false;
  const alt = collapseWhitespace(attr(img, 'alt'));
  if (splitCaption(text).credit !== undefined || FILE_PHOTO.test(text) || (alt.length >= 8 && text.startsWith(alt.slice(0, 8)))) return true;
  // 齐鲁网: a centred line with no full stop under a centred picture says what it shows.
  return !SENTENCE_STOP.test(text) && isCentred(element) && isCentred(holderOf(img));
}

/** A caption written as a sentence ends with one of these; a bare description does not. */
const SENTENCE_STOP = /[。！？!?；;…”」]$/u;
const CENTRED = /text-align\s*:\s*center/iu;

function isCentred(element: Element | null): boolean {
  return element !== null && (element.name === 'center' || attr(element, 'align').toLowerCase() === 'center' || CENTRED.test(attr(element, 'style')));
}

/** The nearest paragraph, division or `<center>` around an image. */
function holderOf(img: Element): Element | null {
  let node: Element = img;
  for (let depth = 0; depth < 3 && node.parent !== null && isTag(node.parent); depth++) {
    node = node.parent;
    if (node.name === 'p' || node.name === 'div' || node.name === 'center') return node;
  }
  return null;
}

function isCaption(element: Element): boolean {
  return element.name === 'figcaption' || CAPTION_NAME.test(attr(element, 'class')) || CAPTION_NAME.test(attr(element, 'id'));
}

/** What may hold an image and its caption as text beside it. */
const CAPTION_HOLDERS: ReadonlySet<string> = new Set(['p', 'center', 'div', 'td']);

/**
 * A paragraph holding an image and a short text that describes it (看中国:
 * `<p style="text-align:center"><img><br>说明文字</p>`; 自立晚報: a table cell holding the photo and its caption span),
 * or pictures side by side before that text (`<p><img><img><br>说明文字</p>`); `last` is the last of them.
 * `start` is the image's {@link wrapperOf}.
 */
function inlineCaptionHolder(img: Element, start: Element): { element: Element; caption: string; last: Element } | null {
  const parent = start.parent;
  if (parent === null || !isTag(parent) || !CAPTION_HOLDERS.has(parent.name)) return null;
  let text = '';
  let images = 0;
  let last: Element = start;
  for (const child of parent.children) {
    if (isTag(child) && (child.name === 'img' || child === start)) {
      // A picture after text starts a caption of its own: one text is not the caption of both.
      if (images > 0 && text.trim() !== '') return null;
      images++;
      last = child;
      continue;
    }
    // Only inline content may share the holder with the image: a block child
    // means the holder is a container of paragraphs, not a caption.
    if (isTag(child) && !INLINE.has(child.name)) return null;
    text += isText(child) ? child.data : textOf(child, MAX_INLINE_CAPTION * 2);
    if (text.length > MAX_INLINE_CAPTION * 2) return null;
  }
  const caption = collapseWhitespace(text);
  if (caption === '' || caption.length > MAX_INLINE_CAPTION) return null;
  const centred = CENTRED.test(attr(parent, 'style')) || parent.name === 'center';
  const alt = collapseWhitespace(attr(img, 'alt'));
  const echoesAlt = alt !== '' && (caption.includes(alt.slice(0, 8)) || alt.includes(caption.slice(0, 8)));
  // The credit is looked for last: nearly every holder is centred or echoes the alt, and addImage splits the caption anyway.
  return centred || echoesAlt || splitCaption(caption).credit !== undefined ? { element: parent, caption, last } : null;
}

/** A paragraph right after an image that is only its credit: `（图片：pixabay）`. */
function takeCreditAfter(node: ChildNode, ctx: StepContext): void {
  let next = node.next;
  while (next !== null && isText(next) && next.data.trim() === '') next = next.next;
  if (next === null || !isTag(next) || next.name !== 'p') return;
  const text = collapseWhitespace(textOf(next, 100));
  if (!CREDIT_ONLY.test(text)) return;
  const last = ctx.found.images.at(-1);
  const credit = splitCaption(text).credit;
  if (last !== undefined && last.credit === undefined && credit !== undefined) {
    ctx.found.images[ctx.found.images.length - 1] = { ...last, credit };
  }
  ctx.remove(next, 'photo credit of the image above', 'credit-line');
}
