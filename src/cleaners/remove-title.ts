/**
 * The title, when the page repeats it at the top of the body.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { collapseWhitespace, isCollapsibleUnit } from '../text/collapse-whitespace.js';

/** How many leading blocks may repeat the title. */
const SEARCH_BLOCKS = 3;

/**
 * Drop a leading block that repeats the title found so far (an `<h1>` in the
 * article container, a bold title line): the title is not part of the body.
 *
 * @returns The block step `removeTitle`.
 * @example
 * // title '普习视频会谈' and blocks ['普习视频会谈', '正文'] → ['正文']
 */
export function removeTitle(): BlockStep {
  return {
    name: 'removeTitle',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      const title = ctx.found.title === null ? '' : comparable(ctx.found.title.value);
      if (title === '') return blocks.slice();
      const index = blocks.slice(0, SEARCH_BLOCKS).findIndex((b) => !b.kept && readsAs(b.text, title));
      if (index < 0) return blocks.slice();
      ctx.dropped(blocks[index]!, 'repeats the title');
      return [...blocks.slice(0, index), ...blocks.slice(index + 1)];
    },
  };
}

function comparable(text: string): string {
  return collapseWhitespace(text).replace(/\s+/gu, '');
}

/**
 * Whether `comparable(text)` is `title`, told in place: the whitespace and invisible characters
 * `comparable` takes out are stepped over, and a block (often a long first paragraph) is left at
 * its first character that differs, not collapsed and copied twice.
 */
function readsAs(text: string, title: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCollapsibleUnit(c)) continue;
    if (j === title.length || c !== title.charCodeAt(j)) return false;
    j++;
  }
  return j === title.length;
}
