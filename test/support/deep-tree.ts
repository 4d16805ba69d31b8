/**
 * A document nested `depth` elements deep, built node by node: the parser
 * caps nesting (MAX_DEPTH), but a caller may hand in a tree of any depth, and
 * the walks, edits and block building must not recurse on it.
 */
import { Document, Element, Text } from 'domhandler';

/**
 * Build `<name><name>…text…</name></name>` as a tree.
 *
 * @param name - The element name at every level.
 * @param depth - How many levels.
 * @param text - The text at the bottom.
 * @returns A new document.
 */
export function deepTree(name: string, depth: number, text: string): Document {
  let inner: Element | Text = new Text(text);
  for (let i = 0; i < depth; i++) {
    const element: Element = new Element(name, {}, [inner]);
    inner.parent = element;
    inner = element;
  }
  const doc = new Document([inner]);
  inner.parent = doc;
  return doc;
}
