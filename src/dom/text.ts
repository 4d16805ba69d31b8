/**
 * Plain text of a subtree, without recursion.
 */
import type { AnyNode, ChildNode, ParentNode } from 'domhandler';
import { hasChildren, isComment, isDirective, isTag, isText } from 'domhandler';
import { TreeCursor } from './walk.js';

const OPAQUE = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/**
 * The concatenated text of a node, skipping script-like elements.
 *
 * With a `limit`, the walk also stops after a number of nodes in proportion to
 * it. Why: steps ask for a short prefix of text (a link's, a caption's) on every
 * element of a kind, and on a page of 100,000 nested wrappers with the text at
 * the bottom each such question would walk the whole depth below it: quadratic.
 * A prefix that takes more than `NODES_PER_CHAR` nodes per character is not the
 * text of a link or a label anyway.
 *
 * @param node - Any node.
 * @param limit - Stop once this many characters were collected (or this many times `NODES_PER_CHAR` nodes walked).
 * @returns The raw text (whitespace untouched).
 */
export function textOf(node: AnyNode, limit = Infinity): string {
  if (isText(node)) return node.data.slice(0, limit);
  if (!hasChildren(node)) return '';
  // Most links, captions and labels hold one text node: no walk for them.
  const only = node.children.length === 1 ? node.children[0]! : null;
  if (only !== null && isText(only)) return only.data.length > limit ? only.data.slice(0, limit) : only.data;
  let out = '';
  let budget = limit === Infinity ? Infinity : MIN_NODES + limit * NODES_PER_CHAR;
  // A cursor, not walk(): no callback made and called for each node of the 44,000 subtrees read a corpus pass.
  const cursor = new TreeCursor(node);
  for (let child = cursor.next(); child !== null; child = cursor.next()) {
    if (cursor.leaving) continue;
    if (out.length >= limit || --budget < 0) break;
    if (isText(child)) out += child.data;
    else if (!(isTag(child) && OPAQUE.has(child.name))) cursor.descend(child);
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

/** Nodes a limited {@link textOf} may walk: this many, plus `NODES_PER_CHAR` per character asked for. */
const MIN_NODES = 64;
const NODES_PER_CHAR = 1;

/**
 * A short description of a node for traces: its collapsed text, or its tag
 * with id and class when it has no text; a comment or a directive as written.
 *
 * @param node - The node to describe.
 * @param max - Maximum length in characters.
 * @returns A one-line snippet.
 */
export function snippetOf(node: AnyNode, max = 80): string {
  if (isComment(node)) return clip(`<!-- ${node.data.replace(/\s+/gu, ' ').trim()} -->`, max);
  // A directive (`<!DOCTYPE html>`) has no text; without this its snippet was empty.
  if (isDirective(node)) return clip(`<${node.data.replace(/\s+/gu, ' ').trim()}>`, max);
  const text = textOf(node, max * 4).replace(/\s+/gu, ' ').trim();
  if (text !== '') return clip(text, max);
  if (isTag(node)) {
    const id = node.attribs['id'];
    const cls = node.attribs['class'];
    let tag = `<${node.name}`;
    if (id !== undefined && id !== '') tag += ` id="${id}"`;
    if (cls !== undefined && cls !== '') tag += ` class="${cls}"`;
    for (const name of ['src', 'href']) {
      const value = node.attribs[name];
      if (value !== undefined && value !== '') tag += ` ${name}="${value}"`;
    }
    return clip(`${tag}>`, max);
  }
  return '';
}

/**
 * Cut a string to `max` characters (code points), marking the cut with `…`.
 *
 * @param text - The text.
 * @param max - Maximum length.
 * @returns The clipped text.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
