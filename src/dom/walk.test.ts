import { type Element, isTag, isText } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse.js';
import { SKIP, STOP, TreeCursor, nextInSubtree, walk, walkEnterExit } from './walk.js';
import { textOf } from './text.js';
import { deepTree } from '../../test/support/deep-tree.js';

describe('walk', () => {
  it('visits in document order and skips subtrees on request', () => {
    const doc = parseHtml('<div><p>一<b>二</b></p><p>三</p></div>');
    const seen: string[] = [];
    walk(doc, (node) => {
      if (isText(node)) seen.push(node.data);
      if (isTag(node) && node.name === 'b') return SKIP;
      return undefined;
    });
    expect(seen).toEqual(['一', '三']);
  });

  it('stops at once on STOP', () => {
    const doc = parseHtml('<p>一</p><p>二</p>');
    const seen: string[] = [];
    walk(doc, (node) => {
      if (isText(node)) seen.push(node.data);
      return seen.length === 1 ? STOP : undefined;
    });
    expect(seen).toEqual(['一']);
  });

  it('closes every subtree it opens, skipped ones included', () => {
    const doc = parseHtml('<div><p>x</p><br></div>');
    const events: string[] = [];
    walkEnterExit(
      doc,
      (node) => {
        if (isTag(node)) events.push(`+${node.name}`);
        return isTag(node) && node.name === 'p' ? SKIP : undefined;
      },
      (node) => {
        if (isTag(node)) events.push(`-${node.name}`);
      },
    );
    expect(events).toEqual(['+div', '+p', '-p', '+br', '-br', '-div']);
  });

  it('walks 100,000 nested elements without overflowing the stack', () => {
    const depth = 100_000;
    const doc = deepTree('div', depth, '底');
    expect(textOf(doc)).toBe('底');
  });
});

describe('TreeCursor', () => {
  it('enters in document order, goes into children only when asked, and leaves each element it went into after its children', () => {
    const doc = parseHtml('<div><p>一<b>二</b></p><br><i>三</i></div><p>四</p>');
    const cursor = new TreeCursor(doc);
    const seen: string[] = [];
    for (let node = cursor.next(); node !== null; node = cursor.next()) {
      const name = isText(node) ? node.data : isTag(node) ? node.name : node.type;
      if (cursor.leaving) {
        seen.push(`/${name}`);
        continue;
      }
      seen.push(name);
      // <i> is not gone into; <br> has no children, so descend() says no and it never comes back.
      if (isTag(node) && node.name !== 'i') expect(cursor.descend(node)).toBe(node.name !== 'br');
    }
    expect(seen).toEqual(['div', 'p', '一', 'b', '二', '/b', '/p', 'br', 'i', '/div', 'p', '四', '/p']);
  });

  it('walks a tree far deeper than the call stack', () => {
    const doc = deepTree('div', 100_000, '底');
    const cursor = new TreeCursor(doc);
    let entered = 0;
    let left = 0;
    for (let node = cursor.next(); node !== null; node = cursor.next()) {
      if (cursor.leaving) left++;
      else if (cursor.descend(node)) entered++;
    }
    expect(left).toBe(entered);
    expect(entered).toBe(100_000);
  });

  it('walks the subtree of an element only, never its siblings, and stays at the end', () => {
    const doc = parseHtml('<div><p>一<b>二</b></p></div><p>三</p>');
    const div = doc.children[0] as Element;
    const cursor = new TreeCursor(div);
    const seen: string[] = [];
    for (let node = cursor.next(); node !== null; node = cursor.next()) {
      if (cursor.leaving) seen.push(`/${isTag(node) ? node.name : ''}`);
      else {
        seen.push(isText(node) ? node.data : isTag(node) ? node.name : node.type);
        cursor.descend(node);
      }
    }
    expect(seen).toEqual(['p', '一', 'b', '二', '/b', '/p']);
    expect(cursor.next()).toBeNull();
    expect(new TreeCursor(parseHtml('')).next()).toBeNull();
  });

  it('goes into the children an element holds when it is entered (a step may rebuild them before the walk goes down)', () => {
    const doc = parseHtml('<p><a href="#a">甲</a><br><a href="#b">乙</a></p><p>丙</p>');
    const cursor = new TreeCursor(doc);
    const seen: string[] = [];
    for (let node = cursor.next(); node !== null; node = cursor.next()) {
      if (cursor.leaving) continue;
      if (isText(node)) seen.push(node.data);
      if (isTag(node) && node.name === 'p' && node.children.length === 3) {
        // As normalizeContentsList does: the <br> leaves the child list, the links stay linked.
        const [first, , last] = node.children as [Element, Element, Element];
        first.next = last;
        last.prev = first;
        node.children = [first, last];
      }
      cursor.descend(node);
    }
    expect(seen).toEqual(['甲', '乙', '丙']);
  });
});

describe('nextInSubtree', () => {
  it('steps through a subtree in document order, into children only when asked, and ends at its root', () => {
    const doc = parseHtml('<center><div><span>一</span></div>二<i>三</i></center><p>四</p>');
    const center = doc.children[0] as Element;
    const names = (descend: (node: Element) => boolean): string[] => {
      const seen: string[] = [];
      for (let node = center.children[0] ?? null; node !== null; ) {
        seen.push(isText(node) ? node.data : isTag(node) ? node.name : node.type);
        node = nextInSubtree(node, center, !isTag(node) || descend(node));
      }
      return seen;
    };
    expect(names(() => true)).toEqual(['div', 'span', '一', '二', 'i', '三']);
    expect(names((node) => node.name !== 'div')).toEqual(['div', '二', 'i', '三']);
  });
});
