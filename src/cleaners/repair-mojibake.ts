/**
 * Mojibake in body blocks and the title.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { repairMojibakeText as repairText } from '../text/repair-mojibake.js';

/**
 * Repair UTF-8 text that was decoded as Latin-1 somewhere upstream
 * (`ä¸­å›½` → `中国`) in every block and in the title found so far, when it is
 * clearly that; records a `mojibake-repaired` issue when it repaired anything.
 *
 * @returns The block step `repairMojibake`.
 * @example
 * // block 'ä¸­å›½' → '中国'
 */
export function repairMojibake(): BlockStep {
  return {
    name: 'repairMojibake',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      let repaired = 0;
      const out = blocks.map((block) => {
        const text = repairText(block.text);
        if (text === block.text) return block;
        repaired++;
        ctx.changed(block.text, 'mojibake repaired');
        const items = block.items?.map(repairText);
        return items === undefined ? { ...block, text } : { ...block, text, items };
      });
      const title = ctx.found.title;
      if (title !== null) {
        const value = repairText(title.value);
        if (value !== title.value) {
          repaired++;
          ctx.found.title = { ...title, value };
        }
      }
      if (repaired > 0) {
        ctx.issue({ code: 'mojibake-repaired', message: `repaired mojibake (UTF-8 read as Latin-1) in ${repaired} place(s)`, step: 'repairMojibake' });
      }
      return out;
    },
  };
}
