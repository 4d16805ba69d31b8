/**
 * Blocks with nothing to read.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { isPlainWordUnit } from '../text/units.js';

const READABLE = /[\p{L}\p{N}]/u;

/**
 * Whether a text is readable by its first character alone: a common Han ideograph, an ASCII
 * letter or a digit, each a letter or digit to {@link READABLE}. Nine blocks in ten open with one,
 * and this spares them the pattern, whose fixed cost per call was most of the step's time.
 *
 * @internal
 */
export function opensReadable(text: string): boolean {
  return isPlainWordUnit(text.charCodeAt(0));
}
/** A line of ellipsis marks only: `……`, `⋯⋯`, `......`. It stands for text left out, where the writer cut. */
const ELLIPSIS = /^(?:[…⋯]|\.\.\.|。。。)+$/u;

/**
 * Drop blocks that hold no letter or digit: stray punctuation left where a
 * link or an image was (`.`, `）`), separators, empty list items. A closing
 * quotation mark that a paragraph before it left open is joined back to it;
 * a line of ellipsis marks after some text (`……`, where the writer cut a
 * quotation or a list) is the writer's and stays.
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
      const out: DraftBlock[] = [];
      for (const block of blocks) {
        if (opensReadable(block.text) || READABLE.test(block.text)) {
          out.push(block);
          continue;
        }
        const before = out.at(-1);
        const marks = block.text.trim();
        if (before !== undefined && block.kind === 'paragraph' && ELLIPSIS.test(marks)) {
          out.push(block);
          continue;
        }
        if (before !== undefined && closesQuoteOf(marks, before)) {
          // A <br> cut a quotation's closing mark off its paragraph (新唐人 prog424/a102845989): it goes back.
          out[out.length - 1] = { ...before, text: before.text + marks };
          ctx.changed(marks, 'closing quotation mark joined to the paragraph it closes');
          continue;
        }
        ctx.dropped(block, 'no readable text');
      }
      return out;
    },
  };
}

/** Closing marks of each opening quotation mark. */
const CLOSES: Readonly<Record<string, string>> = { '”': '“', '」': '「', '』': '『', '’': '‘' };

/** Whether `marks` are only closing quotation marks, each closing one that the paragraph before left open. */
function closesQuoteOf(marks: string, before: DraftBlock): boolean {
  if (marks === '' || before.kind !== 'paragraph' || before.kept) return false;
  const open = new Map<string, number>();
  for (const mark of marks) {
    const opener = CLOSES[mark];
    if (opener === undefined) return false;
    // Each mark uses up one quotation the paragraph left open: ”” closes two, not one twice.
    const left = open.get(mark) ?? count(before.text, opener) - count(before.text, mark);
    if (left <= 0) return false;
    open.set(mark, left - 1);
  }
  return true;
}

function count(text: string, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) n++;
  return n;
}
