/**
 * The note that says where a piece was taken from and who wrote it:
 * `本文整理、节录自李洞宰《下班后1小时的极速学习攻略》一书…`,
 * `（文章授权转载自香港中文大学facebook颜纯钩作者专页）`, `——作者脸书`.
 */
import { sourceNoteAuthors } from '../metadata/parse-source-note.js';
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { recordCredits } from './record-credits.js';

/** How many blocks from the start, and from the end, may be source notes. */
const MAX_LEADING = 2;
const MAX_TRAILING = 4;
/** Longest block (in characters) read as a source note. */
const MAX_NOTE = 200;
/** A note speaks of the piece itself: `本文…`, `（文章…`, `本栏目文章…`. */
const NOTE_OPENING = /^[（(]?(?:本文|文章|本篇|本栏目文章|本欄目文章)/u;
/** `——作者脸书`: the writer's own page named as the source, and nobody else. */
const AUTHOR_PLATFORM = /^[—－–-]{1,2}[ \u3000]?(?:转自|轉自|摘自|原载|原載|来自|來自)?(?:原作者|作者)的?(?:脸书|臉書|facebook|Facebook|推特|微博|博客|部落格|网志|網誌)$/u;

/**
 * Read the author a source note names into `authors`, and drop the note: a
 * block among the first two or last four that speaks of the piece (`本文…`,
 * `（文章…`) and names its writer (`节录自X《…》`, `原作者X`, `转载自…X作者专页`),
 * or a line that names the writer's own page as the source (`——作者脸书`).
 * A note that names nobody is left to `removeBoilerplateText`'s rules.
 *
 * Runs before `removeBoilerplateText`, whose disclaimer and reprint rules would
 * drop the note with the name in it.
 *
 * @returns The block step `extractSourceNote`.
 * @example
 * // last block '本文整理、节录自李洞宰《下班后1小时的极速学习攻略》一书，文章仅代表作者个人立场和观点。'
 * // → authors ['李洞宰'], the block dropped
 */
export function extractSourceNote(): BlockStep {
  return {
    name: 'extractSourceNote',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      const out: DraftBlock[] = [];
      // An index loop: `entries()` made an [index, block] pair per block, 4 MB a corpus pass.
      for (let index = 0; index < blocks.length; index++) {
        const block = blocks[index]!;
        const edge = index < MAX_LEADING || index >= blocks.length - MAX_TRAILING;
        if (!edge || block.kept || block.kind !== 'paragraph' || block.text.length > MAX_NOTE || !dropNote(block, ctx)) out.push(block);
      }
      return out;
    },
  };
}

/** Whether the block is a source note: if so its author is recorded and the drop traced. */
function dropNote(block: DraftBlock, ctx: StepContext): boolean {
  if (AUTHOR_PLATFORM.test(block.text)) {
    ctx.dropped(block, "source note naming the author's own page", 'source-note');
    return true;
  }
  if (!NOTE_OPENING.test(block.text)) return false;
  const authors = sourceNoteAuthors(block.text);
  if (authors.length === 0) return false;
  const roles = authors.map((name) => ({ name, role: '原作者', kind: 'author' as const }));
  recordCredits({ authors, editors: [], roles, outlets: [], rest: '' }, 'credit-line', ctx);
  ctx.dropped(block, 'source note; the author it names moved to `authors`', 'source-note');
  return true;
}
