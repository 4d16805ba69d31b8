/**
 * The title, when the page repeats it at the top of the body.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { isCollapsibleUnit } from '../text/collapse-whitespace.js';

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
      const title = ctx.found.title?.value ?? '';
      if (!hasVisibleUnit(title)) return blocks.slice();
      const index = leadingRepeat(blocks, title);
      if (index < 0) return blocks.slice();
      ctx.dropped(blocks[index]!, 'repeats the title');
      return [...blocks.slice(0, index), ...blocks.slice(index + 1)];
    },
  };
}

/** The index of the first of the leading blocks that repeats the title, or -1. */
function leadingRepeat(blocks: readonly DraftBlock[], title: string): number {
  for (let i = 0; i < Math.min(SEARCH_BLOCKS, blocks.length); i++) if (!blocks[i]!.kept && readsAs(blocks[i]!.text, title)) return i;
  return -1;
}

/** Whether the text holds a unit that collapsing whitespace keeps and that is no space. */
function hasVisibleUnit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isCollapsibleUnit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether `text` reads as `title` once both lose their whitespace and invisible characters, told
 * in place: the units collapsing takes out (`isCollapsibleUnit`; a collapsed text's only
 * whitespace is the space, and that goes too) are stepped over on both sides. A block (often a
 * long first paragraph) is left at its first character that differs, and nothing is copied: the
 * title was collapsed and then cleared of spaces with a `/\s+/gu` replace before, about 5 ms a
 * corpus pass for 2,400 short titles.
 */
function readsAs(text: string, title: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCollapsibleUnit(c)) continue;
    while (j < title.length && isCollapsibleUnit(title.charCodeAt(j))) j++;
    if (j === title.length || c !== title.charCodeAt(j)) return false;
    j++;
  }
  while (j < title.length && isCollapsibleUnit(title.charCodeAt(j))) j++;
  return j === title.length;
}
