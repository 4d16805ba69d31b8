/**
 * The one parse of a page, and the copy made when a caller hands in a tree.
 */
import type { ChildNode, ParentNode } from 'domhandler';
import { CDATA, Comment, Document, Element, ProcessingInstruction, Text, hasChildren, isCDATA, isComment, isDocument, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * Parse HTML (or a Markdown page with HTML inside) into a DOM, decoding
 * character references exactly once.
 *
 * @param html - The page as text.
 * @returns A new document the caller owns.
 */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

/**
 * Deep-copy a document (or any parent node) without recursion, so that a page
 * nested 100,000 levels deep can be copied.
 *
 * @param source - The tree to copy; it is not changed.
 * @returns A new document holding copies of `source`'s children.
 */
export function cloneDocument(source: ParentNode): Document {
  const root = new Document([]);
  const stack: Array<[ParentNode, ParentNode]> = [[source, root]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    const children: ChildNode[] = [];
    for (const child of from.children) {
      const copy = shallowCopy(child);
      children.push(copy);
      if (hasChildren(child) && hasChildren(copy)) stack.push([child, copy]);
    }
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      child.parent = to;
      child.prev = children[i - 1] ?? null;
      child.next = children[i + 1] ?? null;
    }
    to.children = children;
  }
  return root;
}

function shallowCopy(node: ChildNode): ChildNode {
  if (isText(node)) return new Text(node.data);
  if (isComment(node)) return new Comment(node.data);
  if (isTag(node)) {
    // A null-prototype copy of the attributes: names such as `__proto__` stay plain keys.
    const attribs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const key of Object.keys(node.attribs)) attribs[key] = node.attribs[key]!;
    const copy = new Element(node.name, attribs, [], node.type);
    return copy;
  }
  if (isCDATA(node)) return new CDATA([]);
  if (isDocument(node)) return new Document([]);
  return new ProcessingInstruction((node as ProcessingInstruction).name, (node as ProcessingInstruction).data);
}
