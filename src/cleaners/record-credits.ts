/**
 * Shared by the dateline and credit steps: put parsed credits into `found`.
 */
import type { Credits } from '../metadata/parse-credits.js';
import type { StepContext } from '../pipeline/types.js';

/**
 * Record authors, editors and roles from a credit, in page order, without duplicates.
 *
 * @param credits - Parsed credits.
 * @param source - Where they were read.
 * @param ctx - The step context.
 */
export function recordCredits(credits: Credits, source: 'byline' | 'credit-line' | 'profile', ctx: StepContext): void {
  for (const name of credits.authors.flatMap((author) => unglued(author, ctx))) {
    if (!ctx.found.authors.some((a) => a.value === name)) ctx.found.authors.push({ value: name, source });
  }
  for (const name of credits.editors) {
    if (!ctx.found.editors.some((e) => e.value === name)) ctx.found.editors.push({ value: name, source });
  }
  for (const credit of credits.roles) {
    if (!ctx.found.roles.some((r) => r.name === credit.name && r.role === credit.role)) ctx.found.roles.push(credit);
  }
  if (source === 'byline') {
    for (const outlet of credits.outlets) if (!ctx.found.outletHints.includes(outlet)) ctx.found.outletHints.push(outlet);
  }
}

/** Four Han characters: two two-character names printed with nothing between them. */
const FOUR_HAN = /^\p{Script=Han}{4}$/u;

/**
 * Two reporters' names printed glued (`记者李方王倩采访报导`, 希望之声 soh5/426082) split in two when
 * one half is a name the page already credits (its byline named 王倩); any other name is kept whole.
 */
function unglued(name: string, ctx: StepContext): string[] {
  // Four characters are four to eight units: most names are shorter, and need no search.
  if (name.length < 4 || name.length > 8 || !FOUR_HAN.test(name)) return [name];
  const halves = [name.slice(0, 2), name.slice(2)];
  return halves.some((half) => ctx.found.authors.some((a) => a.value === half)) ? halves : [name];
}
