/**
 * Boilerplate that its markup gives away.
 */
import type { Document } from 'domhandler';
import { indexRules, removeMatched } from '../pipeline/selector-rules.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { BOILERPLATE_SELECTORS } from '../rules/chrome.js';
import type { SelectorRule } from '../rules/selector-rule.js';

/**
 * Options for {@link removeBoilerplate}.
 *
 * @example
 * // Keep readers' comments, drop the rest of the built-in table:
 * const boilerplate = removeBoilerplate({ selectors: BOILERPLATE_SELECTORS.filter((rule) => rule.id !== 'comments') });
 * pipe(boilerplate).run('<p>正文</p><div id="comments"><p>读者评论：说得好</p></div>').blocks
 * // [{ kind: 'paragraph', text: '正文' }, { kind: 'paragraph', text: '读者评论：说得好' }]
 */
export interface RemoveBoilerplateOptions {
  /** The selector table. @default BOILERPLATE_SELECTORS */
  readonly selectors?: readonly SelectorRule[];
}

/**
 * Remove boilerplate identified by markup: notice banners (`p.notice`), promo
 * lists (`.texttj`), share bars, QR codes, short-URL boxes, navigation, page
 * footers, comment sections, subscription and donation boxes.
 *
 * Boilerplate identified by its words (appeals, reprint and copyright lines)
 * is removed later, from the blocks, by {@link removeBoilerplateText}.
 *
 * @param options - Replace the selector table.
 * @returns The tree step `removeBoilerplate`.
 * @example
 * pipe(removeBoilerplate()).run('<p class="notice">大陆网友注意</p><p>正文</p>').blocks // [{ kind: 'paragraph', text: '正文' }]
 */
export function removeBoilerplate(options: RemoveBoilerplateOptions = {}): TreeStep {
  const rules = indexRules(options.selectors ?? BOILERPLATE_SELECTORS, 'removeBoilerplate');
  return {
    name: 'removeBoilerplate',
    stage: 'tree',
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      return {
        element: removeMatched(rules, ctx),
      };
    },
  };
}
