/**
 * How the tree is cut into body blocks: shared by `toBlocks`, which makes the
 * blocks, and by the link filter, which asks which block a link stood in.
 */

/** Elements that start and end a block of text. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);

/** Lists: one block for the whole list, the outermost one when lists nest. */
export const LIST_ELEMENTS: ReadonlySet<string> = new Set(['ul', 'ol']);

/** Table cells: their text joins the row's block rather than starting one. */
export const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);
