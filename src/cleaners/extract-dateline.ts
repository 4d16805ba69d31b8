/**
 * The dateline header and the byline right after it.
 */
import { dateFromUrl } from '../metadata/date-from-url.js';
import { parseBareByline } from '../metadata/parse-bare-byline.js';
import { type Credits, parseCredits } from '../metadata/parse-credits.js';
import { parseBylineRow } from '../metadata/parse-byline-row.js';
import { parseChineseDate } from '../metadata/parse-chinese-date.js';
import { type Dateline, parseDateline } from '../metadata/parse-dateline.js';
import { parseZonedStamp } from '../metadata/zoned-stamp.js';
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { equalOutsideSpaces } from '../text/is-space.js';
import { type UnitScreen, hasUnitWithin, isAmong, screenOf } from '../text/units.js';
import { recordCredits } from './record-credits.js';

/** How many leading blocks are searched for the header. */
const SEARCH_BLOCKS = 3;
/** Longest byline (in characters) read in parentheses after the header. */
const MAX_BYLINE = 60;
/** Longest block read as a byline and date row. */
const MAX_BYLINE_ROW = 80;
const SENTENCE_END = /[。！？]/u;
/** Longest line read as a date line. */
const MAX_DATE_LINE = 40;
/** What a date line may print besides the date: a label, a clock half, separators. */
/** …and where it was posted from (腾讯: `2024-05-20 14:32发布于河南`). */
const DATE_LINE_REST = /^(?:[\s/|｜:：()（）·,，-]|发布|發布|發佈|更新|时间|時間|日期|出版|published|updated|posted|北京时间|北京時間|台北时间|台北時間|am|pm|上午|下午)*(?:(?:发布于|發布於|發佈於)\p{Script=Han}{2,6})?$/iu;

/**
 * Read the `【…日讯】` dateline header from the start of one of the first
 * blocks, and a byline in parentheses right after it (`（大纪元记者李言综合报导）`);
 * both leave the body, the rest of that paragraph stays. Headers that are not
 * datelines (`【诚征荣誉会员】`, `【国际风云】`) are left alone. Without a
 * dateline, a byline opening the first paragraph is read the same way.
 *
 * Runs on blocks, after links were unwrapped, so headers split by tag links
 * (`【<a>希望之声</a>2024年5月18日】`) read whole.
 *
 * @returns The block step `extractDateline`.
 * @example
 * // '【大纪元2022年12月30日讯】（大纪元记者李言综合报导）普京和…' → dateline, published 2022-12-30,
 * // authors ['李言'], paragraph '普京和…'
 */
export function extractDateline(): BlockStep {
  return {
    name: 'extractDateline',
    stage: 'blocks',
    run(input: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      const reference = referenceDate(ctx);
      const blocks = withoutDateLines(withoutBylineRow(withoutClosingStamp(input, ctx), ctx), ctx);
      for (let i = 0; i < Math.min(SEARCH_BLOCKS, blocks.length); i++) {
        const block = blocks[i]!;
        if (block.kind === 'list') continue;
        const dateline = parseDateline(block.text, { reference });
        if (dateline === null) continue;
        record(dateline, ctx);
        const start = block.text.indexOf(dateline.raw);
        const rest = cutByline(block.text.slice(start + dateline.raw.length), ctx);
        ctx.changed(dateline.raw, 'dateline header moved to `dateline`');
        const out = blocks.slice();
        if (rest !== '' && !isTitle(rest, ctx)) {
          out[i] = { ...block, text: rest };
          return out;
        }
        // The header printed over the title (【新唐人…讯】【环球直击】9月24日完整版（1）): removeTitle, which
        // ran before, saw the header too. The title is not body.
        if (rest !== '') ctx.dropped({ ...block, text: rest }, 'repeats the title');
        // A header printed on a line of its own: the byline opens the next paragraph.
        out.splice(i, 1);
        return [...out.slice(0, i), ...withoutLeadingByline(out.slice(i), ctx)];
      }
      return withoutLeadingByline(blocks, ctx);
    },
  };
}

/** Whether what the header leaves of its paragraph is the title found so far, whitespace aside. */
function isTitle(text: string, ctx: StepContext): boolean {
  const title = ctx.found.title?.value;
  return title !== undefined && equalOutsideSpaces(text, title);
}

/**
 * Lines of the page's header kept with the body that only print the
 * publication date (`2024年3月5日`, `发布 / 2024年3月5日 14:06`): the page's
 * metadata or URL names the same day, so the line is the header's, not the
 * story's (a heading `1999年7月20日` in a story of 2020 stays).
 */
function withoutDateLines(blocks: readonly DraftBlock[], ctx: StepContext): readonly DraftBlock[] {
  // Read only once a line prints a date: most pages open with the story, and the days cost a set each.
  let known: ReadonlySet<string> | null = null;
  let out: DraftBlock[] | null = null;
  for (let i = 0; i < Math.min(SEARCH_BLOCKS, blocks.length); i++) {
    const block = blocks[i]!;
    // The header comes before the story: a date line after its first paragraph is the story's.
    if (block.kind === 'paragraph' && block.text.length > MAX_DATE_LINE) break;
    if (block.kind !== 'paragraph' || block.kept) continue;
    const date = parseChineseDate(block.text);
    if (date === null) continue;
    known ??= knownDays(ctx);
    if (!known.has(date.published.slice(0, 10)) || !DATE_LINE_REST.test(block.text.replace(date.raw, ''))) continue;
    ctx.found.dates.push({ value: date.published, source: 'text', raw: date.raw });
    ctx.dropped(block, 'date line of the page header: read as a date');
    (out ??= blocks.slice()).splice(out.indexOf(block), 1);
  }
  return out ?? blocks;
}

/**
 * A last line that is only the time stamp with its zone named (香港電台's
 * `2024-10-08 HKT 12:03` after the text): the publication time, read and
 * taken out of the body. A date without a zone there may be any day the story names.
 */
function withoutClosingStamp(blocks: readonly DraftBlock[], ctx: StepContext): readonly DraftBlock[] {
  const last = blocks.at(-1);
  if (last === undefined || last.kind !== 'paragraph' || last.kept || last.text.length > MAX_DATE_LINE) return blocks;
  const value = parseZonedStamp(last.text);
  if (value === null) return blocks;
  ctx.found.dates.push({ value, source: 'text', raw: last.text });
  ctx.dropped(last, 'time stamp after the text: read as the date');
  return blocks.slice(0, -1);
}

/**
 * A row of the page's header that prints the byline and the date together
 * (`民報 / 記者 陳俊廷 2024-03-06 16:20`), among the first blocks before the
 * story: both are read, the row leaves the body. A byline naming a person
 * beside a date is no heading of the story, so no other source need name the day.
 */
function withoutBylineRow(blocks: readonly DraftBlock[], ctx: StepContext): readonly DraftBlock[] {
  for (let i = 0; i < Math.min(SEARCH_BLOCKS, blocks.length); i++) {
    const block = blocks[i]!;
    // The story has begun at its first sentence: a row after it is the story's.
    if (block.kind === 'paragraph' && (block.text.length > MAX_BYLINE_ROW || SENTENCE_END.test(block.text))) break;
    if (block.kind !== 'paragraph' || block.kept) continue;
    const row = parseBylineRow(block.text);
    if (row === null) continue;
    ctx.found.dates.push({ value: row.date.published, source: 'text', raw: row.date.raw });
    recordCredits(row.credits, 'byline', ctx);
    ctx.dropped(block, 'byline and date row of the page header: read as authors and date');
    return [...blocks.slice(0, i), ...blocks.slice(i + 1)];
  }
  return blocks;
}

/** The days the page's metadata and URL name. */
function knownDays(ctx: StepContext): Set<string> {
  const days = new Set(ctx.found.dates.map((d) => d.value.slice(0, 10)));
  const url = ctx.found.url?.value ?? ctx.inputUrl;
  const fromUrl = url === null ? null : dateFromUrl(url);
  if (fromUrl !== null) days.add(fromUrl.published);
  return days;
}

/**
 * No dateline: a byline may still open one of the first paragraphs, e.g.
 * `（英文大纪元记者X报导／Y编译）`, `〔記者X／台北報導〕` (after a photo caption
 * left with the text).
 */
function withoutLeadingByline(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
  const out = blocks.slice();
  for (let i = 0; i < Math.min(SEARCH_BLOCKS, out.length); i++) {
    const block = out[i]!;
    if (block.kind === 'list' || block.kept) continue;
    const rest = cutByline(block.text, ctx);
    if (rest === block.text.trimStart()) {
      if (isBylineLine(block, ctx)) {
        out.splice(i, 1);
        return withoutCreditLines(out, i, ctx);
      }
      continue;
    }
    if (rest === '') out.splice(i, 1);
    else out[i] = { ...block, text: rest };
    return out;
  }
  return out;
}

/**
 * The header's other credit lines around a byline line (凤凰网: `出品｜X`,
 * `作者｜Y`, `编辑｜Z`, a line each): lines that are nothing but credits,
 * right before or after where the byline stood, go with it.
 */
function withoutCreditLines(blocks: DraftBlock[], at: number, ctx: StepContext): DraftBlock[] {
  let end = at;
  while (end < blocks.length && isCreditLine(blocks[end]!, ctx)) end++;
  let start = at;
  while (start > 0 && isCreditLine(blocks[start - 1]!, ctx)) start--;
  return start === end ? blocks : [...blocks.slice(0, start), ...blocks.slice(end)];
}

function isCreditLine(block: DraftBlock, ctx: StepContext): boolean {
  if (block.kind !== 'paragraph' || block.kept || block.text.length > MAX_BYLINE) return false;
  const credits = parseCredits(block.text);
  if (credits.rest !== '' || credits.roles.length + credits.outlets.length === 0) return false;
  recordCredits(credits, 'byline', ctx);
  ctx.dropped(block, 'credit line of the header, beside the byline: read as credits');
  return true;
}

function record(dateline: Dateline, ctx: StepContext): void {
  ctx.found.dateline = dateline.raw;
  // A paper's own dispatch date (本报…5月19日电) is the day before it ran: any date on the page outranks it.
  if (dateline.published !== null && dateline.dispatch === true) {
    ctx.found.dates.push({ value: dateline.published, source: 'text', raw: dateline.raw });
  } else if (dateline.published !== null) {
    prepend(ctx.found.dates, { value: dateline.published, source: 'dateline', raw: dateline.raw });
  } else if (dateline.invalid === true) {
    ctx.issue({ code: 'invalid-date', message: `the dateline ${dateline.raw} prints a date that does not exist; it was not used`, step: 'extractDateline' });
  }
  if (dateline.outlet !== undefined) prepend(ctx.found.outletHints, dateline.outlet);
  if (dateline.reporter !== undefined) {
    recordCredits({ authors: [dateline.reporter], editors: [], roles: [{ name: dateline.reporter, role: '记者', kind: 'author' }], outlets: [], rest: '' }, 'byline', ctx);
  }
}

/**
 * Put an item first in a list, as `unshift` does: that is a call into the runtime (two a page with a
 * dateline), and these lists hold a few items.
 */
function prepend<T>(list: T[], item: T): void {
  list.push(item);
  for (let i = list.length - 1; i > 0; i--) list[i] = list[i - 1]!;
  list[0] = item;
}

/**
 * A paragraph of its own that is only a byline (`文／林承翰（資深媒體人）`,
 * `红星新闻记者 刘思远 实习记者 何雨桐 德阳报道`): its authors are recorded and it goes.
 */
function isBylineLine(block: DraftBlock, ctx: StepContext): boolean {
  if (block.kind !== 'paragraph' || block.text.length > MAX_BYLINE) return false;
  const credits = parseCredits(block.text);
  if (credits.rest !== '' || credits.authors.length === 0) return false;
  recordCredits(credits, 'byline', ctx);
  ctx.dropped(block, 'byline line opening the body: read as authors');
  return true;
}

function cutByline(text: string, ctx: StepContext): string {
  const trimmed = text.trimStart();
  const open = trimmed[0];
  // 【文/观察者网 郑一帆】 opens the story the way a dateline does.
  if (open !== '（' && open !== '(' && open !== '〔' && open !== '【') return cutOpeningByline(trimmed, ctx);
  const close = closingBracket(trimmed, MAX_BYLINE);
  if (close < 0) return trimmed;
  const group = trimmed.slice(0, close + 1);
  const credits = readByline(group);
  if (credits === null) return trimmed;
  recordCredits(credits, 'byline', ctx);
  ctx.changed(group, 'byline after the dateline moved to `authors`/`editors`');
  return trimmed.slice(close + 1).trimStart();
}

const OPENING_BRACKETS = screenOf('（(〔【');
const CLOSING_BRACKETS = screenOf('）)〕】');

/**
 * Where the bracket that opens the text closes within its first `limit` units, brackets inside it
 * skipped: a writer's original name sits in brackets within the byline
 * (`（英文大纪元专栏作家布莱恩·吉斯布雷希特（Brian Giesbrecht）撰文／青荷翻译）`). -1 when it does not close.
 * Read by code unit: a one-character string per unit of a Han text is a new string each.
 */
function closingBracket(text: string, limit: number): number {
  let depth = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (isAmong(unit, OPENING_BRACKETS)) depth++;
    else if (isAmong(unit, CLOSING_BRACKETS) && --depth === 0) return i;
  }
  return -1;
}

/**
 * The credits of a bracketed byline, or `null` when the brackets hold something else. Right after
 * the header, a byline may print no role word: the writer and the kind of piece (`（金镇涛分析评论）`),
 * or only the source (`（法广RFI）`).
 */
function readByline(group: string): Credits | null {
  const credits = parseCredits(group);
  // （明慧网通讯员河北报道） names no person, but it is a byline all the same.
  if (credits.rest === '' && (credits.authors.length > 0 || credits.editors.length > 0 || credits.roles.length > 0 || credits.outlets.length > 0)) {
    return credits;
  }
  return parseBareByline(group);
}

/**
 * A byline the story follows in the same paragraph, unbracketed: ending in 報道 and a colon or a space
 * (`記者 梁曉晴報道：` 大公報, `記者蘇怡雯／台南報導　` 中華日報), or a reporter's name and a space
 * (`经济观察网 记者 程锐 ` 经济观察网).
 */
const REPORTED_BYLINE = /^([^：:，。]{2,24}?(?:报道|報道|报导|報導))(?:[：:][ \u3000]?|[ \u3000]+)(?=\S)/u;
const SPACED_BYLINE = /^((?:[^\s，。：:]{2,12}[ \u3000]?)?(?:记者|記者)[ \u3000]?\p{Script=Han}{2,4})[ \u3000]+(?=\S)/u;
/**
 * Each opening byline with the word it needs and how far in that word can start, in code units:
 * 报道 after at most 24 characters, 记者 after at most 12 and a space (a character may be two units).
 * Most paragraphs hold neither there, and a look at 50 units costs less than a search.
 *
 * @internal
 */
export const OPENING_BYLINES: ReadonlyArray<{ readonly pattern: RegExp; readonly word: UnitScreen; readonly reach: number }> = [
  { pattern: REPORTED_BYLINE, word: screenOf('报報'), reach: 49 },
  { pattern: SPACED_BYLINE, word: screenOf('记記'), reach: 26 },
];

/** A reporter's unbracketed byline opening the story's paragraph, after a dateline or alone (`【大公報訊】記者 梁曉晴報道：…`). */
function cutOpeningByline(text: string, ctx: StepContext): string {
  const found = matchOpeningByline(text);
  // A paragraph that is a byline and nothing else (`…记者 冯晓彤 东营报道`) is read whole by `isBylineLine`.
  if (found === null || found[0].length === text.length || parseCredits(text).rest === '') return text;
  const credits = parseCredits(found[1]!);
  if (credits.rest !== '' || credits.authors.length === 0) return text;
  recordCredits(credits, 'byline', ctx);
  ctx.changed(found[0], 'byline opening the story moved to `authors`');
  return text.slice(found[0].length).trimStart();
}

/** The first of {@link OPENING_BYLINES} that opens the text, each tried only when its word stands within reach. */
function matchOpeningByline(text: string): RegExpExecArray | null {
  for (const { pattern, word, reach } of OPENING_BYLINES) {
    if (!hasUnitWithin(text, word, reach)) continue;
    const found = pattern.exec(text);
    if (found !== null) return found;
  }
  return null;
}

/** A date near the article's, to complete wire datelines that print no year. */
function referenceDate(ctx: StepContext): string | null {
  const url = ctx.found.url?.value ?? ctx.inputUrl;
  const fromUrl = url === null ? null : dateFromUrl(url);
  return fromUrl?.published ?? ctx.found.dates[0]?.value ?? null;
}
