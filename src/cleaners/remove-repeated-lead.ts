/**
 * A standfirst that the story repeats.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';

/** How many leading blocks may be a standfirst. */
const SEARCH_BLOCKS = 3;
/** How many blocks after it are searched for its words. */
const LOOK_AHEAD = 2;
/** A shorter block is no standfirst (a label, a name). */
const MIN_CHARS = 15;

/**
 * Drop a standfirst (summary, intro) printed above the story whose whole text
 * the story's next paragraphs repeat word for word (第一财经's `.intro`): a
 * reader reads it twice. A lead that says something the story does not is kept.
 *
 * @returns The block step `removeRepeatedLead`.
 * @example
 * pipe(removeRepeatedLead()).run('<p>存单利率已普遍降至2.15%。</p><p>记者调查发现，存单利率已普遍降至2.15%。客户经理说……</p>').blocks.length // 1
 */
export function removeRepeatedLead(): BlockStep {
  return {
    name: 'removeRepeatedLead',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      for (let i = 0; i < Math.min(SEARCH_BLOCKS, blocks.length); i++) {
        const block = blocks[i]!;
        if (block.kind !== 'paragraph' || block.kept || block.text.length < MIN_CHARS) continue;
        const repeated = blocks.slice(i + 1, i + 1 + LOOK_AHEAD).some((next) => next.kind === 'paragraph' && next.text.length > block.text.length && next.text.includes(block.text));
        if (!repeated) continue;
        ctx.dropped(block, 'standfirst that the story repeats');
        return [...blocks.slice(0, i), ...blocks.slice(i + 1)];
      }
      return blocks.slice();
    },
  };
}
