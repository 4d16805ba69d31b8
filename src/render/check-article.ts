/**
 * The renderers' one check of what they are given.
 */
import { describeValue } from '../check-fields.js';

/**
 * Refuse anything that is not an article, pointing a whole extraction result
 * to its `article` field.
 *
 * @param article - What the caller passed.
 * @param where - The renderer, for the message (`toText()`).
 * @throws TypeError naming what was passed and what to pass instead.
 * @example
 * checkArticle(extractArticle(html), 'toText()')
 * // TypeError: qingxi: toText() takes an Article, got an extraction result; pass result.article once result.ok is true.
 */
export function checkArticle(article: unknown, where: string): void {
  if (article !== null && typeof article === 'object' && typeof (article as { title?: unknown }).title === 'string' && Array.isArray((article as { body?: unknown }).body)) return;
  if (article !== null && typeof article === 'object' && 'ok' in article && 'article' in article) {
    const hint = article.ok === true ? 'pass result.article' : 'this result has no article (result.error says why); render result.article only when result.ok is true';
    throw new TypeError(`qingxi: ${where} takes an Article, got an extraction result; ${hint}.`);
  }
  throw new TypeError(`qingxi: ${where} takes an Article (result.article of extractArticle()), got ${describeValue(article)}.`);
}
