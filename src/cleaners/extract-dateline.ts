/**
 * The dateline header and the byline right after it.
 */
import { dateFromUrl } from '../metadata/date-from-url.js';
import { parseCredits } from '../metadata/parse-credits.js';
import { type Dateline, parseDateline } from '../metadata/parse-dateline.js';
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { recordCredits } from './record-credits.js';

/** How many leading blocks are searched for the header. */
const SEARCH_BLOCKS = 3;
/** Longest byline (in characters) read in parentheses after the header. */
const MAX_BYLINE = 60;

/**
 * Read the `【…日讯】` dateline header from the start of one of the first
 * blocks, and a byline in parentheses right after it (`（大纪元记者李言综合报导）`);
 * both leave the body, the rest of that paragraph stays. Headers that are not
 * datelines (`【诚征荣誉会员】`, `【国际风云】`) are left alone. Without a
 * dateline, a byline opening the first paragraph is read the same way.
 *
 * Runs on blocks, after links were unwrapped, so headers split by tag links
 * (`【<a>希望之声</a>2024年5月18日】`) read whole.
 *
 * @returns The block step `extractDateline`.
 * @example
 * // '【大纪元2022年12月30日讯】（大纪元记者李言综合报导）普京和…' → dateline, published 2022-12-30,
 * // authors ['李言'], paragraph '普京和…'
 */
export function extractDateline(): BlockStep {
  return {
    name: 'extractDateline',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      const reference = referenceDate(ctx);
      for (let i = 0; i < Math.min(SEARCH_BLOCKS, blocks.length); i++) {
        const block = blocks[i]!;
        if (block.kind === 'list') continue;
        const dateline = parseDateline(block.text, { reference });
        if (dateline === null) continue;
        record(dateline, ctx);
        const start = block.text.indexOf(dateline.raw);
        const rest = cutByline(block.text.slice(start + dateline.raw.length), ctx);
        ctx.changed(dateline.raw, 'dateline header moved to `dateline`');
        const out = blocks.slice();
        if (rest === '') {
          out.splice(i, 1);
        } else {
          out[i] = { ...block, text: rest };
        }
        return out;
      }
      return withoutLeadingByline(blocks, ctx);
    },
  };
}

/** No dateline: a byline may still open the first paragraph, e.g. `（英文大纪元记者X报导／Y编译）`. */
function withoutLeadingByline(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
  const out = blocks.slice();
  const first = out[0];
  if (first === undefined || first.kind === 'list' || first.kept) return out;
  const rest = cutByline(first.text, ctx);
  if (rest === first.text.trimStart()) return out;
  if (rest === '') out.shift();
  else out[0] = { ...first, text: rest };
  return out;
}

function record(dateline: Dateline, ctx: StepContext): void {
  ctx.found.dateline = dateline.raw;
  if (dateline.published !== null) {
    ctx.found.dates.unshift({ value: dateline.published, source: 'dateline', raw: dateline.raw });
  } else if (dateline.invalid === true) {
    ctx.issue({ code: 'invalid-date', message: `the dateline ${dateline.raw} prints a date that does not exist; it was not used`, step: 'extractDateline' });
  }
  if (dateline.outlet !== undefined) ctx.found.outletHints.unshift(dateline.outlet);
  if (dateline.reporter !== undefined) {
    recordCredits({ authors: [dateline.reporter], editors: [], roles: [{ name: dateline.reporter, role: '记者', kind: 'author' }], outlets: [], rest: '' }, 'byline', ctx);
  }
}

/** Cut a parenthesised byline from the start of the text, recording its names. */
function cutByline(text: string, ctx: StepContext): string {
  const trimmed = text.trimStart();
  const open = trimmed[0];
  if (open !== '（' && open !== '(') return trimmed;
  const close = trimmed.slice(0, MAX_BYLINE).search(/[）)]/u);
  if (close < 0) return trimmed;
  const group = trimmed.slice(0, close + 1);
  const credits = parseCredits(group);
  if (credits.rest !== '' || (credits.authors.length === 0 && credits.editors.length === 0 && credits.roles.length === 0)) {
    return trimmed;
  }
  recordCredits(credits, 'byline', ctx);
  ctx.changed(group, 'byline after the dateline moved to `authors`/`editors`');
  return trimmed.slice(close + 1).trimStart();
}

/** A date near the article's, to complete wire datelines that print no year. */
function referenceDate(ctx: StepContext): string | null {
  const url = ctx.found.url?.value ?? ctx.inputUrl;
  const fromUrl = url === null ? null : dateFromUrl(url);
  return fromUrl?.published ?? ctx.found.dates[0]?.value ?? null;
}
