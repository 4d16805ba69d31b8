/**
 * What the README says about the code, checked against the code: the "What it
 * extracts" table names the title's sources best first, as the pipeline ranks
 * them (sources joined by "or" rank the same).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type FieldSource, type TreeStep, pipe } from '../src/index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** What each phrase of the table means, as the source the code records for it. */
const PHRASES: ReadonlyArray<readonly [RegExp, FieldSource]> = [
  [/profile/u, 'profile'],
  [/mirror/u, 'mirror'],
  [/JSON-LD/u, 'json-ld'],
  [/og:title/u, 'meta'],
  [/<h1>/u, 'text'],
  [/<title>/u, 'fallback'],
  [/<h2>/u, 'fallback'],
];

function sourceOf(phrase: string): FieldSource {
  const hit = PHRASES.find(([pattern]) => pattern.test(phrase));
  if (hit === undefined) throw new Error(`the README names a title source this test does not know: ${phrase}`);
  return hit[1];
}

/** The source whose title stays when `first` is offered before `second`. */
function winner(first: FieldSource, second: FieldSource): FieldSource {
  const offer: TreeStep = {
    name: 'offer',
    stage: 'tree',
    run(_doc, ctx) {
      ctx.propose('title', first, first);
      ctx.propose('title', second, second);
    },
  };
  return pipe(offer).run('<p>正文</p>').found.title!.source;
}

describe('README', () => {
  it('lists the title sources best first, as the code ranks them', () => {
    const row = README.split('\n').find((line) => line.startsWith('| `title` |'));
    const cell = row!.split('|')[2]!.trim().replace(/^[^:`]*: /u, '');
    const groups = cell.split(', ').map((group) => group.split(' or ').map(sourceOf));
    expect(groups.length).toBeGreaterThan(4);
    groups.forEach((group, i) => {
      for (const source of group) {
        for (const same of group) expect([winner(source, same), winner(same, source)], `${source} and ${same} rank the same`).toEqual([source, same]);
        for (const later of groups.slice(i + 1).flat()) expect([winner(source, later), winner(later, source)], `${source} outranks ${later}`).toEqual([source, source]);
      }
    });
  });
});
