/**
 * Blocks with nothing to read.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';

const READABLE = /[\p{L}\p{N}]/u;

/**
 * Drop blocks that hold no letter or digit: stray punctuation left where a
 * link or an image was (`.`, `）`), separators, empty list items.
 *
 * @returns The block step `removeEmptyBlocks`.
 * @example
 * // blocks '正文' and '。' → '正文'
 */
export function removeEmptyBlocks(): BlockStep {
  return {
    name: 'removeEmptyBlocks',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      return blocks.filter((block) => {
        if (READABLE.test(block.text)) return true;
        ctx.dropped(block, 'no readable text');
        return false;
      });
    },
  };
}
