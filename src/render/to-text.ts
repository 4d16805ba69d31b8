/**
 * Plain text of an article.
 */
import type { Article } from '../types.js';
import { checkArticle } from './check-article.js';

/**
 * Render an article as plain text: the title, a blank line, then the body
 * blocks separated by blank lines (list items one per line).
 *
 * @param article - The article.
 * @returns Plain text.
 * @example
 * toText(article) // '标题\n\n第一段。\n\n第二段。'
 */
export function toText(article: Pick<Article, 'title' | 'body'>): string {
  checkArticle(article, 'toText()');
  const body = article.body.map((block) => block.text).join('\n\n');
  return article.title === '' ? body : `${article.title}\n\n${body}`;
}
