/**
 * Shared by the dateline and credit steps: put parsed credits into `found`.
 */
import type { CreditRole, Credits } from '../metadata/parse-credits.js';
import type { StepContext } from '../pipeline/types.js';

/**
 * Record authors, editors and roles from a credit, in page order, without duplicates.
 *
 * @param credits - Parsed credits.
 * @param source - Where they were read.
 * @param ctx - The step context.
 */
export function recordCredits(credits: Credits, source: 'byline' | 'credit-line' | 'profile', ctx: StepContext): void {
  const { found } = ctx;
  // Plain loops, no callback per name: this runs once or twice a page, cold. Whether a name is
  // split is judged against the authors found before this credit, so all are judged before any is added.
  const names = anyGlued(credits.authors, ctx) ? credits.authors.flatMap((author) => unglued(author, ctx)) : credits.authors;
  for (const name of names) {
    if (!holdsValue(found.authors, name)) found.authors.push({ value: name, source });
  }
  for (const name of credits.editors) {
    if (!holdsValue(found.editors, name)) found.editors.push({ value: name, source });
  }
  for (const credit of credits.roles) {
    if (!holdsRole(found.roles, credit)) found.roles.push(credit);
  }
  if (source === 'byline') {
    for (const outlet of credits.outlets) if (!found.outletHints.includes(outlet)) found.outletHints.push(outlet);
  }
}

function holdsValue(list: readonly { readonly value: string }[], value: string): boolean {
  for (const item of list) if (item.value === value) return true;
  return false;
}

function holdsRole(list: readonly CreditRole[], credit: CreditRole): boolean {
  for (const item of list) if (item.name === credit.name && item.role === credit.role) return true;
  return false;
}

/** Four Han characters: two two-character names printed with nothing between them. */
const FOUR_HAN = /^\p{Script=Han}{4}$/u;

/**
 * Two reporters' names printed glued (`记者李方王倩采访报导`, 希望之声 soh5/426082) split in two when
 * one half is a name the page already credits (its byline named 王倩); any other name is kept whole.
 */
function unglued(name: string, ctx: StepContext): string[] {
  return isGlued(name, ctx) ? [name.slice(0, 2), name.slice(2)] : [name];
}

function anyGlued(names: readonly string[], ctx: StepContext): boolean {
  for (const name of names) if (isGlued(name, ctx)) return true;
  return false;
}

/** Whether a name is two {@link unglued} names: four Han characters, one half of them already credited. */
function isGlued(name: string, ctx: StepContext): boolean {
  // Four characters are four to eight units: most names are shorter, and need no search.
  if (name.length < 4 || name.length > 8 || !FOUR_HAN.test(name)) return false;
  return holdsValue(ctx.found.authors, name.slice(0, 2)) || holdsValue(ctx.found.authors, name.slice(2));
}
