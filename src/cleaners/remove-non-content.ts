/**
 * Markup that is never content: scripts, styles, comments, form controls,
 * hidden elements.
 */
import type { Document, Element } from 'domhandler';
import { isComment, isDirective } from 'domhandler';
import { attr, hasAttributes } from '../dom/select.js';
import { SKIP } from '../dom/walk.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';

/** Elements removed whole, with the reason given in traces. */
const NON_CONTENT: ReadonlyMap<string, string> = new Map([
  ['script', 'script'],
  ['style', 'style sheet'],
  ['noscript', 'noscript fallback'],
  ['template', 'template'],
  ['head', 'document head'],
  ['link', 'link element'],
  ['meta', 'meta element'],
  ['input', 'form control'],
  ['button', 'form control'],
  ['select', 'form control'],
  ['textarea', 'form control'],
  ['svg', 'vector graphic'],
  ['canvas', 'canvas'],
  ['map', 'image map'],
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/iu;

/**
 * Remove scripts, styles, comments, the document head, form controls and
 * elements hidden with `hidden`, `aria-hidden` or an inline `display:none`.
 *
 * @returns The tree step `removeNonContent`.
 * @example
 * pipe(removeNonContent()).run('<p>正文<script>x()</script></p>').blocks[0].text // '正文'
 */
export function removeNonContent(): TreeStep {
  return {
    name: 'removeNonContent',
    stage: 'tree',
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      return {
        other(node) {
          if (isComment(node) || isDirective(node)) ctx.remove(node, 'comment or directive');
          return SKIP;
        },
        element(node: Element) {
          const reason = NON_CONTENT.get(node.name) ?? (isHidden(node) ? 'hidden element' : undefined);
          if (reason === undefined) return undefined;
          ctx.remove(node, reason, node.name);
          return SKIP;
        },
      };
    },
  };
}

function isHidden(element: Element): boolean {
  if (!hasAttributes(element.attribs)) return false;
  if (Object.hasOwn(element.attribs, 'hidden')) return true;
  if (attr(element, 'aria-hidden') === 'true' && element.name !== 'img') return true;
  const style = attr(element, 'style');
  return style !== '' && HIDDEN_STYLE.test(style);
}
