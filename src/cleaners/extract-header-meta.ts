/**
 * The article's header: the lines printed under the headline, before the story,
 * that carry its date and byline (`2025-01-16 10:21:37`, `新京报记者 王佳宁`,
 * `2024年05月20日05:36 | 来源：人民网`, `文字 X、Y / 攝影 Z`).
 */
import type { Document, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { textOf } from '../dom/text.js';
import { SKIP, STOP, walk } from '../dom/walk.js';
import { dateFromUrl } from '../metadata/date-from-url.js';
import { parseChineseDate } from '../metadata/parse-chinese-date.js';
import { parseBylineRow } from '../metadata/parse-byline-row.js';
import { parseCredits } from '../metadata/parse-credits.js';
import { parseDateline } from '../metadata/parse-dateline.js';
import { ZONE_WORDS } from '../metadata/timezones.js';
import type { StepContext, TreeStep } from '../pipeline/types.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';
import { recordCredits } from './record-credits.js';

/** Elements that run inside a line; any other element starts a new one. */
const INLINE: ReadonlySet<string> = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'font', 'time', 'small', 'label', 'cite', 'abbr', 'sup', 'sub', 'u', 'br']);
/** How many lines under the headline are read, and how many characters in all. */
const MAX_LINES = 16;
const MAX_CHARS = 400;
/** A line longer than this, or with a sentence's punctuation, is the story: the header ends there. */
const MAX_LINE = 60;
/** The longest standfirst passed over between the headline and the header lines. */
const MAX_LEAD = 120;
const STORY = /[。；！？]/u;
/** A `，` ends the header too, except in a byline that lists its names with it (文｜财新 王梓涵，陈一鸣). */
const COMMA = /，/u;
const LABELLED_BYLINE = /^(?:文|文字|撰文|作者|记者|記者)\s?[:：/／|｜]/u;
/** Headings that are the headline when their text is the page's title (环球网 prints it as an `<h3>`, with no `<h1>`). */
const TITLE_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3']);
/** How many nodes are looked at before giving up on finding an `<h1>`: a page without one is not walked whole. */
const MAX_NODES_BEFORE_H1 = 5000;
/** What a date line may print besides the date: labels, separators, and a `来源：…` source after it. */
const DATE_LINE_REST = /^(?:[\s/|｜:：()（）·,，\-于於]|发布|發布|發佈|发表|發表|更新|时间|時間|日期|出版|北京时间|北京時間|台北时间|台北時間|臺北時間|香港时间|香港時間|上午|下午)*(?:(?:来源|來源|出处|出處)[:：].{0,30})?$/u;

/** A header part that is only `MM-DD hh:mm` (or `MM/DD`). */
const YEARLESS = /^([01]?\d)[-/]([0-3]?\d) {1,2}([0-2]?\d):([0-5]\d)$/u;
/** A zone word after a header's time: `… 14:32 臺北時間`. */
const TRAILING_ZONE = new RegExp(`(${Object.keys(ZONE_WORDS).join('|')})(?:时间|時間)`, 'u');

/**
 * Read the date and the byline printed in the lines right under the page's
 * first `<h1>`, before the story begins, wherever the body finder later
 * draws the article's edge. Nothing is removed here: the date ranks as text
 * (below the dateline, `<time>` and metadata, which may state it more
 * precisely), the byline as a byline; a header line kept with the body is
 * still dropped by the later steps that read it there.
 *
 * @returns The tree step `extractHeaderMeta`.
 * @example
 * pipe(extractHeaderMeta()).run('<h1>标题</h1><div><span>新京报记者 王佳宁</span><div>2025-01-16 10:21:37</div></div><p>正文。</p>', { family: 'html-page' }).found.dates
 * // [{ value: '2025-01-16T10:21:37+08:00', source: 'text', raw: '2025-01-16 10:21:37' }]
 */
export function extractHeaderMeta(): TreeStep {
  return {
    name: 'extractHeaderMeta',
    stage: 'tree',
    when: (ctx) => ctx.family === 'html-page',
    run(doc: Document, ctx: StepContext): void {
      let dated = false;
      const title = ctx.found.title === null ? null : collapseWhitespace(ctx.found.title.value);
      for (const line of headerLines(doc, title)) {
        // A row of spans (`<span>2025-02-18 21:47:36</span><span>字号</span><span>来源：X</span>`) is read whole, then span by span.
        if (!dated) dated = readDate(line.text, ctx) || line.parts.some((part) => readDate(part, ctx));
        // One credit per element (`<span>X记者 A</span><span>X实习生 B</span>`): each is read on its own, so one's outlet is not read as the other's name.
        if (line.parts.length > 1 && line.parts.every(isCredit)) line.parts.forEach((part) => readByline(part, ctx));
        // Names in elements of their own (鏡新聞: <span>記者</span><a>A</a><a>B</a>) stay apart, as the
        // line's text would glue them (whitespace between Han characters is dropped).
        else if (!(line.parts.length > 1 && readByline(line.parts.join(' '), ctx)) && !readByline(line.text, ctx)) readPartByline(line.parts, ctx);
      }
    },
  };
}

/** A header line and the texts of the elements it was joined from. */
interface HeaderLine {
  readonly text: string;
  readonly parts: readonly string[];
}

/** The text lines after the first `<h1>` (or an `<h2>`/`<h3>` printing the title), up to the story's first sentence. */
function headerLines(doc: Document, title: string | null): HeaderLine[] {
  const lines: HeaderLine[] = [];
  let parts: string[] = [];
  let seenH1 = false;
  let current = '';
  let total = 0;
  let passedLead = false;
  let owner: ParentNode | null = null;
  let lastParent: ParentNode | null = null;
  const flush = (): boolean => {
    const line = collapseWhitespace(current);
    const lineParts = parts;
    current = '';
    parts = [];
    if (line === '') return true;
    if (line.length > MAX_LINE || STORY.test(line) || (COMMA.test(line) && !LABELLED_BYLINE.test(line))) {
      // A standfirst printed right under the headline in its own block, not a story paragraph
      // (FT中文网's div.story-lead), comes before the date and byline: passed over once.
      if (lines.length === 0 && !passedLead && line.length <= MAX_LEAD && owner !== null && isTag(owner) && owner.name !== 'p') return (passedLead = true);
      return false;
    }
    lines.push({ text: line, parts: lineParts });
    total += line.length;
    return lines.length < MAX_LINES && total < MAX_CHARS;
  };
  let visited = 0;
  walk(doc, (node) => {
    if (!seenH1 && ++visited > MAX_NODES_BEFORE_H1) return STOP;
    if (isTag(node)) {
      if (!seenH1) {
        if (node.name === 'h1' || isTitleHeading(node, title)) seenH1 = true;
        return seenH1 ? SKIP : undefined;
      }
      // A lead image's caption sits between headline and byline on many pages; it is not the header.
      if (node.name === 'script' || node.name === 'style' || node.name === 'figure') return SKIP;
      if (INLINE.has(node.name)) return undefined;
      return flush() ? undefined : STOP;
    }
    if (!seenH1 && isText(node) && isTitleText(node.data, title)) {
      // The headline printed in no heading element at all (博讯: <font><b>标题</b></font>, 上观新闻: div.news-title).
      seenH1 = true;
      return undefined;
    }
    if (!seenH1 || !isText(node)) return undefined;
    // A link to a channel or category beside the byline (商業周刊: 撰文者：X <a href="/channel/…">商周頭條</a>) is no name.
    if (isCategoryLink(node.parent)) return undefined;
    const block = blockOf(node.parent);
    if (block !== owner && !flush()) return STOP;
    owner = block;
    // Label and name often sit in separate elements (`<span>文字</span><a>X</a>`): keep them apart.
    const joined = node.parent === lastParent;
    current += joined ? node.data : ` ${node.data}`;
    const part = collapseWhitespace(node.data);
    if (joined && parts.length > 0) parts[parts.length - 1] += part;
    else if (part !== '') parts.push(part);
    lastParent = node.parent;
    return undefined;
  });
  if (current !== '') flush();
  return lines;
}

/** An `<h2>`/`<h3>` whose text is the page's title (read up to the title's length). */
function isTitleHeading(node: Element, title: string | null): boolean {
  return title !== null && TITLE_HEADINGS.has(node.name) && collapseWhitespace(textOf(node, title.length * 2 + 16)) === title;
}

/** A link to a listing page: a channel, category, column, topic or tag. */
const CATEGORY_HREF = /\/(?:channels?|category|categories|column|columns|topics?|tags?|section)\//iu;

function isCategoryLink(node: ParentNode | null): boolean {
  return node !== null && isTag(node) && node.name === 'a' && CATEGORY_HREF.test(node.attribs['href'] ?? '');
}

/** A text node that is the page's title, whole. */
function isTitleText(data: string, title: string | null): boolean {
  return title !== null && data.length >= title.length && data.length <= title.length * 2 + 16 && collapseWhitespace(data) === title;
}

/** The nearest ancestor that is not an inline element. */
function blockOf(node: ParentNode | null): ParentNode | null {
  let current = node;
  while (current !== null && isTag(current) && INLINE.has(current.name)) current = current.parent;
  return current;
}

function readDate(line: string, ctx: StepContext): boolean {
  const date = parseChineseDate(line);
  if (date === null) return readYearless(line, ctx);
  const rest = line.replace(date.raw, '');
  if (!DATE_LINE_REST.test(rest)) return readHeaderDateline(line, ctx) || readBylineRowDate(line, ctx);
  // A zone named after the time (`14:32 臺北時間`) states the offset.
  const zone = date.timezone === undefined ? TRAILING_ZONE.exec(rest)?.[1] : undefined;
  const zoned = zone === undefined ? date : (parseChineseDate(line, { timezone: ZONE_WORDS[zone] ?? null }) ?? date);
  ctx.found.dates.push({ value: zoned.published, source: 'text', raw: date.raw });
  return true;
}

/** A row of byline, date and source in one element, apart only by spaces (中国新闻周刊: `作者：X      2024-12-16 09:03:21      来源：Y`). */
function readBylineRowDate(line: string, ctx: StepContext): boolean {
  const row = parseBylineRow(line);
  if (row === null) return false;
  // Only the date: the names are read part by part like any header line's.
  ctx.found.dates.push({ value: row.date.published, source: 'text', raw: row.date.raw.trim() });
  return true;
}

/** A bracketed dateline printed as a header line of its own (博讯: `(博讯北京时间2025年1月14日 来稿)`). */
function readHeaderDateline(line: string, ctx: StepContext): boolean {
  const dateline = parseDateline(line);
  if (dateline?.published == null || dateline.raw !== line) return false;
  ctx.found.dates.push({ value: dateline.published, source: 'text', raw: dateline.raw });
  return true;
}

/**
 * A header's `06-18 14:32`: month, day and time with the year left out, read
 * only when the page's metadata or URL names that month and day, whose year it takes.
 */
function readYearless(line: string, ctx: StepContext): boolean {
  const m = YEARLESS.exec(line);
  if (m === null) return false;
  const monthDay = `${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  const url = ctx.found.url?.value ?? ctx.inputUrl;
  const days = [...ctx.found.dates.map((d) => d.value.slice(0, 10)), dateFromUrl(url ?? '')?.published ?? ''];
  const day = days.find((d) => d.slice(5, 10) === monthDay);
  if (day === undefined) return false;
  ctx.found.dates.push({ value: `${day}T${m[3]!.padStart(2, '0')}:${m[4]}:00`, source: 'text', raw: m[0] });
  return true;
}

/** The first part that is a byline, or a label part with the name in the part after it (`撰文者：` `<a>陳雅婷</a>` `2024.10.22`). */
function readPartByline(parts: readonly string[], ctx: StepContext): boolean {
  return parts.some((part, i) => readByline(part, ctx) || (i + 1 < parts.length && LABEL_ONLY.test(part) && NAME_ONLY.test(parts[i + 1]!) && readByline(`${part} ${parts[i + 1]!}`, ctx)));
}

/** A part that is a person's name and nothing else (not 中国数字时代's `CDT编辑`, the site's editors). */
const NAME_ONLY = /^[\p{Script=Han}·]{2,4}$|^[A-Za-z][A-Za-z.'’-]*(?: [A-Za-z][A-Za-z.'’-]*){1,3}$/u;

/** A part that is only a role label: `撰文者：`, `記者`, `作者 |`. */
const LABEL_ONLY = /^\p{Script=Han}{1,4}\s?[:：|｜/／]?$/u;

function isCredit(part: string): boolean {
  const credits = parseCredits(part);
  return credits.rest === '' && credits.authors.length + credits.editors.length > 0;
}

function readByline(line: string, ctx: StepContext): boolean {
  const credits = parseCredits(line);
  if (credits.rest !== '' || (credits.authors.length === 0 && credits.editors.length === 0)) return false;
  recordCredits(credits, 'byline', ctx);
  return true;
}
