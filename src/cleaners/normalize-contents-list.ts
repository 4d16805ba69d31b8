/**
 * An in-page contents list set as one paragraph of anchor links, made a list.
 */
import type { ChildNode, Document } from 'domhandler';
import { Element, isTag, isText } from 'domhandler';
import { attr } from '../dom/select.js';
import { snippetOf } from '../dom/text.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';

/** Fewer entries than this are a pair of links, not a contents list. */
const MIN_ENTRIES = 3;
/** Elements that make a link: `<a>` and the mirrors' stand-ins `<ok>`, `<span href>`. */
const LINKS = new Set(['a', 'ok', 'span']);
/** Bold wrappers an entry may stand in (大纪元's 要点: `<strong><ok href="#_Toc…">…</ok></strong>`). */
const WRAPPERS = new Set(['strong', 'b']);

/**
 * Turn a paragraph that holds nothing but links to places in the page itself (`href="#_Toc…"`),
 * one a line, into a `<ul>` with an item per link. 大纪元 prints a key-point list (`要点：`) and a
 * chapter's contents (`目录`) that way: read as lines, each bold entry became a subheading that
 * repeats the real one below it, and each plain entry a paragraph of its own. It runs before
 * {@link unwrapLinks}, which takes the links' targets away.
 *
 * @returns The tree step `normalizeContentsList`.
 * @example
 * pipe(normalizeContentsList()).run('<p><strong><a href="#_Toc1">甲</a></strong><br><strong><a href="#_Toc2">乙</a></strong><br><a href="#_Toc3">丙</a></p>').blocks
 * // [{ kind: 'list', text: '甲\n乙\n丙', items: ['甲', '乙', '丙'], … }]
 */
export function normalizeContentsList(): TreeStep {
  return {
    name: 'normalizeContentsList',
    stage: 'tree',
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      return {
        tags: new Set(['p']),
        element(p: Element) {
          const entries = contentsEntries(p);
          if (entries === null) return undefined;
          ctx.changed(snippetOf(p), 'in-page contents list: a list, one item per entry', 'contents-list');
          // The items are walked on: the steps after this one in the walk unwrap their links.
          toList(p, entries);
          return undefined;
        },
      };
    },
  };
}

/** The entries of a paragraph that is only in-page links, one a line (`<br>` between), or `null`. */
function contentsEntries(p: Element): ChildNode[] | null {
  // Most paragraphs start with text: they end here, before any attribute is read.
  if (!p.children.some(isTag)) return null;
  const entries: ChildNode[] = [];
  for (const child of p.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') return null;
    } else if (isTag(child)) {
      if (child.name === 'br') continue;
      if (!isInPageLink(child)) return null;
      entries.push(child);
    } else return null;
  }
  return entries.length >= MIN_ENTRIES ? entries : null;
}

/** A link to an anchor of the page itself, maybe inside one bold wrapper. */
function isInPageLink(node: Element): boolean {
  if (WRAPPERS.has(node.name)) {
    const inner = node.children.filter((c) => !(isText(c) && c.data.trim() === ''));
    return inner.length === 1 && isTag(inner[0]!) && isInPageLink(inner[0]);
  }
  if (!LINKS.has(node.name)) return false;
  const href = attr(node, 'href').trim();
  return href.startsWith('#') && href.length > 1;
}

/** Make the paragraph a `<ul>` whose items are its entries (the `<br>`s and blank text go). */
function toList(p: Element, entries: ChildNode[]): void {
  const items = entries.map((entry) => {
    const li = new Element('li', {}, [entry]);
    entry.parent = li;
    entry.prev = null;
    entry.next = null;
    li.parent = p;
    return li;
  });
  items.forEach((li, i) => {
    li.prev = items[i - 1] ?? null;
    li.next = items[i + 1] ?? null;
  });
  p.name = 'ul';
  p.children = items;
}
