/**
 * The measures `npm run quality` reports: body precision, recall and F1 over
 * character bigrams, and exact matches of title, date and authors.
 */

/** Precision, recall and F1 of one body against the expected one. */
export interface BodyScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Score an extracted body against the expected one by character bigrams,
 * whitespace removed: Chinese has no spaces to split words on, and bigrams
 * count a paragraph left out or a boilerplate line kept in proportion to its
 * length. Bigrams are a multiset, so a paragraph kept twice costs precision.
 *
 * @param actual - The extracted text; `null` when the extractor gave nothing.
 * @param expected - The expected body text.
 * @returns Precision, recall and F1; all 0 when nothing was extracted.
 * @example
 * bodyScore('他说：好', '他说：好。') // { precision: 1, recall: 0.75, f1: 0.857… }
 */
export function bodyScore(actual: string | null, expected: string): BodyScore {
  const want = bigrams(expected);
  const got = bigrams(actual ?? '');
  let wantTotal = 0;
  for (const n of want.values()) wantTotal += n;
  let gotTotal = 0;
  let overlap = 0;
  for (const [gram, n] of got) {
    gotTotal += n;
    overlap += Math.min(n, want.get(gram) ?? 0);
  }
  if (gotTotal === 0 || wantTotal === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / gotTotal;
  const recall = overlap / wantTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/\s+/gu, '')];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether two titles are the same, ignoring whitespace: a title with the site
 * name left on, or a different headline, is wrong.
 *
 * @param actual - The extracted title.
 * @param expected - The expected title.
 * @returns Whether they match.
 */
export function sameTitle(actual: string | null | undefined, expected: string): boolean {
  return (actual ?? '').replace(/\s+/gu, '') === expected.replace(/\s+/gu, '');
}

/**
 * Whether the publication day is right: the first ten characters of an ISO
 * date, so a right day with a different time-of-day precision still counts.
 *
 * @param actual - The extracted date (ISO 8601), or null.
 * @param expected - The expected date, or null when the page states none.
 * @returns Whether they match.
 */
export function sameDay(actual: string | null | undefined, expected: string | null): boolean {
  return (actual ?? null)?.slice(0, 10) === (expected ?? null)?.slice(0, 10);
}

/**
 * Whether the credited authors are right, as a set: every expected name and
 * nothing else. A page that credits nobody is right only when none are found.
 *
 * @param actual - The names found.
 * @param expected - The expected names.
 * @returns Whether they match.
 */
export function sameAuthors(actual: readonly string[], expected: readonly string[]): boolean {
  const a = new Set(actual.map((n) => n.trim()).filter((n) => n !== ''));
  const b = new Set(expected);
  return a.size === b.size && [...b].every((n) => a.has(n));
}

/**
 * Readability's `byline` as a list of names: split on the separators bylines
 * use, with nothing else taken off (a byline that says `记者张三报导` is not
 * the name 张三).
 *
 * @param byline - Readability's byline, or null.
 * @returns The names.
 */
export function bylineNames(byline: string | null | undefined): string[] {
  if (byline === null || byline === undefined) return [];
  return byline
    .replace(/\s+/gu, ' ').split(/[、,，/／;；]| and /u)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}
