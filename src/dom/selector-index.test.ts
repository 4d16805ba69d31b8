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
  it('answers a class value\'s one-test selectors and its words in one filing order, value after value', () => {
    const substringFirst = new SelectorIndex<string>();
    substringFirst.add('[class*="ad-"]', 'substring', 'test');
    substringFirst.add('.x', 'word', 'test');
    substringFirst.add('p.y', 'tag and word', 'test');
    const wordFirst = new SelectorIndex<string>();
    wordFirst.add('.x', 'word', 'test');
    wordFirst.add('[class*="ad-"]', 'substring', 'test');
    const onlySubstring = new SelectorIndex<string>();
    onlySubstring.add('[class*="ad-"]', 'substring', 'test');
    const [both, alone, word, pY, divY, none] = elements('<p class="x ad-box">一</p><p class="ad-box">二</p><p class="x">三</p><p class="y">四</p><div class="y">五</div><p class="z">六</p>');
    for (const element of [both, alone, word, pY, divY, none, both, pY, divY]) {
      const value = element!.attribs['class'];
      expect(substringFirst.match(element!)).toBe(value === 'x ad-box' || value === 'ad-box' ? 'substring' : value === 'x' ? 'word' : element === pY ? 'tag and word' : undefined);
      expect(wordFirst.match(element!)).toBe(value === 'x ad-box' || value === 'x' ? 'word' : value === 'ad-box' ? 'substring' : undefined);
      expect(onlySubstring.match(element!)).toBe(value?.includes('ad-') === true ? 'substring' : undefined);
    }
  });

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

  it('answers a one-attribute selector by the value, whichever element holds it, and keeps filing order against the others', () => {
    const index = new SelectorIndex<string>();
    index.add('[class*="gpt-ad"]', 'by value', 'test');
    index.add('div.slot', 'by class', 'test');
    index.add('span[class*="gpt-ad"]', 'tag and value', 'test');
    const [div, span, other, plain] = elements('<div class="gpt-ad slot">一</div><span class="gpt-ad slot">二</span><p class="slot gpt-adx">三</p><b class="slot">四</b>');
    // The same value on a second element (and a second ask) gives the remembered answer.
    expect([div, span, div].map((element) => index.match(element!))).toEqual(['by value', 'by value', 'by value']);
    expect(index.match(other!)).toBe('by value');
    expect(index.match(plain!)).toBeUndefined();

    const later = new SelectorIndex<string>();
    later.add('div.slot', 'by class', 'test');
    later.add('[class*="gpt-ad"]', 'by value', 'test');
    expect(later.match(div!)).toBe('by class');
    expect(later.match(span!)).toBe('by value');
  });

  it('tells attributes apart when their values are the same, and forgets its answers when a selector is added', () => {
    const index = new SelectorIndex<string>();
    index.add('[title="广告"]', 'title', 'test');
    const [alt, title] = elements('<img alt="广告"><img title="广告">');
    expect(index.match(alt!)).toBeUndefined();
    expect(index.match(title!)).toBe('title');
    index.add('[alt^="广"]', 'alt', 'test');
    expect(index.match(alt!)).toBe('alt');
    const [other] = elements('<img title="新闻">');
    expect(index.match(other!)).toBeUndefined();
    index.add('[title*="新"]', 'news', 'test');
    expect(index.match(other!)).toBe('news');
    const first = new SelectorIndex<string>();
    first.add('[id$="-ad"]', 'late', 'test');
    const [box] = elements('<div id="top-ad">一</div>');
    expect(first.match(box!)).toBe('late');
    first.add('[id^="top"]', 'later still', 'test');
    expect(first.match(box!)).toBe('late');
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
