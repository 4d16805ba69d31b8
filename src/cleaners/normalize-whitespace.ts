/**
 * CJK-aware whitespace normalisation of body blocks.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';

/**
 * Collapse each block's whitespace the way a reader sees it: no space where
 * markup split Chinese text apart, one space between Latin words, nothing at
 * either end. Blocks left empty are dropped.
 *
 * @returns The block step `normalizeWhitespace`.
 * @example
 * // '【看中国2022年7月24日讯】\n  <ok>俄罗斯</ok>\n  侵犯' reads '【看中国2022年7月24日讯】俄罗斯侵犯'
 * pipe(toBlocks(), normalizeWhitespace())
 */
export function normalizeWhitespace(): BlockStep {
  return {
    name: 'normalizeWhitespace',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      const out: DraftBlock[] = [];
      for (const block of blocks) {
        const next = normalizeBlock(block);
        if (next === null) ctx.dropped(block, 'empty after whitespace collapsing');
        else out.push(next);
      }
      return out;
    },
  };
}

function normalizeBlock(block: DraftBlock): DraftBlock | null {
  if (block.items === undefined) {
    const text = collapseWhitespace(block.text);
    return text === '' ? null : { ...block, text };
  }
  const items = block.items.map(collapseWhitespace).filter((item) => item !== '');
  return items.length === 0 ? null : { ...block, text: items.join('\n'), items };
}
