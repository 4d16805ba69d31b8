/**
 * The one parse of a page, and the copy made when a caller hands in a tree.
 */
import type { ChildNode, ParentNode } from 'domhandler';
import { CDATA, Comment, Document, Element, ProcessingInstruction, Text, hasChildren, isCDATA, isComment, isDocument, isTag, isText } from 'domhandler';
import { DomHandler } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Parser, Tokenizer } from 'htmlparser2';

/**
 * The deepest element nesting a parse keeps, as browsers cap their trees
 * (Blink: 512). An open tag deeper than this is dropped; its content stays,
 * in the element at the limit.
 *
 * Why: htmlparser2 keeps its open elements newest-first and `unshift`s each
 * one, so a page nested 100,000 deep costs quadratic time in the parser itself
 * (2 s/MB at 25,000 levels, 15 s/MB at 100,000); a stray end tag also scans
 * the whole stack. Capped, both are linear. Real pages nest a few dozen levels.
 */
export const MAX_DEPTH = 512;

/** The tokenizer's own fields and method its skip works with (htmlparser2 12). */
interface TokenizerInternals {
  readonly buffer: string;
  readonly offset: number;
  index: number;
  fastForwardTo(c: number): boolean;
}

/**
 * An htmlparser2 tokenizer that skips to the character it waits for (the `<` ending a text run,
 * the quote ending an attribute value, the `>` ending a tag) with `indexOf`, where htmlparser2
 * reads one `charCodeAt` at a time: V8 looks for one character with `memchr`, and the text runs
 * are most of a page (a corpus pass skips 18 M characters so).
 */
class SkippingTokenizer extends Tokenizer {}

(SkippingTokenizer.prototype as unknown as TokenizerInternals).fastForwardTo = function (this: TokenizerInternals, c: number): boolean {
  // htmlparser2's own: look from the next index; found, stand on it; not, stand on the buffer's last.
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
  if (at < 0) {
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  this.index = at + this.offset;
  return true;
};

/**
 * The tokenizer does not decode character references: the handler below does, on the few text
 * runs and attribute values that hold an `&`. Decoding makes htmlparser2's tokenizer step
 * through every character of the text one state call at a time, where without it the text up
 * to the next `<` is skipped in one tight loop: on the corpus the parse alone takes 0.56 of
 * its time with `decodeEntities: true`.
 */
const OPTIONS = { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: SkippingTokenizer } as const;

/** Elements whose text htmlparser2 keeps as written, character references included (raw text). */
const RAW_TEXT = new Set(['script', 'style', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext']);

/**
 * A DOM handler that decodes character references the way htmlparser2's own decoding does
 * (the same `entities` decoder and modes): text as HTML text (legacy references without `;`
 * decoded), attribute values as attributes (`&copy=` left alone), raw-text elements not at all.
 * References never hold a `<`, so the text runs the tokenizer hands over never split one.
 */
class DecodingHandler extends DomHandler {
  /** The page being parsed: each text run and open tag the parser hands over is a stretch of it. */
  readonly #html: string;
  /** Where the page's next `&` was last looked for from, and where it is (the page's length for none). */
  #ampFrom = 0;
  #amp = -1;
  /** The parser: where it stands says which stretch of the page a callback is about. */
  #parser: Parser | null = null;

  constructor(html: string) {
    super();
    this.#html = html;
  }

  override onparserinit(parser: Parser): void {
    super.onparserinit(parser);
    this.#parser = parser;
  }

  /**
   * Whether the page holds an `&` in `[start, end)`. The next `&` is looked for once and kept
   * until the parse passes it, instead of each text run and each attribute value being searched
   * for one: a corpus pass hands over 336,000 text runs and 308,000 open tags, and few hold any.
   */
  #ampWithin(start: number, end: number): boolean {
    if (this.#amp < start || start < this.#ampFrom) {
      const at = this.#html.indexOf('&', start);
      this.#ampFrom = start;
      this.#amp = at < 0 ? this.#html.length : at;
    }
    return this.#amp < end;
  }

  override ontext(data: string): void {
    // The parser hands each run over as the slice of the page that ends at its `endIndex`.
    const end = this.#parser!.endIndex + 1;
    if (this.#ampWithin(end - data.length, end)) {
      const parent = this.tagStack[this.tagStack.length - 1];
      if (parent === undefined || !isTag(parent) || !RAW_TEXT.has(parent.name)) data = decodeHTML(data);
    }
    super.ontext(data);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    // Every attribute value is a slice of the tag's own text, from its `<` to its `>`.
    if (this.#ampWithin(this.#parser!.startIndex, this.#parser!.endIndex + 1)) {
      for (const key in attribs) {
        const value = attribs[key]!;
        if (value.includes('&')) attribs[key] = decodeHTMLAttribute(value);
      }
    }
    super.onopentag(name, attribs);
  }

  /**
   * DomHandler's own, without what this parse never uses (start and end indices), and without
   * reading `children[-1]` for a first child: V8 looks index -1 up as a named property, slowly,
   * and every element's first child paid it (a tenth of the parse's time on the corpus).
   */
  protected override addNode(node: ChildNode): void {
    const parent = this.tagStack[this.tagStack.length - 1]!;
    const siblings = parent.children;
    const previous = siblings.length > 0 ? siblings[siblings.length - 1]! : null;
    siblings.push(node);
    if (previous !== null) {
      node.prev = previous;
      previous.next = node;
    }
    node.parent = parent;
    this.lastNode = null;
  }
}

/** The parser's own fields and methods the cap and the name readers work with (htmlparser2 12). */
interface ParserInternals {
  readonly stack: string[];
  /** SVG, MathML and HTML-integration elements open, newest first, over a bottom entry for HTML. */
  readonly foreignContext: unknown[];
  tagname: string;
  attribname: string;
  openTagStart: number;
  startIndex: number;
  emitOpenTag(name: string): void;
  isVoidElement(name: string): boolean;
  readTagName(start: number, endIndex: number): string;
  /** The chunks written (this parse writes one, the page) and where the first starts in it. */
  readonly buffers: string[];
  readonly bufferOffset: number;
  getSlice(start: number, endIndex: number): string;
}

/**
 * An htmlparser2 parser that drops open tags past {@link MAX_DEPTH}, counting them, and
 * lower-cases tag and attribute names only when they hold a capital, taking the common ones
 * from tables without slicing the page at all.
 *
 * Why the names: a slice of a page that holds any Chinese is a two-byte string, even `div`, and
 * V8 lower-cases a two-byte string through ICU (about 35 ns a call, against 10 for the slice
 * alone). A corpus pass reads 349,000 tag names and 116,000 attribute names, none with a capital.
 */
class DepthLimitedParser extends Parser {
  flattened = 0;

  override onattribname(start: number, endIndex: number): void {
    const self = this as unknown as ParserInternals;
    const page = self.buffers[0]!;
    const at = start - self.bufferOffset;
    let name = knownName(ATTRIBUTE_NAMES, page, at, endIndex - start);
    if (name === null) {
      name = self.getSlice(start, endIndex);
      if (mayChangeCase(name)) return super.onattribname(start, endIndex);
    }
    self.startIndex = start;
    self.attribname = name;
  }
}

/**
 * The attribute names pages use most, by their first letter. A name the page spells as one of
 * these is that literal: no slice of the page, no capitals check, and a key V8 has interned
 * already, where a fresh slice is looked up in its string table when it becomes a property
 * name (`attribs[name]`, `Object.hasOwn`). 116,000 attribute names a corpus pass, 97 % of them
 * these.
 */
const ATTRIBUTE_NAMES: ReadonlyArray<readonly string[] | undefined> = namesByFirstUnit([
  'href', 'style', 'id', 'class', 'src', 'target', 'alt', 'width', 'name', 'height', 'title', 'rel', 'itemprop', 'dir', 'lang', 'type', 'content', 'property', 'charset', 'align', 'border', 'async', 'role', 'data-src',
]);

/** Names filed by their first code unit, so that a name is compared with a few candidates at most. */
function namesByFirstUnit(names: readonly string[]): Array<string[] | undefined> {
  const table: Array<string[] | undefined> = [];
  for (const name of names) (table[name.charCodeAt(0)] ??= []).push(name);
  return table;
}

/**
 * Tag names, as {@link ATTRIBUTE_NAMES}: HTML's common ones, and `ok`, the GitHub mirrors' link
 * wrapper (`rules/links.ts`; the corpus's fourth tag, after `p`, `div` and `br`). Never `image`,
 * which the parser reads as `img`.
 */
const TAG_NAMES: ReadonlyArray<readonly string[] | undefined> = namesByFirstUnit([
  'a', 'article', 'aside', 'audio', 'b', 'blockquote', 'body', 'br', 'button', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'label', 'li', 'link', 'main', 'meta', 'nav', 'noscript', 'ok', 'ol',
  'p', 'picture', 'pre', 'script', 'section', 'small', 'source', 'span', 'strong', 'style', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'title', 'tr', 'u', 'ul', 'video',
]);

/** The literal of a table that `page` spells at `at`, `length` units long, or `null`. */
function knownName(table: ReadonlyArray<readonly string[] | undefined>, page: string, at: number, length: number): string | null {
  const candidates = table[page.charCodeAt(at)];
  if (candidates === undefined) return null;
  for (const name of candidates) if (name.length === length && page.startsWith(name, at)) return name;
  return null;
}

/**
 * Whether `toLowerCase` could change a name: an ASCII capital, or any unit past ASCII (left to
 * `toLowerCase` itself, which knows the rest of Unicode).
 */
export function mayChangeCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i);
    if ((unit >= 0x41 && unit <= 0x5a) || unit >= 0x80) return true;
  }
  return false;
}

const readTagName = (Parser.prototype as unknown as ParserInternals).readTagName;
(DepthLimitedParser.prototype as unknown as ParserInternals).readTagName = function (this: ParserInternals, start: number, endIndex: number): string {
  // Outside SVG and MathML (the bottom entry alone), htmlparser2's own reader lower-cases the
  // name and reads `image` as `img`; an SVG name may need its camel case back, so it goes there.
  if (this.foreignContext.length === 1) {
    // An end tag mostly closes the newest open element: when the page spells that element's
    // name (already read, lower-cased, and never `image` here), it is the answer, without
    // slicing the page and looking for capitals again. This parse writes one chunk, the page.
    const newest = this.stack[0];
    if (newest !== undefined && newest.length === endIndex - start && this.buffers[0]!.startsWith(newest, start - this.bufferOffset)) return newest;
    // Any other common name is its literal from the table: no slice, and an interned key for the
    // parser's and the steps' tag look-ups.
    const known = knownName(TAG_NAMES, this.buffers[0]!, start - this.bufferOffset, endIndex - start);
    if (known !== null) return known;
    const name = this.getSlice(start, endIndex);
    if (!mayChangeCase(name)) return name === 'image' ? 'img' : name;
  }
  return readTagName.call(this, start, endIndex);
};

const emitOpenTag = (Parser.prototype as unknown as ParserInternals).emitOpenTag;
(DepthLimitedParser.prototype as unknown as ParserInternals).emitOpenTag = function (this: ParserInternals & { flattened: number }, name: string): void {
  if (this.stack.length < MAX_DEPTH || this.isVoidElement(name)) return emitOpenTag.call(this, name);
  // What htmlparser2 itself does with a second <form>: an empty tag name makes the open tag a no-op.
  this.openTagStart = this.startIndex;
  this.tagname = '';
  this.flattened++;
};

/**
 * Parse HTML (or a Markdown page with HTML inside) into a DOM, decoding
 * character references exactly once, with nesting capped at {@link MAX_DEPTH}.
 *
 * @param html - The page as text.
 * @returns A new document the caller owns.
 */
export function parseHtml(html: string): Document {
  return parsePage(html).document;
}

/**
 * {@link parseHtml}, also telling how many open tags were past the cap.
 *
 * @param html - The page as text.
 * @returns The document, and the count of flattened open tags.
 */
export function parsePage(html: string): { document: Document; flattened: number } {
  const handler = new DecodingHandler(html);
  const parser = new DepthLimitedParser(handler, OPTIONS);
  parser.end(html);
  return { document: handler.root, flattened: parser.flattened };
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
      // Bounds checked rather than `children[i - 1] ?? null`: V8 reads index -1 as a named property, slowly.
      child.prev = i > 0 ? children[i - 1]! : null;
      child.next = i + 1 < children.length ? children[i + 1]! : null;
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
