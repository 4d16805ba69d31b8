import { isTag } from 'domhandler';
import render from 'dom-serializer';
import { describe, expect, it } from 'vitest';
import { Edits } from './edits.js';
import { parseHtml } from './parse.js';
import { walk } from './walk.js';
import { deepTree } from '../../test/support/deep-tree.js';

function elements(html: string) {
  const doc = parseHtml(html);
  const byId = new Map<string, import('domhandler').Element>();
  walk(doc, (node) => {
    if (isTag(node) && node.attribs['id'] !== undefined) byId.set(node.attribs['id'], node);
  });
  return { doc, byId };
}

describe('Edits', () => {
  it('removes and unwraps in one rebuild per parent', () => {
    const { doc, byId } = elements('<p><b id="b">粗</b>文<i id="i">斜</i><span id="s">删</span></p>');
    const edits = new Edits();
    edits.unwrap(byId.get('b')!);
    edits.unwrap(byId.get('i')!);
    edits.remove(byId.get('s')!);
    edits.apply();
    expect(render(doc, { encodeEntities: 'utf8' })).toBe('<p>粗文斜</p>');
  });

  it('flattens nested unwraps and keeps sibling pointers right', () => {
    const { doc, byId } = elements('<div><a id="a"><ok id="ok"><span id="s">中</span></ok></a>国</div>');
    const edits = new Edits();
    for (const id of ['a', 'ok', 's']) edits.unwrap(byId.get(id)!);
    edits.apply();
    const div = doc.children[0] as import('domhandler').Element;
    expect(render(doc, { encodeEntities: 'utf8' })).toBe('<div>中国</div>');
    expect(div.children[0]!.next).toBe(div.children[1]);
    expect(div.children[1]!.prev).toBe(div.children[0]);
    expect(div.children.every((c) => c.parent === div)).toBe(true);
  });

  it('rebuilds the nearest kept parent for removals under unwrapped wrappers and beside them', () => {
    // <x> sits in two unwrapped wrappers: its list to rebuild is the <p>'s, reached through the memo
    // of the first wrapper's chain; <y> sits in the <p> itself.
    const { doc, byId } = elements('<p id="p"><a id="a"><b id="b">甲<i id="x">删</i></b><s id="z">删</s></a>乙<u id="y">删</u></p>');
    const edits = new Edits();
    for (const id of ['a', 'b']) edits.unwrap(byId.get(id)!);
    for (const id of ['x', 'z', 'y']) edits.remove(byId.get(id)!);
    edits.apply();
    const p = byId.get('p')!;
    expect(render(doc, { encodeEntities: 'utf8' })).toBe('<p id="p">甲乙</p>');
    expect(p.children.every((c) => c.parent === p)).toBe(true);
    expect(byId.get('x')!.parent).toBeNull();
  });

  it('leaves every kept child linked to its new neighbours and its parent, first and last included', () => {
    const { doc, byId } = elements('<div id="d"><i id="r1">删</i>一<b id="u"><i id="r2">删</i>二<s>三</s></b>四<i id="r3">删</i>五<a id="e"></a><i id="r4">删</i></div>');
    const edits = new Edits();
    for (const id of ['r1', 'r2', 'r3', 'r4']) edits.remove(byId.get(id)!);
    edits.unwrap(byId.get('u')!);
    edits.unwrap(byId.get('e')!);
    edits.apply();
    const d = byId.get('d')!;
    expect(render(doc, { encodeEntities: 'utf8' })).toBe('<div id="d">一二<s>三</s>四五</div>'); // an unwrapped empty element leaves nothing
    d.children.forEach((child, i) => {
      expect(child.parent).toBe(d);
      expect(child.prev).toBe(d.children[i - 1] ?? null);
      expect(child.next).toBe(d.children[i + 1] ?? null);
    });
  });

  it('unwraps 100,000 nested wrappers without recursion', () => {
    const depth = 100_000;
    const doc = deepTree('ok', depth, '字');
    const edits = new Edits();
    walk(doc, (node) => {
      if (isTag(node)) edits.unwrap(node);
    });
    edits.apply();
    expect(doc.children).toHaveLength(1);
    expect(render(doc, { encodeEntities: 'utf8' })).toBe('字');
  });
});
