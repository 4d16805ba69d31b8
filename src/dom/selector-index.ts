/**
 * Many selectors matched against every element in one look-up each, the way
 * browsers match style rules: each selector is filed under a key of its
 * rightmost compound (an id, a class, a tag name, an attribute name), and an
 * element is only tested against the selectors filed under its own keys.
 */
import type { AnyNode, Element } from 'domhandler';
import { compile } from 'css-select';
import { type Selector, parse } from 'css-what';
import { hasAttributes } from './select.js';
import { isSpaceUnit } from '../text/is-space.js';

interface Entry<T> {
  readonly order: number;
  readonly value: T;
  readonly test: (element: Element) => boolean;
}

/**
 * An index of compiled selectors, each carrying a value (a rule).
 *
 * @typeParam T - What a matching selector stands for.
 */
export class SelectorIndex<T> {
  // Entries by the key of their rightmost compound; each element only meets
  // the entries filed under its own tag, id, classes and attribute names.
  readonly #byTag = new Map<string, Entry<T>[]>();
  readonly #byId = new Map<string, Entry<T>[]>();
  readonly #byClass = new Map<string, Entry<T>[]>();
  // The same, as parallel arrays: match() walks them for every element, without an iterator.
  readonly #attributeNames: string[] = [];
  readonly #attributeLists: Entry<T>[][] = [];
  // Per attribute name, the selectors that are one test of that attribute alone (`[id^="ad-"]`,
  // `[class*="taboola"]`): their answer is a function of the value, so each value is tested once
  // and its earliest matching entry remembered (`null`: none). Ids and class values repeat on a
  // page and across a site's pages; without this every element holding the attribute met them all.
  readonly #valueLists: Entry<T>[][] = [];
  readonly #byValue: Map<string, Entry<T> | null>[] = [];
  readonly #universal: Entry<T>[] = [];
  // The entries a whole `class` value leads to, merged in filing order (`null`: none): its words'
  // entries, and the one-test `[class…]` selector it matches, as an entry that always passes. A
  // page repeats its class values on element after element, and so do a site's pages: each value
  // is split and its words looked up once, not on every element and by every index that meets it.
  // One look-up answers both: a value cache holds hundreds of values from earlier pages, and each
  // look-up of one reads their cold keys.
  readonly #byClassValue = new Map<string, Entry<T>[] | null>();
  // Where `class` stands in #attributeNames (-1: not filed), and whether the class look-up has anything to answer.
  #classAt = -1;
  #classed = false;
  #count = 0;

  /**
   * File a selector (a selector list is filed alternative by alternative).
   *
   * @param selector - CSS selector.
   * @param value - What a match returns.
   * @param where - Who wrote the selector, for the error message.
   * @throws TypeError naming the selector when it does not parse.
   */
  add(selector: string, value: T, where: string): void {
    let alternatives: Selector[][];
    try {
      if (typeof selector !== 'string' || selector.trim() === '') throw new Error('empty selector');
      alternatives = parse(selector);
    } catch (error) {
      throw invalid(selector, where, error);
    }
    const order = this.#count++;
    for (const alternative of alternatives) {
      let test: (element: Element) => boolean;
      try {
        test = compile<AnyNode, Element>([alternative]) as (element: Element) => boolean;
      } catch (error) {
        throw invalid(selector, where, error);
      }
      const entry = { order, value, test };
      const [kind, name] = keyOf(alternative);
      this.#byClassValue.clear();
      if (kind !== 'attribute') {
        if (kind === 'universal') this.#universal.push(entry);
        else file(kind === 'tag' ? this.#byTag : kind === 'id' ? this.#byId : this.#byClass, name, entry);
        if (kind === 'class') this.#classed = true;
        continue;
      }
      let at = this.#attributeNames.indexOf(name);
      if (at < 0) {
        at = this.#attributeNames.push(name) - 1;
        this.#attributeLists.push([]);
        this.#valueLists.push([]);
        this.#byValue.push(new Map());
        if (name === 'class') this.#classAt = at;
      }
      (alternative.length === 1 ? this.#valueLists : this.#attributeLists)[at]!.push(entry);
      if (at === this.#classAt && alternative.length === 1) this.#classed = true;
      this.#byValue[at]!.clear();
    }
  }

  /** Whether no selector was filed. */
  get empty(): boolean {
    return this.#count === 0;
  }

  /**
   * The value of the first-filed selector that matches the element.
   *
   * @param element - The element.
   * @returns The value, or `undefined`.
   */
  match(element: Element): T | undefined {
    // Most tables key nothing by tag (the ad and boilerplate tables): their tag look-up is skipped.
    let best = this.#byTag.size === 0 ? undefined : first(this.#byTag.get(element.name), element, undefined);
    if (this.#universal.length > 0) best = first(this.#universal, element, best);
    const attribs = element.attribs;
    // Three elements in five on the corpus carry no attribute at all: only their tag can key a selector.
    if (!hasAttributes(attribs)) return best?.value;
    // Look up the attribute names the index knows, not every attribute the element has:
    // an element with a million attributes costs what one with two does.
    const names = this.#attributeNames;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (!Object.hasOwn(attribs, name)) continue;
      best = first(this.#attributeLists[i], element, best);
      // A class value's one-test selectors are answered with its words, below.
      if (this.#valueLists[i]!.length === 0 || i === this.#classAt) continue;
      const byValue = this.#byValue[i]!;
      const value = attribs[name]!;
      let found = byValue.get(value);
      if (found === undefined) {
        if (byValue.size >= MAX_VALUES) byValue.clear();
        found = first(this.#valueLists[i], element, undefined) ?? null;
        byValue.set(value, found);
      }
      if (found !== null && (best === undefined || found.order < best.order)) best = found;
    }
    if (this.#byId.size > 0 && Object.hasOwn(attribs, 'id')) best = first(this.#byId.get(attribs['id']!), element, best);
    if (this.#classed && Object.hasOwn(attribs, 'class')) {
      const value = attribs['class']!;
      let list = this.#byClassValue.get(value);
      if (list === undefined) {
        // Bounded: a stream of pages with ever new class values must not grow it without end.
        if (this.#byClassValue.size >= MAX_CLASS_VALUES) this.#byClassValue.clear();
        list = this.#classEntries(value, element);
        this.#byClassValue.set(value, list);
      }
      if (list !== null) best = first(list, element, best);
    }
    return best?.value;
  }

  /** The entries a `class` value leads to, in filing order: its words' and, answered once for the value, its one-test selector's. */
  #classEntries(value: string, element: Element): Entry<T>[] | null {
    const words = this.#byClass.size > 0 ? this.#byClasses(value) : null;
    const found = this.#classAt < 0 ? undefined : first(this.#valueLists[this.#classAt], element, undefined);
    if (found === undefined) return words;
    const answered: Entry<T> = { order: found.order, value: found.value, test: ALWAYS };
    return words === null ? [answered] : [...words, answered].sort((a, b) => a.order - b.order);
  }

  /** The entries filed under each class of a `class` value, read word by word without splitting it, in filing order. */
  #byClasses(value: string): Entry<T>[] | null {
    const out: Entry<T>[] = [];
    let start = -1;
    for (let i = 0; i <= value.length; i++) {
      const c = i < value.length ? value.charCodeAt(i) : 0x20;
      if (isSpaceUnit(c)) {
        if (start >= 0) {
          const list = this.#byClass.get(start === 0 && i === value.length ? value : value.slice(start, i));
          if (list !== undefined) for (const entry of list) if (!out.includes(entry)) out.push(entry);
        }
        start = -1;
      } else if (start < 0) start = i;
    }
    // Stable: entries of one selector list keep their filing order too.
    return out.length === 0 ? null : out.sort((a, b) => a.order - b.order);
  }
}

/** The test of a selector already answered for the value at hand. */
const ALWAYS = (): boolean => true;

/** Class values remembered per index before the memory is cleared. */
const MAX_CLASS_VALUES = 4096;
/** Values remembered per attribute name and index before the memory is cleared. */
const MAX_VALUES = 4096;


function file<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else list.push(entry);
}

/** The earliest-filed entry of a list that matches, if earlier than `best`. */
function first<T>(list: Entry<T>[] | undefined, element: Element, best: Entry<T> | undefined): Entry<T> | undefined {
  if (list === undefined) return best;
  let out = best;
  for (const entry of list) {
    if ((out === undefined || entry.order < out.order) && entry.test(element)) out = entry;
  }
  return out;
}

function invalid(selector: string, where: string, error: unknown): TypeError {
  const why = error instanceof Error ? error.message : String(error);
  return new TypeError(`qingxi: ${where} has an invalid CSS selector ${JSON.stringify(selector)} (${why}); fix the selector.`);
}

type KeyKind = 'id' | 'class' | 'attribute' | 'tag' | 'universal';

/** The most selective key of a selector's rightmost compound. */
function keyOf(tokens: readonly Selector[]): [KeyKind, string] {
  let start = tokens.length;
  while (start > 0 && !isTraversal(tokens[start - 1]!)) start--;
  const compound = tokens.slice(start);
  let tag: string | null = null;
  let attribute: string | null = null;
  for (const token of compound) {
    if (token.type === 'attribute') {
      if (token.name === 'id' && token.action === 'equals' && token.ignoreCase !== true) return ['id', token.value];
      if (token.name === 'class' && token.action === 'element' && token.ignoreCase !== true) return ['class', token.value];
      if (token.action !== 'not') attribute ??= token.name;
    } else if (token.type === 'tag') tag ??= token.name;
  }
  if (attribute !== null) return ['attribute', attribute];
  if (tag !== null) return ['tag', tag];
  return ['universal', ''];
}

function isTraversal(token: Selector): boolean {
  return token.type === 'adjacent' || token.type === 'child' || token.type === 'descendant' || token.type === 'parent' || token.type === 'sibling' || token.type === 'column-combinator';
}
