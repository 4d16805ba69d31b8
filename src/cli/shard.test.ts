import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shardName } from './manifest.js';
import { shardStarts } from './shard.js';

const sizes = (starts: readonly number[]) => starts.slice(1).map((end, i) => end - starts[i]!);

describe('shardStarts', () => {
  it('cuts equal weights into contiguous slices that differ by at most one', () => {
    expect(shardStarts([1, 1, 1, 1, 1], 2)).toEqual([0, 2, 5]);
    expect(sizes(shardStarts(new Array<number>(2399).fill(1), 8))).toEqual([300, 300, 300, 299, 300, 300, 300, 300]);
  });

  it('keeps every shard, empty ones included, when there are more shards than inputs', () => {
    expect(shardStarts([1, 1], 4)).toEqual([0, 0, 1, 1, 2]);
    expect(shardStarts([], 3)).toEqual([0, 0, 0, 0]);
  });

  it('balances by weight: a big WARC file gets a shard of its own', () => {
    expect(shardStarts([100, 1, 1, 1, 1], 2)).toEqual([0, 1, 5]);
  });

  it('covers every input exactly once, in order, for any weights and shard count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (weights, shards) => {
        const starts = shardStarts(weights, shards);
        expect(starts).toHaveLength(shards + 1);
        expect(starts[0]).toBe(0);
        expect(starts[shards]).toBe(weights.length);
        for (let i = 0; i < shards; i++) expect(starts[i + 1]!).toBeGreaterThanOrEqual(starts[i]!);
        const even = sizes(shardStarts(weights.map(() => 1), shards));
        expect(Math.max(...even) - Math.min(...even)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('shardName', () => {
  it('pads to four digits, or more when the count needs them', () => {
    expect(shardName(3, 8, '.list')).toBe('shard-0003.list');
    expect(shardName(12345, 20000, '.jsonl')).toBe('shard-12345.jsonl');
    expect(shardName(7, 20000, '.jsonl')).toBe('shard-00007.jsonl');
  });
});
