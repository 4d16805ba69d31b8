import type { Element } from 'domhandler';
import { isTag } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse.js';
import { hasAttributes } from './select.js';
import { SelectorIndex } from './selector-index.js';
import { walk } from './walk.js';

function elements(html: string): Element[] {
  const out: Element[] = [];
  walk(parseHtml(html), (node) => {
    if (isTag(node)) out.push(node);
    return undefined;
  });
  return out;
}

describe('SelectorIndex', () => {
  it('answers each element for itself when elements share a class value (the value is looked up once)', () => {
    const index = new SelectorIndex<string>();
    index.add('.tags a.x', 'tag link', 'test');
    index.add('a.x', 'link', 'test');
    const [, inTags, , outside] = elements('<div class="tags"><a class="x">一</a></div><p><a class="x">二</a></p>');
    expect(index.match(inTags!)).toBe('tag link');
    expect(index.match(outside!)).toBe('link');
    expect(index.match(inTags!)).toBe('tag link');
  });

  it('keeps filing order across the words of a class value, whichever word comes first', () => {
    const index = new SelectorIndex<string>();
    index.add('.b', 'first filed', 'test');
    index.add('.a', 'second filed', 'test');
    for (const element of elements('<p class="a b">一</p><p class="b a">二</p><p class="a\u3000b">三</p><p class="a a">四</p>')) {
      expect(index.match(element)).toBe(element.attribs['class'] === 'a a' ? 'second filed' : 'first filed');
    }
  });

  it('still matches attribute-less elements by their tag, and attribute selectors once attributes exist', () => {
    const index = new SelectorIndex<string>();
    index.add('p', 'tag', 'test');
    index.add('[data-x]', 'attribute', 'test');
    const [bare, withAttribute] = elements('<p>一</p><span data-x="1">二</span>');
    expect(index.match(bare!)).toBe('tag');
    expect(index.match(withAttribute!)).toBe('attribute');
  });
});

describe('hasAttributes', () => {
  it('tells an empty attribute record from one with keys, null-prototype records included', () => {
    expect(hasAttributes({})).toBe(false);
    expect(hasAttributes({ id: '' })).toBe(true);
    const bare = Object.create(null) as Record<string, string>;
    expect(hasAttributes(bare)).toBe(false);
    bare['__proto__'] = 'x';
    expect(hasAttributes(bare)).toBe(true);
  });
});
