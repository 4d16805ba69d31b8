/**
 * `bench:jobs`'s arithmetic: the halves it splits the pages into, and its table.
 */
import { describe, expect, it } from 'vitest';
import { range, runsTable, splitByBytes, spread } from '../bench/runs.js';

describe('splitByBytes', () => {
  const items = [
    { name: 'a', bytes: 10 },
    { name: 'b', bytes: 70 },
    { name: 'c', bytes: 20 },
    { name: 'd', bytes: 40 },
    { name: 'e', bytes: 30 },
  ];

  it('puts the largest item first into the lightest group, and keeps the given order within each group', () => {
    // 70 → first; 40 → second; 30 → second (40 < 70); 20 → first (70 each: a tie goes to the first group); 10 → second.
    const [first, second] = splitByBytes(items, 2);
    expect(first!.map((item) => item.name)).toEqual(['b', 'c']);
    expect(second!.map((item) => item.name)).toEqual(['a', 'd', 'e']);
  });

  it('loses and repeats nothing', () => {
    const groups = splitByBytes(items, 3);
    expect(groups.flat().map((item) => item.name).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(groups.map((group) => group.reduce((sum, item) => sum + item.bytes, 0))).toEqual([70, 50, 50]);
  });

  it('refuses a count of groups that is not a positive integer', () => {
    expect(() => splitByBytes(items, 0)).toThrow(/parts must be a positive integer, got 0/u);
    expect(() => splitByBytes(items, 1.5)).toThrow(RangeError);
  });
});

describe('spread', () => {
  it('gives the median of an odd and of an even count, and the range', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it('refuses no measurements', () => {
    expect(() => spread([])).toThrow(/no measurements/u);
  });
});

describe('runsTable', () => {
  const one = { label: '--jobs 1', runs: [{ wallMs: 2000, cpuMs: 3000 }, { wallMs: 2200, cpuMs: 3100 }] };
  const two = { label: '--jobs 2', runs: [{ wallMs: 1000, cpuMs: 1900 }, { wallMs: 2200, cpuMs: 4000 }] };

  it('gives each subject its wall, CPU, cores busy, and its speed against the base run of the same round', () => {
    expect(runsTable([one, two], one).slice(2)).toEqual([
      '| --jobs 1 | 2.10 (2.00–2.20) | 3.05 (3.00–3.10) | 1.45 (1.41–1.50) |  |',
      '| --jobs 2 | 1.60 (1.00–2.20) | 2.95 (1.90–4.00) | 1.86 (1.82–1.90) | 1.50× (1.00×–2.00×) |',
    ]);
  });

  it('refuses subjects with different numbers of rounds', () => {
    expect(() => runsTable([one, { label: 'x', runs: [one.runs[0]!] }], one)).toThrow(/x has 1 runs, --jobs 1 has 2/u);
  });

  it('writes a spread as its median and range', () => {
    expect(range({ median: 1.234, min: 1, max: 2 }, 1, '×')).toBe('1.2× (1.0×–2.0×)');
  });
});
