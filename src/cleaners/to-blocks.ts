/**
 * The convert step: from the cleaned tree to draft body blocks.
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { SKIP, TreeCursor } from '../dom/walk.js';
import type { ConvertStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { BLOCK_ELEMENTS, CELL_ELEMENTS, LIST_ELEMENTS } from '../rules/block-elements.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import { charLength } from '../text/cjk.js';
import { firstVisibleIndex } from '../text/is-space.js';

/** Elements whose content is never body text. */
const OPAQUE = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'textarea', 'select', 'option', 'button',
  'input', 'svg', 'math', 'iframe', 'object', 'embed', 'audio', 'video', 'canvas', 'map', 'img', 'source',
]);

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD = new Set(['b', 'strong']);

/** What a tag name is to the writer, one bit per set above. */
const IS_OPAQUE = 1;
const IS_BOLD = 2;
const IS_CELL = 4;
const IS_BLOCK = 8;
const IS_LIST = 16;
const IS_HEADING = 32;
/**
 * The bits of every tag name in any of the sets: an element costs one look-up on the way in and
 * one on the way out, where asking the sets in turn took up to six each way.
 */
const ROLES: ReadonlyMap<string, number> = rolesOf([
  [OPAQUE, IS_OPAQUE],
  [BOLD, IS_BOLD],
  [CELL_ELEMENTS, IS_CELL],
  [BLOCK_ELEMENTS, IS_BLOCK],
  [LIST_ELEMENTS, IS_LIST],
  [HEADING, IS_HEADING],
]);

function rolesOf(sets: readonly (readonly [ReadonlySet<string>, number])[]): Map<string, number> {
  const roles = new Map<string, number>();
  for (const [names, bit] of sets) for (const name of names) roles.set(name, (roles.get(name) ?? 0) | bit);
  return roles;
}

/** A bold-only paragraph at most this long (in characters) reads as a subheading. */
const MAX_BOLD_HEADING = 40;
/**
 * Marks that end a statement: a bold line ending with one is emphasis, not a subheading. Not `？`:
 * a question is a common subheading (`红统区政府为何谢绝外援？`).
 */
const STATEMENT_END = new Set(Array.from('。！!…；;'));
/** Closing quotes and brackets, read past to the mark before them: `被折磨得“精神失常”` is a subheading, `“…去。”` is not. */
const CLOSERS = new Set(Array.from('”’」』）)》'));
/** A line opening with a section number: `一、`, `（三）`, `第二章`. A subheading even among bold lines. */
const SECTION_NUMBER = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百\d]{1,4}[章节節部篇])/u;
/** Lines of one bold element split by `<br>` that make it a passage (a verse, a letter), not subheadings. */
const MIN_BOLD_PASSAGE = 3;
/** At least this many all-bold lines, more than half of a page's, and bold is the page's type, not a subheading's. */
const MIN_BOLD_PAGE = 4;
/** The opening mark of each closing one: a line wholly in quotes or brackets is a quotation or a note, not a subheading. */
const OPENER_OF: Readonly<Record<string, string>> = { '”': '“', '’': '‘', '」': '「', '』': '『', '）': '（', ')': '(' };
/**
 * A line that names a programme's participant (`座谈人：胡平先生`, `主持人：陈奎德`, `嘉宾：X`): a credit
 * or a speaker's turn, bold or not, never a subheading.
 */
const PARTICIPANT_LABEL = /^\s*(?:主持人|座谈人|座談人|嘉宾|嘉賓|受访者|受訪者|主讲人|主講人)\s*[:：]/u;
/** A short line opening with a dash, closing a quote: `——台灣黑面琵鷺保育學會研究員 許芳瑜`. */
const QUOTE_ATTRIBUTION = /^\s*(?:——|—|--|―)\s?[^—。！？\n]{2,40}$/u;

/**
 * Turn the cleaned tree into draft blocks: one per paragraph, heading, quote
 * or list, in reading order. Text keeps its raw whitespace for
 * {@link normalizeWhitespace}; `<br>` separates paragraphs, table rows become
 * paragraphs, and a short paragraph that is bold from end to end becomes a heading
 * unless it ends a statement, is one line of a bold verse, or stands on a page set mostly in bold.
 *
 * @returns The convert step `toBlocks`.
 * @example
 * pipe(removeAds(), toBlocks(), normalizeWhitespace())
 */
export function toBlocks(): ConvertStep {
  return {
    name: 'toBlocks',
    stage: 'convert',
    run(doc: Document, ctx: StepContext): DraftBlock[] {
      return new BlockWriter(ctx).write(doc);
    },
  };
}

class BlockWriter {
  readonly #ctx: StepContext;
  readonly #blocks: DraftBlock[] = [];
  readonly #sources: Element[] = [];
  /**
   * The open block's text so far. Appended to rather than joined from an array: V8 keeps the
   * appends as a rope, read flat once by the next step, and a join per block cost more (its fixed
   * overhead, 56,000 blocks a corpus pass).
   */
  #raw = '';
  #hasText = false;
  #allBold = true;
  #bold = 0;
  #heading = 0;
  #quote = 0;
  /** Where, in `#boldHeadings`, the open bold run broken by `<br>` begins; -1 when no such run is open. */
  #boldRun = -1;
  /** The lines of that run so far. */
  #runLines = 0;
  /** The blocks made subheadings because they were short and bold from end to end. */
  readonly #boldHeadings: number[] = [];
  /** Paragraph-level lines written (not in a heading element, a quote or a list), and how many of them were all bold. */
  #lines = 0;
  #boldLines = 0;
  /** Blocks already made when the outermost open `<blockquote>` began. */
  #quoteStart = 0;
  #list: { items: string[]; source: Element } | null = null;
  #listDepth = 0;
  #cells = 0;

  constructor(ctx: StepContext) {
    this.#ctx = ctx;
  }

  write(doc: Document): DraftBlock[] {
    // A cursor, as runVisitors walks: walkEnterExit's two callbacks cost two calls per node, the
    // exit one for every text node. Text is appended here; other nodes that are not elements
    // (comments, directives) hold no text and are passed over.
    const cursor = new TreeCursor(doc);
    for (let node = cursor.next(); node !== null; node = cursor.next()) {
      if (cursor.leaving) this.#exit(node as Element);
      else if (isText(node)) this.#append(node.data);
      else if (isTag(node) && (this.#enter(node) === SKIP || !cursor.descend(node))) this.#exit(node);
    }
    this.#flush();
    // Where most lines are bold (a transcript, a letter set in bold), bold marks no subheading.
    if (this.#boldLines >= MIN_BOLD_PAGE && this.#boldLines * 2 > this.#lines) this.#demoteBoldHeadings(0);
    return this.#blocks;
  }

  /** An element, before its children: whether they are read (`SKIP`: not). */
  #enter(node: Element): typeof SKIP | undefined {
    const name = node.name;
    const role = ROLES.get(name) ?? 0;
    if (role & IS_OPAQUE) return SKIP;
    if (role & IS_BOLD) this.#bold++;
    if (name === 'br') {
      if (this.#list !== null) this.#append(' ');
      else this.#breakLine();
      return SKIP;
    }
    if (role & IS_CELL) {
      this.#cells++;
      if (this.#hasText) this.#append(' ');
      return undefined;
    }
    if (!(role & IS_BLOCK)) return undefined;
    if (role & IS_LIST) {
      if (this.#listDepth++ === 0) {
        this.#flush();
        this.#list = { items: [], source: node };
      }
      return undefined;
    }
    if (this.#list !== null) {
      if (name === 'li') this.#flushItem();
      return undefined;
    }
    this.#flush();
    this.#sources.push(node);
    if (role & IS_HEADING) this.#heading++;
    if (name === 'blockquote' && this.#quote++ === 0) this.#quoteStart = this.#blocks.length;
    return undefined;
  }

  /** An element, after its children (at once when they were not read). */
  #exit(node: Element): void {
    const name = node.name;
    const role = ROLES.get(name) ?? 0;
    if (role & IS_OPAQUE || name === 'br') return;
    if (role & IS_BOLD) this.#bold--;
    if (role & IS_CELL) {
      this.#cells--;
      return;
    }
    if (!(role & IS_BLOCK)) return;
    if (role & IS_LIST) {
      if (--this.#listDepth === 0) this.#flushList();
      return;
    }
    if (this.#list !== null) {
      if (name === 'li') this.#flushItem();
      return;
    }
    this.#flush();
    this.#sources.pop();
    if (role & IS_HEADING) this.#heading--;
    if (name === 'blockquote') this.#quote--;
  }

  #append(text: string): void {
    this.#raw += text;
    if (!this.#hasText || this.#allBold) {
      const visible = firstVisibleIndex(text) >= 0;
      if (visible) {
        this.#hasText = true;
        if (this.#bold === 0) this.#allBold = false;
      }
    }
  }

  #take(): string | null {
    const hasText = this.#hasText;
    const raw = this.#raw;
    this.#raw = '';
    this.#hasText = false;
    return hasText ? raw : null;
  }

  /**
   * A `<br>`: the line so far is a block. Inside bold, the lines after it stay in the same bold
   * run: a verse or a passage set in bold (`<strong>‘受奴役者放声歌唱<br>怒吼出苦难的心声…`), not
   * a subheading per line.
   */
  #breakLine(): void {
    const headings = this.#boldHeadings.length;
    const lines = this.#boldLines;
    this.#flush();
    if (this.#bold > 0 && this.#boldRun < 0) {
      this.#boldRun = headings;
      this.#runLines = this.#boldLines - lines;
    }
  }

  #flush(): void {
    const allBold = this.#allBold;
    this.#allBold = true;
    const raw = this.#take();
    if (raw === null) return;
    const source = this.#sources.at(-1) ?? null;
    let kind: DraftBlock['kind'] = 'paragraph';
    if (this.#heading > 0) kind = 'heading';
    else if (this.#quote > 0) kind = 'quote';
    else {
      this.#lines++;
      if (allBold) {
        this.#boldLines++;
        // Two bold lines can be a two-line subheading (`虚假开发区虚假工业园区<br>从上到下假的不可药救`); three are a passage.
        const passage = this.#boldRun >= 0 && ++this.#runLines >= MIN_BOLD_PASSAGE;
        if (passage) this.#demoteBoldHeadings(this.#boldRun);
        if (looksLikeHeading(raw) && (!passage || SECTION_NUMBER.test(raw))) {
          kind = 'heading';
          this.#boldHeadings.push(this.#blocks.length);
        }
      }
    }
    if (this.#bold === 0) {
      this.#boldRun = -1;
      this.#runLines = 0;
    }
    const block: DraftBlock = { kind, text: raw, source, kept: source !== null && this.#ctx.isKept(source) };
    // A pull quote's closing `——研究員 許芳瑜` names who said it: a source credit, not the quote.
    if (kind === 'quote' && this.#blocks.length > this.#quoteStart && QUOTE_ATTRIBUTION.test(raw)) {
      this.#ctx.dropped(block, 'attribution line of a quote');
      return;
    }
    this.#blocks.push(block);
  }

  /** A second line of one bold run: the lines before it were not subheadings either. */
  #demoteBoldRun(): void {
    for (let at = this.#boldRun; at < this.#blocks.length; at++) {
      const block = this.#blocks[at]!;
      if (block.kind === 'heading') this.#blocks[at] = { ...block, kind: 'paragraph' };
    }
  }

  /** The subheadings read from bold lines, from the `from`th on, become paragraphs again, but for numbered ones. */
  #demoteBoldHeadings(from: number): void {
    for (let at = from; at < this.#boldHeadings.length; at++) {
      const index = this.#boldHeadings[at]!;
      const block = this.#blocks[index]!;
      if (block.kind === 'heading' && !SECTION_NUMBER.test(block.text)) this.#blocks[index] = { ...block, kind: 'paragraph' };
    }
  }

  #flushItem(): void {
    this.#allBold = true;
    const raw = this.#take();
    if (raw !== null) this.#list?.items.push(raw);
  }

  #flushList(): void {
    this.#flushItem();
    const list = this.#list;
    this.#list = null;
    if (list === null || list.items.length === 0) return;
    this.#blocks.push({
      kind: 'list',
      text: list.items.join('\n'),
      items: list.items,
      source: list.source,
      kept: this.#ctx.isKept(list.source),
    });
  }
}

function looksLikeHeading(raw: string): boolean {
  const text = collapseWhitespace(raw);
  if (text === '' || charLength(text) > MAX_BOLD_HEADING || PARTICIPANT_LABEL.test(text)) return false;
  let end = text.length;
  while (end > 0 && CLOSERS.has(text[end - 1]!)) end--;
  if (end === 0 || (end < text.length && text[0] === OPENER_OF[text.at(-1)!])) return false;
  const last = text[end - 1]!;
  if (STATEMENT_END.has(last)) return false;
  if (last !== '？' && last !== '?') return true;
  // One question heads a section; a question after a full stop ends a passage (a verse's `…。…何似？`).
  for (let at = 0; at < end - 1; at++) if (STATEMENT_END.has(text[at]!)) return false;
  return true;
}
