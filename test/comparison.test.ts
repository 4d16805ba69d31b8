/**
 * The README's comparison table quotes measured figures: they must be the ones
 * docs/quality.md and docs/performance.md hold (rerun `npm run quality -- --docs`
 * or `npm run bench -- --docs`, then copy), and docs/comparison.md must say the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');
const comparison = read('docs/comparison.md');
const quality = read('docs/quality.md');
const performance = read('docs/performance.md');

/** Table rows as cells, for the lines of a Markdown table that start with `start`. */
function rows(doc: string, start: string): string[][] {
  return doc.split('\n').filter((line) => line.startsWith(`| ${start}`)).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

/** The "by kind of page" body F1 of one extractor in docs/quality.md. */
function measuredF1(kind: string, extractor: string): string {
  const row = rows(quality, kind).find((cells) => cells[2] === extractor);
  expect(row, `docs/quality.md: ${kind} / ${extractor}`).toBeDefined();
  return row![3]!;
}

/** Pages per second of one subject in docs/performance.md. */
function measuredSpeed(subject: string): string {
  const row = rows(performance, subject)[0];
  expect(row, `docs/performance.md: ${subject}`).toBeDefined();
  return Number(row![3]).toLocaleString('en-US');
}

const KINDS = [
  ['Body F1, 129 full HTML pages', 'full HTML pages'],
  ['Body F1, 40 mirror pages', 'mirror pages and fragments'],
] as const;
const EXTRACTORS = ['qingxi, profiles off (`sites: []`)', 'Readability 0.6 on linkedom', 'Defuddle 0.19 on linkedom'];

describe('the comparison table', () => {
  for (const [doc, text] of [['README.md', readme], ['docs/comparison.md', comparison]] as const) {
    it(`${doc} quotes the body F1 of docs/quality.md`, () => {
      for (const [label, kind] of KINDS) {
        const row = rows(text, label)[0];
        expect(row, `${doc}: the row "${label}"`).toBeDefined();
        const quoted = row!.slice(1, 4).map((cell) => /\d\.\d{3}/u.exec(cell)?.[0]);
        expect(quoted, `${doc}: ${label}`).toEqual(EXTRACTORS.map((extractor) => measuredF1(kind, extractor)));
        // Profiles on score the same, as the footnote says.
        expect(measuredF1(kind, 'qingxi, built-in profiles')).toBe(measuredF1(kind, EXTRACTORS[0]!));
      }
    });

    it(`${doc} quotes the blind rounds as first measured, pooled in docs/quality.md`, () => {
      const pooled = (extractor: string): string[] => {
        const row = rows(quality, '**blind rounds, pooled**').map((cells) => cells.map((cell) => cell.replaceAll('**', ''))).find((cells) => cells[2] === extractor);
        expect(row, `docs/quality.md: the pooled row of ${extractor}`).toBeDefined();
        return row!;
      };
      // Columns of the pooled row: round, pages, extractor, body F1, worst F1, title, date, authors.
      for (const [label, column] of [['Body F1, blind', 3], ['Date (same day), blind', 6]] as const) {
        const row = rows(text, label)[0];
        expect(row, `${doc}: the row "${label}"`).toBeDefined();
        const quoted = row!.slice(1, 4).map((cell) => /\d\.\d{3}/u.exec(cell)?.[0]);
        expect(quoted, `${doc}: ${label}`).toEqual(EXTRACTORS.map((extractor) => pooled(extractor)[column]));
        expect(row![0], `${doc}: ${label} names the pages pooled`).toContain(`${pooled(EXTRACTORS[0]!)[1]} full pages`);
      }
    });

    it(`${doc} quotes the speed of docs/performance.md`, () => {
      const row = rows(text, 'Speed')[0];
      expect(row, `${doc}: the speed row`).toBeDefined();
      expect(row![1]).toContain(measuredSpeed('qingxi extractArticle'));
      expect(row![2]).toContain(measuredSpeed('Readability 0.6 on linkedom'));
      expect(row![3]).toContain(measuredSpeed('Defuddle 0.19 on linkedom'));
    });

    it(`${doc} marks trafilatura and GNE as not measured`, () => {
      for (const [label] of KINDS) expect(rows(text, label)[0]!.slice(4)).toEqual(['not measured', 'not measured']);
      expect(text).toContain('from source, not measured');
    });
  }
});
