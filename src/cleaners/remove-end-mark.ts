/**
 * The mark an outlet prints to close a story: 大纪元's `#` / `＃` / `◇`, 新唐人's `@*#`.
 */
import { CONTINUED_NOTE, END_MARK } from '../rules/phrases.js';
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';

/** The last code units an end mark can leave: only a paragraph ending in one is tried. */
const MARK_UNITS: ReadonlySet<number> = new Set(['#', '＃', '◇'].map((mark) => mark.charCodeAt(0)));

/** The text a mark would end: the paragraph without a trailing `（待续）` note. */
const storyPart = (text: string): string => text.replace(CONTINUED_NOTE, '');

/**
 * The last code unit of a paragraph's story part (`NaN` when it is empty). Most pages print no
 * mark, and the search for it then reads every block from the end (47,000 a corpus pass): only a
 * text ending in a closing bracket can end in a continuation note, so no other is searched for
 * one, and no one-character string is made per block.
 */
function storyEnd(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0xff09 && last !== 0x29) return last;
  const story = storyPart(text);
  return story.charCodeAt(story.length - 1);
}

/**
 * Cut the end-of-story mark from the story's last paragraph: `…避免呢！#`,
 * `…香港而努力。◇`, `…昭然明现。@*#`. The story's last paragraph is the last
 * one that ends in a mark, so a mark above a source note or a list of
 * references (`（资料来源：《现果随录》）`, `[1]…`) goes too. A `#` goes only
 * after sentence punctuation (`。！？”）…`): a hashtag or a number sign is text.
 * A mark followed by a continuation note goes and the note stays
 * (`…忘掉神的。#（待续）` → `…忘掉神的。（待续）`, the 大纪元 专访 series).
 *
 * Runs after `extractCredits`: credit lines print the mark too (`责任编辑：林妍#`),
 * and once they are gone the story's own mark is the last one.
 *
 * @returns The block step `removeEndMark`.
 * @example
 * // last blocks '…就能够避免呢！#', '（资料来源：X）' → '…就能够避免呢！', '（资料来源：X）'
 */
export function removeEndMark(): BlockStep {
  return {
    name: 'removeEndMark',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      const out = blocks.slice();
      let at = out.length - 1;
      while (at >= 0 && !MARK_UNITS.has(storyEnd(out[at]!.text))) at--;
      const block = out[at];
      if (block === undefined || block.kept || block.kind !== 'paragraph') return out;
      const story = storyPart(block.text);
      const text = story.replace(END_MARK, '');
      if (text === story) return out;
      ctx.changed(story.slice(text.length), 'end-of-story mark');
      out[at] = { ...block, text: text + block.text.slice(story.length) };
      return out;
    },
  };
}
