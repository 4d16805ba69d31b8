/**
 * Credit lines: the closing `（记者X报导/责任编辑：Y）`, `责任编辑：Y`,
 * `记者 X 责编 Y`, and a leading `文/X`.
 */
import { type Credits, parseCredits } from '../metadata/parse-credits.js';
import { OUTLETS, WIRE_SERVICES } from '../rules/outlets.js';
import { END_OF_STORY } from '../rules/phrases.js';
import { SURNAMES } from '../rules/surnames.js';
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { fileByUnit } from '../text/file-by-unit.js';
import { recordCredits } from './record-credits.js';

/** How many blocks from the end may be credit lines. */
const MAX_TRAILING = 4;
/** Longest block (in characters) read as a credit line. */
const MAX_CREDIT_LINE = 120;
/** Longest leading byline block. */
const MAX_LEADING = 60;
/** A byline list has at most this many items, each at most this long. */
const MAX_BYLINE_ITEMS = 3;
const MAX_BYLINE_ITEM = 30;

/**
 * Read credit lines at the end of the body (and a byline block at its start)
 * into `authors` and `editors`, and remove them. A credit in parentheses that
 * ends the last paragraph (`…。（责任编辑：林清）`) is cut from it.
 *
 * Credits are read only from these positions: a reporter merely mentioned in
 * the story (`《曼谷邮报》记者帕彭`) is not an author.
 *
 * @returns The block step `extractCredits`.
 * @example
 * // last block '（记者郑鼓笙综合报导/责任编辑：林清）' → authors ['郑鼓笙'], editors ['林清']
 */
export function extractCredits(): BlockStep {
  return {
    name: 'extractCredits',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      const out = blocks.slice();
      // The byline opens the body, or stands under its heading (希望之声 soh186/256729: the series
      // heading, then 作者：尼古拉‧韦尔特（Nicolas Werth）).
      const byline = leadingByline(out, 0) ?? (out[0]?.kind === 'heading' && out[1]?.kind === 'heading' ? leadingByline(out, 1, true) : null);
      if (byline !== null) {
        recordCredits(byline.credits, 'byline', ctx);
        ctx.dropped(out[byline.at]!, 'byline moved to `authors`/`editors`');
        out.splice(byline.at, 1);
      }
      // Taken from the end up, and recorded in page order: pushed, then read backwards (`unshift` is a
      // call into the runtime, once per credit line).
      const trailing: Credits[] = [];
      for (let taken = 0; taken < MAX_TRAILING && out.length > 0; taken++) {
        const last = out.at(-1)!;
        if (last.kept) break;
        // 唐浩 / 大纪元《世界十字路口》制作组: a bare name right above a credit line is credited too,
        // unless a date stands above it: 民国71年8月17日 / 宋美龄 signs the letter the story prints.
        const credits = last.text.length <= MAX_CREDIT_LINE ? (creditLine(last.text) ?? (taken > 0 && !isDateLine(out.at(-2)) ? bareName(last.text) : null)) : null;
        if (credits !== null) {
          trailing.push(credits);
          ctx.dropped(last, 'credit line moved to `authors`/`editors`');
          out.pop();
          continue;
        }
        // 魏紫丹 写于 2007年: the writer's signature is the piece's own last line; it stays.
        const signed = signature(last.text);
        if (signed !== null) {
          trailing.push(signed);
          break;
        }
        const cut = cutTrailingCredit(last.text);
        if (cut !== null) {
          trailing.push(cut.credits);
          ctx.changed(cut.group, 'closing credit moved to `authors`/`editors`');
          out[out.length - 1] = { ...last, text: cut.text };
        }
        break;
      }
      for (let i = trailing.length - 1; i >= 0; i--) recordCredits(trailing[i]!, 'credit-line', ctx);
      // …的下一步。（全文完）: the story's closing mark, above the credits just taken, is not text.
      const end = out.at(-1);
      if (end !== undefined && end.kind === 'paragraph' && !end.kept && endsWithBracket(end.text) && END_OF_STORY.test(end.text)) {
        const text = end.text.replace(END_OF_STORY, '');
        ctx.changed(end.text.slice(text.length), 'closing mark of the story');
        out[out.length - 1] = { ...end, text };
      }
      return out;
    },
  };
}

/** The credits of the block at `at` when it is a byline; under a heading, only one that names a writer. */
function leadingByline(blocks: readonly DraftBlock[], at: number, named = false): { at: number; credits: Credits } | null {
  const block = blocks[at];
  if (block === undefined || block.kept || block.text.length > MAX_LEADING) return null;
  const credits = block.kind === 'list' ? listByline(block.items ?? []) : creditLine(block.text);
  return credits !== null && (!named || credits.authors.length > 0) ? { at, credits } : null;
}

/** Radio commentaries end by naming their author: 以上是自由亚洲电台特约评论员王丹为您做的评论。 */
const OUTRO = /^以上是\p{Script=Han}{0,8}?(特约评论员|特約評論員|评论员|評論員|记者|記者|主持人)([\p{Script=Han}·]{2,6}?)(?:为您|為您|为你|為你)(?:所做|做|带来|帶來)的(?:评论|評論|报道|報導|节目|節目)[。.]?$/u;

/** Taiwanese wire copy stamps the closing credit with the ROC date: `（編輯：林克倫）1130306`. */
const DATE_STAMP = /(?<=[）)])[ \u3000]{0,2}\d{7}$/u;

/** A note of who contributed: `（本台记者唐家婕对报道有贡献。）`, `Jan Jekielek和Jack Phillips对此文有所贡献。`. */
const CONTRIBUTED = /^[（(]?([^（()）]{2,40}?)(?:对|對)(?:此文|本文|报道|報導|报导|報道)有所?(?:贡献|貢獻)[。.]?[）)]?$/u;
const CONTRIBUTORS_SPLIT = /[、，,和與与]/u;
/** Where one credit group ends and another follows on the same line: `（…）（记者：X） 网编：Y`. */
const AFTER_GROUP = /(?<=[）)])[ \u3000]*(?=\S)/u;

/** The credits of a block that is nothing but credits, else `null`. */
function creditLine(line: string): Credits | null {
  return singleCredit(line) ?? creditGroups(line);
}

/** Credit groups printed one after another, each nothing but credits: their credits in order. */
function creditGroups(line: string): Credits | null {
  // A group ends at a closing bracket: a line without one cannot part, and the split is a regex search.
  if (!line.includes('）') && !line.includes(')')) return null;
  const parts = line.split(AFTER_GROUP);
  if (parts.length < 2) return null;
  const merged: Credits = { authors: [], editors: [], roles: [], outlets: [], rest: '' };
  for (const part of parts) {
    const credits = singleCredit(part);
    if (credits === null) return null;
    merged.authors.push(...credits.authors);
    merged.editors.push(...credits.editors);
    merged.roles.push(...credits.roles);
    merged.outlets.push(...credits.outlets);
  }
  return merged;
}

/** Contributors to the story, named before `对报道有贡献`: by role (本台记者X) or as bare names. */
function contribution(text: string): Credits | null {
  // Every such note ends in 贡献 (貢獻): the pattern is tried only on the few texts that hold it.
  if (!text.includes('贡献') && !text.includes('貢獻')) return null;
  const lead = CONTRIBUTED.exec(text.trim())?.[1];
  if (lead === undefined) return null;
  const credits = parseCredits(lead);
  if (credits.rest === '' && credits.authors.length > 0) return credits;
  const names = lead.split(CONTRIBUTORS_SPLIT).map((name) => name.trim());
  if (!names.every((name) => BARE_NAME.test(name))) return null;
  return { authors: names, editors: [], roles: names.map((name) => ({ name, role: '', kind: 'author' as const })), outlets: [], rest: '' };
}

/** The credits of a block that is one credit line or group, else `null`. */
function singleCredit(line: string): Credits | null {
  // The stamp's pattern is tried at every position of the line: only a line ending in a digit can hold it.
  const text = endsWithDigit(line) ? line.replace(DATE_STAMP, '') : line;
  const outro = text.startsWith('以上是') ? OUTRO.exec(text) : null;
  if (outro !== null) {
    const name = outro[2]!;
    return { authors: [name], editors: [], roles: [{ name, role: outro[1]!, kind: 'author' }], outlets: [], rest: '' };
  }
  const contributed = contribution(text);
  if (contributed !== null) return contributed;
  const credits = parseCredits(text);
  if (credits.rest !== '') return agencyLine(text) ?? outletReport(text);
  return credits.roles.length > 0 || credits.outlets.length > 0 ? credits : null;
}

/** Whether a text ends in an ASCII digit, as {@link DATE_STAMP} needs. */
function endsWithDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39;
}

/**
 * Whether a text ends in a closing bracket, as {@link END_OF_STORY} needs: the pattern, anchored
 * only at the end, is otherwise tried at every position of the story's last paragraph.
 */
function endsWithBracket(text: string): boolean {
  const last = text.at(-1);
  return last === '）' || last === ')';
}

/** Wire services and outlets, by every name they print. */
const AGENCIES: ReadonlySet<string> = new Set([...WIRE_SERVICES, ...OUTLETS.flatMap((o) => o.names)]);

/** `（路透社、德新社）`: the agencies a story was written from, closing it. */
function agencyLine(text: string): Credits | null {
  const line = text.trim();
  if (line[0] !== '（' && line[0] !== '(') return null;
  const inner = /^[（(](.{2,40})[）)]$/u.exec(line)?.[1];
  if (inner === undefined) return null;
  const names = inner.split(/[、，,/／\s]+/u).filter((n) => n !== '');
  return names.length > 0 && names.every((n) => AGENCIES.has(n)) ? { authors: [], editors: [], roles: [], outlets: names, rest: '' } : null;
}

/**
 * The names of two characters or more, longest first, filed by their first unit: {@link outletReport}
 * compares a line only with the names that start like it (most lines it gets are prose, and start
 * like none), instead of looking up each of its first characters' runs.
 */
const AGENCIES_BY_FIRST = fileByUnit([...AGENCIES].filter((name) => name.length >= 2).sort((a, b) => b.length - a.length), 'first');
/** What follows the outlet in `新唐人电视纽约报导`, `新唐人亚太电视台湾台北综合报导`: its station, the place, the work. */
const OUTLET_REPORT_REST = /^(?:亚太|亞太)?(?:电视台|電視台|电视|電視)?\p{Script=Han}{0,4}?(?:综合|綜合|采访|採訪)?(?:报导|报道|報導|報道)$/u;

/** `新唐人亚太电视 江子扬 编译`: the station, then the writer and the work, each apart (新唐人 prog202/a102961617). */
const OUTLET_WRITER_REST = /^(?:亚太|亞太)?(?:电视台|電視台|电视|電視)?[ \u3000]+(\p{Script=Han}{2,4})[ \u3000]+(?:编译|編譯|整理|(?:综合|綜合|采访|採訪)?(?:报导|报道|報導|報道))$/u;

/** `新唐人电视综合报导`, `新唐人电视纽约报导`: the outlet credited with the story, nobody named; `新唐人亚太电视 江子扬 编译`: and its writer. */
function outletReport(text: string): Credits | null {
  const line = text.trim();
  for (const name of AGENCIES_BY_FIRST.get(line.charCodeAt(0)) ?? []) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (OUTLET_REPORT_REST.test(rest)) return { authors: [], editors: [], roles: [], outlets: [name], rest: '' };
    const writer = OUTLET_WRITER_REST.exec(rest)?.[1];
    if (writer !== undefined) return { authors: [writer], editors: [], roles: [{ name: writer, role: '', kind: 'author' }], outlets: [name], rest: '' };
  }
  return null;
}

/**
 * A byline set as a list: `作者, 林嘉文` / `Role, BBC中文記者`. Every item is
 * short and the first is a credit line.
 */
function listByline(items: readonly string[]): Credits | null {
  if (items.length === 0 || items.length > MAX_BYLINE_ITEMS || items.some((item) => item.length > MAX_BYLINE_ITEM)) return null;
  const credits = creditLine(items[0]!);
  return credits !== null && credits.authors.length > 0 ? credits : null;
}

/** A block that is only a person's name, as author. */
function bareName(text: string): Credits | null {
  // A comma or full stop, which no name holds, answers before the pattern (as in `signature`).
  if (text.includes('，') || text.includes('。')) return null;
  const name = text.trim();
  if (!BARE_NAME.test(name)) return null;
  return { authors: [name], editors: [], roles: [{ name, role: '', kind: 'author' }], outlets: [], rest: '' };
}

const BARE_NAME = /^(?:\p{Script=Han}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$/u;

/** `魏紫丹 写于 2007年`: a name, `写于`, and when or where (p6/948123). */
const SIGNED = /^(\p{Script=Han}{2,4})[ \u3000]*(?:写于|寫於|写於)[ \u3000]*[^，。！？,]{1,20}$/u;

/** The writer a signature line names, as author; the name must start with a common surname. */
function signature(text: string): Credits | null {
  // Met by the story's last paragraph on every page: a comma or full stop, which no signature
  // holds and nearly every paragraph does early on, answers before the pattern.
  if (text.includes('，') || text.includes('。')) return null;
  const name = SIGNED.exec(text.trim())?.[1];
  if (name === undefined || !SURNAMES.has(name[0]!)) return null;
  return { authors: [name], editors: [], roles: [{ name, role: '写于', kind: 'author' }], outlets: [], rest: '' };
}

/** `民国71年8月17日`, `2016年8月7日`, `二零一五年六月十日`: a line that is only a date. */
const DATE_LINE = /^(?:民国|民國)?[\d〇○零一二三四五六七八九十]{2,4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;

function isDateLine(block: DraftBlock | undefined): boolean {
  if (block === undefined) return false;
  const line = block.text.trim();
  return line.endsWith('日') && DATE_LINE.test(line);
}

/** `…正文。（记者X报导/责任编辑：Y）` → the text without the group, and its credits. */
function cutTrailingCredit(text: string): { text: string; group: string; credits: Credits } | null {
  const last = text.at(-1);
  if (last !== '）' && last !== ')') return null;
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  if (open <= 0 || text.length - open > MAX_CREDIT_LINE) return null;
  const group = text.slice(open);
  const credits = creditLine(group);
  if (credits === null || credits.roles.length === 0) return null;
  return { text: text.slice(0, open).trimEnd(), group, credits };
}
