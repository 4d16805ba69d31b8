/**
 * The note about the author that closes a story: `Alexandra Stevenson是《纽约时报》驻香港记者…`,
 * `（作者为台湾大学政治系教授）`.
 */
import { metaAuthorNames } from '../metadata/meta-authors.js';
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { recordCredits } from './record-credits.js';

/** How many blocks from the end are searched: the note sits among the closing credit lines. */
const MAX_TRAILING = 4;
/** How many blocks from the end a `作者简介：` label is looked for: a reprint line or two can follow its note. */
const MAX_LABEL_TRAILING = 6;
/** A label on a line of its own, over the note about the author: `作者简介：`. */
const NOTE_LABEL = /^(?:作者简介|作者簡介|作者介绍|作者介紹|关于作者|關於作者)[：:]?$/u;
/**
 * The writer a translated column's note names, by the original spelling in brackets:
 * `英文大纪元专栏作家肖恩·米勒（Shane Miller）是…` → `Shane Miller`, as the outlet's bylines print it.
 */
const NOTE_NAME = /^[^，。（(]{0,16}?\p{Script=Han}{1,8}(?:[·‧・]\p{Script=Han}{1,8})*[（(]([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){1,3})[）)] ?(?:[是为為系係]|现为|現為)/u;
/** A word of a credit line: one under the note credits the page itself (`extractCredits` reads it next). */
const CREDIT_CUE = /(?:作者|译者|譯者|翻译|翻譯|编译|編譯|记者|記者)[：:]/u;
/** Longest block (in characters) read as an author note. */
const MAX_NOTE = 150;
/** `作者为…` / `（作者係…）`: a note about whoever wrote the piece, named or not. */
const ABOUT_THE_AUTHOR = /^[（(]?作者(?:现为|現為|现任|現任|曾任|[是为為系係])(?![谁誰何])/u;
/** What follows a credited name in a note about that person. */
const COPULA = /^ ?(?:现为|現為|现任|現任|曾任|[是为為系係])/u;
/** A Latin name, then `是《…》` / `为《…》`: a translated story's note on its foreign reporter, credited or not. */
const FOREIGN_REPORTER = /^[A-Z][a-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){1,3} ?[是为為]《[^》]{1,20}》/u;
/** An author card's profile line: the medium's reporter and what they cover (经济观察网: `经济观察报记者 关注新能源…`). */
const REPORTER_PROFILE = /^[^，。\s]{2,12}(?:记者|記者|编辑|編輯|主笔|主筆|研究员|研究員)[ \u3000，,][^。]{0,30}?(?:关注|關注|专注|專注|负责|負責|长期报道|長期報導|主跑)/u;

/**
 * Drop a note about the author from the last blocks: a block that opens with
 * `作者` and a copula (`作者为…`), with the name of someone the page credits
 * (in its byline or its metadata) and a copula, or with a Latin name and
 * `是《…》` (`Alexandra Stevenson是《纽约时报》驻香港记者`); and an author
 * card's lines, the credited name alone and a reporter's profile
 * (`经济观察报记者 关注新能源…`). It says who the author is; it is not the story.
 *
 * Runs before `extractCredits`, so that a credit line under the note still
 * ends the body.
 *
 * @returns The block step `removeAuthorNote`.
 * @example
 * // byline ALEXANDRA STEVENSON; last blocks 'Alexandra Stevenson是《纽约时报》驻香港记者，报道中国商业与经济。',
 * // '翻译：李源' → the note is dropped, the credit line is left for extractCredits
 */
export function removeAuthorNote(): BlockStep {
  return {
    name: 'removeAuthorNote',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      const names = [...ctx.found.authors.map((a) => a.value), ...metaAuthorNames(ctx.found.meta['author'])].map((name) => name.toLowerCase());
      let out: DraftBlock[] | null = labelledNote(blocks, ctx);
      blocks = out ?? blocks;
      for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - MAX_TRAILING); i--) {
        const block = blocks[i]!;
        if (block.kept || block.kind !== 'paragraph' || block.text.length > MAX_NOTE || !isAuthorNote(block.text, names)) continue;
        ctx.dropped(block, 'note about the author');
        (out ??= blocks.slice()).splice(i, 1);
      }
      return out ?? blocks.slice();
    },
  };
}

/**
 * A `作者简介：` label and the note under it: both go, and the note's writer is credited when
 * nobody is, neither above nor in a credit line below it (a translated column, 大纪元 nsc423: `布莱恩·吉斯布雷希特（Brian Giesbrecht）是…`).
 */
function labelledNote(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] | null {
  for (let i = blocks.length - 2; i >= Math.max(0, blocks.length - MAX_LABEL_TRAILING); i--) {
    const label = blocks[i]!;
    const note = blocks[i + 1]!;
    if (label.kept || note.kept || note.kind !== 'paragraph' || note.text.length > MAX_NOTE * 2 || !NOTE_LABEL.test(label.text)) continue;
    const writer = NOTE_NAME.exec(note.text)?.[1];
    if (writer === undefined) return null;
    if (ctx.found.authors.length === 0 && !blocks.slice(i + 2).some((block) => CREDIT_CUE.test(block.text))) recordCredits({ authors: [writer], editors: [], roles: [{ name: writer, role: '作者', kind: 'author' }], outlets: [], rest: '' }, 'credit-line', ctx);
    ctx.dropped(label, 'note about the author');
    ctx.dropped(note, 'note about the author');
    return [...blocks.slice(0, i), ...blocks.slice(i + 2)];
  }
  return null;
}

function isAuthorNote(text: string, names: readonly string[]): boolean {
  if (ABOUT_THE_AUTHOR.test(text) || FOREIGN_REPORTER.test(text) || REPORTER_PROFILE.test(text)) return true;
  // Most pages credit nobody by the time this runs; lower-casing Chinese text is a slow ICU call.
  if (names.length === 0) return false;
  // A Han character is its own lower case: a text opening with one that no name opens with can neither be
  // a name nor start with one, and is not lower-cased (most closing lines of a page that credits someone).
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff && !names.some((name) => name.charCodeAt(0) === first)) return false;
  const lower = text.toLowerCase();
  // An author card's name line: the credited name and nothing else.
  if (names.includes(lower)) return true;
  return names.some((name) => name.length >= 2 && lower.startsWith(name) && COPULA.test(text.slice(name.length)));
}
