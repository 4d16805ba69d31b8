/**
 * The steps a site profile's `title`, `dateline` and `credits` selectors
 * become: read the first matching element as that field, then remove it.
 */
import type { Document } from 'domhandler';
import { recordCredits } from '../cleaners/record-credits.js';
import { compileSelector } from '../dom/select.js';
import { clip, textOf } from '../dom/text.js';
import { STOP } from '../dom/walk.js';
import { parseChineseDate } from '../metadata/parse-chinese-date.js';
import { parseCredits } from '../metadata/parse-credits.js';
import { parseDateline } from '../metadata/parse-dateline.js';
import type { StepContext, TreeStep, TreeVisitor } from '../pipeline/types.js';
import { collapseWhitespace } from '../text/collapse-whitespace.js';

type Reader = (text: string, ctx: StepContext) => boolean;

/** The fields a profile reads from one element each, and what each reads. */
export const READ_FIELDS = ['title', 'dateline', 'credits'] as const;
/** A field a profile reads from one element of the page. */
export type ReadField = (typeof READ_FIELDS)[number];

/**
 * A step that reads the first element matching a profile's selector, then removes it. A page
 * on which the selector matches nothing, or an element that does not read as what the field
 * says, gets a `profile-miss` issue: a profile's selectors go stale when a site changes its
 * templates, and the generic readers then quietly stand in.
 */
export function readStep(id: string, field: ReadField, selector: string, where: string): TreeStep {
  const name = `${id}/${field}`;
  const matches = compileSelector(selector, where);
  const read = READERS[field];
  return Object.freeze({
    name: `rule:${name}`,
    stage: 'tree' as const,
    visit(_doc: Document, ctx: StepContext): TreeVisitor {
      let seen: string | null = null;
      let readOk = false;
      return {
        element(node) {
          if (!matches(node)) return undefined;
          seen = collapseWhitespace(textOf(node));
          readOk = seen !== '' && read(seen, ctx);
          if (readOk) ctx.remove(node, `read by the site profile (${name})`, name);
          return STOP;
        },
        done() {
          if (readOk) return;
          const what = seen === null ? 'matched nothing on this page' : seen === '' ? 'matched an empty element' : `matched "${clip(seen, 40)}", which does not read as ${MEANING[field]}`;
          ctx.issue({ code: 'profile-miss', message: `site profile ${id}: its ${field} selector "${selector}" ${what}`, step: `rule:${name}` });
        },
      };
    },
  });
}

/** What a field's element must hold, for the issue when it does not. */
const MEANING: Readonly<Record<ReadField, string>> = { title: 'a title', dateline: 'a dateline or a date', credits: 'a credit line' };

const readTitle: Reader = (text, ctx) => {
  ctx.propose('title', text, 'profile');
  return true;
};

const readDate: Reader = (text, ctx) => {
  const dateline = parseDateline(text);
  if (dateline !== null) {
    ctx.found.dateline = dateline.raw;
    if (dateline.published !== null) ctx.found.dates.unshift({ value: dateline.published, source: 'dateline', raw: dateline.raw });
    if (dateline.outlet !== undefined) ctx.found.outletHints.unshift(dateline.outlet);
    return true;
  }
  const date = parseChineseDate(text);
  if (date === null) return false;
  // The profile names this element the page's dateline: what it prints is the dateline, as a 【…】 header would be.
  ctx.found.dateline ??= text;
  ctx.found.dates.unshift({ value: date.published, source: 'profile', raw: date.raw });
  return true;
};

const readCredits: Reader = (text, ctx) => {
  const credits = parseCredits(text);
  if (credits.roles.length === 0) return false;
  recordCredits(credits, 'profile', ctx);
  return true;
};

const READERS: Readonly<Record<ReadField, Reader>> = { title: readTitle, dateline: readDate, credits: readCredits };
