/**
 * Clean, safe HTML of an article, built from its text: nothing from the source
 * page's markup is copied, so no script, handler or unsafe URL can pass through.
 */
import { escapeAttribute, escapeText } from 'entities';
import type { Article, Block, Image } from '../types.js';
import { checkArticle } from './check-article.js';

/**
 * Options for {@link toHtml}.
 *
 * @example
 * // The page shows its own headline and pictures: the body, date and link only.
 * toHtml(article, { title: false, images: false })
 * // '<article lang="zh-Hans"><p><time datetime="2022-12-30">2022-12-30</time></p><p>香港警方周五拘捕多人，…</p>…</article>'
 */
export interface HtmlOptions {
  /** Put the title in an `<h1>`. @default true */
  readonly title?: boolean;
  /** Render images as `<figure>`s after the body. @default true */
  readonly images?: boolean;
}

const SAFE_IMAGE_URL = /^(?:https?:\/\/|data:image\/(?:png|gif|jpe?g|webp|avif);base64,)/iu;
const SAFE_LINK_URL = /^https?:\/\//iu;

/**
 * Render an article as an HTML fragment: `<article>` with `<h1>`, `<p>`,
 * `<h2>`, `<blockquote>`, `<ul>`, and `<figure>`s for images. Only this
 * allow-list of elements and the attributes `src`, `alt`, `href`, `datetime`,
 * `lang` are emitted; image URLs must be http(s) or a `data:image/…` URL.
 *
 * @param article - The article.
 * @param options - Whether to include the title and images.
 * @returns An HTML fragment.
 * @example
 * toHtml(article) // '<article lang="zh-Hans"><h1>标题</h1><p>第一段。</p></article>'
 */
export function toHtml(article: Pick<Article, 'title' | 'body' | 'images' | 'lang' | 'published' | 'url'>, options: HtmlOptions = {}): string {
  checkArticle(article, 'toHtml()');
  const parts: string[] = [];
  if ((options.title ?? true) && article.title !== '') parts.push(`<h1>${escapeText(article.title)}</h1>`);
  if (article.published !== null) parts.push(`<p><time datetime="${escapeAttribute(article.published)}">${escapeText(article.published)}</time></p>`);
  for (const block of article.body) parts.push(renderBlock(block));
  if (options.images ?? true) for (const image of article.images) parts.push(renderImage(image));
  if (article.url !== null && SAFE_LINK_URL.test(article.url)) parts.push(`<p><a href="${escapeAttribute(article.url)}">${escapeText(article.url)}</a></p>`);
  const lang = article.lang === 'und' ? '' : ` lang="${article.lang}"`;
  return `<article${lang}>${parts.join('')}</article>`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h2>${escapeText(block.text)}</h2>`;
    case 'quote':
      return `<blockquote><p>${lines(block.text)}</p></blockquote>`;
    case 'list':
      return `<ul>${(block.items ?? [block.text]).map((item) => `<li>${escapeText(item)}</li>`).join('')}</ul>`;
    case 'paragraph':
      return `<p>${lines(block.text)}</p>`;
  }
}

function renderImage(image: Image): string {
  if (!SAFE_IMAGE_URL.test(image.src.trim())) return '';
  const alt = escapeAttribute(image.alt ?? '');
  const caption = [image.caption, image.credit === undefined ? undefined : `（${image.credit}）`].filter((v) => v !== undefined).join('');
  const figcaption = caption === '' ? '' : `<figcaption>${escapeText(caption)}</figcaption>`;
  return `<figure><img src="${escapeAttribute(image.src.trim())}" alt="${alt}">${figcaption}</figure>`;
}

function lines(text: string): string {
  return text.split('\n').map(escapeText).join('<br>');
}
