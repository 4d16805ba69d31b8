/**
 * Bylines in brackets that print no role word: `（金镇涛分析评论）`, `（本台新闻分析）`,
 * `（法广RFI）`. Only their place, right after a dateline, makes them bylines.
 */
import { OUTLETS, WIRE_SERVICES } from '../rules/outlets.js';
import { COMPOUND_SURNAMES, SURNAMES } from '../rules/surnames.js';
import type { Credits } from './parse-credits.js';

/** The kind of piece, printed where a role word would be: 分析评论, 新闻分析, 评论. */
const PIECE = /^(?:本台|本臺|本报|本報)?(\p{Script=Han}{2,4}?)??(?:新闻|新聞|时事|時事)?(?:分析评论|分析評論|评论|評論|述评|述評|分析)$/u;
const BRACKETS = /^[（(](.*)[）)]$/u;
/** Every outlet and wire name, for a note that only names the source (`法广RFI`: one outlet's two names). */
const SOURCE_NAMES: ReadonlySet<string> = new Set([...OUTLETS.flatMap((outlet) => outlet.names), ...WIRE_SERVICES]);
/** Longest run of names read as a source note. */
const MAX_SOURCE = 24;

/**
 * Read a bracketed byline that has no role word: a writer's name before the
 * kind of piece (`（金镇涛分析评论）` → author 金镇涛), the desk's piece
 * (`（本台新闻分析）`, no name), or the source outlet alone (`（法广RFI）` →
 * outlet 法广). A name must start with a surname, so `（学会阶级分析）` is not one.
 *
 * @param text - The bracketed text, brackets included.
 * @returns The credits, or `null` when the text is not such a byline.
 * @example
 * parseBareByline('（金镇涛分析评论）') // { authors: ['金镇涛'], …, rest: '' }
 * parseBareByline('（法广RFI）') // { authors: [], outlets: ['法广'], …, rest: '' }
 * parseBareByline('（一）') // null
 */
export function parseBareByline(text: string): Credits | null {
  const inner = BRACKETS.exec(text.trim())?.[1]?.trim();
  if (inner === undefined || inner === '') return null;
  const piece = PIECE.exec(inner);
  if (piece !== null) {
    const name = piece[1];
    if (name === undefined) return { authors: [], editors: [], roles: [{ name: inner, role: 'desk', kind: 'other' }], outlets: [], rest: '' };
    if (!hasSurname(name)) return null;
    return { authors: [name], editors: [], roles: [{ name, role: '评论', kind: 'author' }], outlets: [], rest: '' };
  }
  const sources = splitSources(inner);
  return sources === null ? null : { authors: [], editors: [], roles: [], outlets: [sources[0]!], rest: '' };
}

function hasSurname(name: string): boolean {
  return SURNAMES.has(name[0]!) || COMPOUND_SURNAMES.some((surname) => name.startsWith(surname));
}

/** The text as a run of outlet names (`法广RFI`, `法广 RFI`), or `null` when any part is not one. */
function splitSources(text: string): string[] | null {
  if (text.length > MAX_SOURCE) return null;
  const rest = text.trimStart();
  if (rest === '') return [];
  for (let end = rest.length; end > 0; end--) {
    const head = rest.slice(0, end);
    if (!SOURCE_NAMES.has(head)) continue;
    const tail = splitSources(rest.slice(end));
    if (tail !== null) return [head, ...tail];
  }
  return null;
}
