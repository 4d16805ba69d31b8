/**
 * `qingxi shard` and `qingxi merge`, end to end with the built CLI: shard a
 * run, clean each shard on its own as a cluster task would, merge, and get
 * exactly what one `qingxi clean` over everything writes.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BUILD, lines, runCli } from './support/cli.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const MIRROR = join(FIXTURES, 'seeds', '002_7196b7d116969d88', 'input.txt');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qingxi-shard-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Manifest {
  kind: string;
  shards: number;
  inputs: number;
  entries: Array<{ index: number; file: string; output: string; inputs: number }>;
}

const manifestOf = (run: string) => JSON.parse(readFileSync(join(run, 'manifest.json'), 'utf8')) as Manifest;

/** Clean every shard of a run the way a task does: the list with --files-from, records on stdin. */
function cleanShards(run: string, only?: number): void {
  const manifest = manifestOf(run);
  for (const entry of manifest.entries) {
    if (only !== undefined && entry.index !== only) continue;
    const input = join(run, entry.file);
    const result = manifest.kind === 'files' ? runCli(['clean', '--files-from', input, '--jobs', '1', '--quiet']) : runCli(['clean', '-', '--jsonl', '--jobs', '1', '--quiet'], { input: readFileSync(input) });
    expect(result.status).toBeLessThanOrEqual(1);
    writeFileSync(join(run, entry.output), result.stdout);
  }
}

describe.skipIf(!HAS_BUILD)('qingxi shard and merge', () => {
  it('splits pages into contiguous lists whose outputs, merged, equal one clean of everything', () => {
    const run = join(dir, 'pages');
    const shard = runCli(['shard', FIXTURES, '--shards', '5', '--out', run]);
    expect(shard.status).toBe(0);
    expect(shard.stderr).toMatch(/\b\d+ inputs in 5 shards/u);
    // The next step, as a task runs it: the same command cleanShards() runs below.
    expect(shard.stderr).toContain(`next: clean each shard as its own task, e.g. qingxi clean --files-from ${join(run, 'shard-0000.list')} > ${join(run, 'out', 'shard-0000.jsonl')}, then qingxi merge ${run}\n`);
    const manifest = manifestOf(run);
    expect(manifest).toMatchObject({ kind: 'files', shards: 5 });
    const listed = manifest.entries.flatMap((e) => readFileSync(join(run, e.file), 'utf8').split('\n').filter(Boolean));
    const single = runCli(['clean', FIXTURES, '--quiet']);
    expect(listed).toEqual(lines(single.stdout).map((l) => (l['source'] as { path: string }).path));
    expect(manifest.inputs).toBe(listed.length);

    cleanShards(run);
    const merged = runCli(['merge', run]);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(single.stdout);
    expect(merged.stderr).toMatch(new RegExp(`5 shards complete: ${listed.length} lines for ${listed.length} inputs`, 'u'));
    const check = runCli(['merge', run, '--check', '--quiet']);
    expect([check.status, check.stdout, check.stderr]).toEqual([0, '', '']);
  });

  it('names a missing shard, and rerunning that one task completes the run', () => {
    const run = join(dir, 'rerun');
    runCli(['shard', FIXTURES, '--shards', '4', '--out', run, '--quiet']);
    cleanShards(run);
    const { entries } = manifestOf(run);
    rmSync(join(run, entries[2]!.output));
    // A killed task leaves at most its temporary file: merge must not take it.
    writeFileSync(join(run, `${entries[2]!.output}.tmp.123`), '{"source":{"path":"x"}}\n');
    const broken = runCli(['merge', run]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('shard 2: no output: out/shard-0002.jsonl is missing');
    expect(broken.stderr).toContain('1 of 4 shards incomplete; rerun array indices 2');
    cleanShards(run, 2);
    expect(runCli(['merge', run, '--check']).status).toBe(0);
  });

  it('rejects outputs that are cut short, too long, out of order, or from no shard of this run', () => {
    const run = join(dir, 'bad');
    runCli(['shard', FIXTURES, '--shards', '3', '--out', run, '--quiet']);
    cleanShards(run);
    const [a, b, c] = manifestOf(run).entries.map((e) => join(run, e.output));
    const [lineA, lineB, lineC] = [a, b, c].map((path) => readFileSync(path!, 'utf8').split('\n').filter(Boolean));
    writeFileSync(a!, `${lineA!.slice(0, 3).join('\n')}\n`);
    appendFileSync(b!, `${lineB!.at(-1)}\n`);
    writeFileSync(c!, `${[lineC![1], lineC![0], ...lineC!.slice(2)].join('\n')}\n`);
    writeFileSync(join(run, 'out', 'shard-0007.jsonl'), '');
    const result = runCli(['merge', run, '--check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/shard 0: out\/shard-0000\.jsonl: ends after 3 of \d+ inputs/u);
    expect(result.stderr).toMatch(/shard 1: out\/shard-0001\.jsonl: 1 line more than its \d+ inputs/u);
    expect(result.stderr).toMatch(/shard 2: out\/shard-0002\.jsonl: line 1 is for .*, not /u);
    expect(result.stderr).toContain('out/shard-0007.jsonl belongs to no shard of this run (it has 3)');
    expect(result.stderr).toContain('3 of 3 shards incomplete; rerun array indices 0,1,2');

    writeFileSync(a!, lineA!.join('\n'));
    expect(runCli(['merge', run, '--check']).stderr).toContain('does not end with a line break');
  });

  it('refuses shard lists edited after sharding: rerunning a task would not fix that', () => {
    const run = join(dir, 'edited');
    runCli(['shard', FIXTURES, '--shards', '2', '--out', run, '--quiet']);
    cleanShards(run);
    appendFileSync(join(run, 'shard-0001.list'), `${MIRROR}\n`);
    cleanShards(run, 1);
    const result = runCli(['merge', run]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("shard 1: shard-0001.list changed after sharding (its SHA-256 is not the manifest's); shard again");
    expect(result.stderr).not.toContain('rerun');
  });

  it('slices JSON Lines into records, blank lines dropped, and checks each answer by line and id', () => {
    const page = readFileSync(MIRROR, 'utf8');
    const records = ['a', 'b', null, 'd', 'e', 'f', 'g'].map((id) => JSON.stringify(id === null ? { html: page } : { id, html: page }));
    const file = join(dir, 'pages.jsonl');
    writeFileSync(file, `${records.slice(0, 3).join('\n')}\n\n${records.slice(3).join('\n')}\n`);
    const run = join(dir, 'jsonl');
    const shard = runCli(['shard', file, '--shards', '3', '--out', run]);
    expect(shard.status).toBe(0);
    expect(shard.stderr).toContain(`e.g. qingxi clean - --jsonl < ${join(run, 'shard-0000.jsonl')} > ${join(run, 'out', 'shard-0000.jsonl')}, then qingxi merge ${run}\n`);
    const manifest = manifestOf(run);
    expect(manifest.entries.map((e) => [e.file, e.inputs])).toEqual([
      ['shard-0000.jsonl', 2],
      ['shard-0001.jsonl', 3],
      ['shard-0002.jsonl', 2],
    ]);
    expect(readFileSync(join(run, 'shard-0001.jsonl'), 'utf8')).toBe(`${records.slice(2, 5).join('\n')}\n`);
    cleanShards(run);
    const merged = runCli(['merge', run]);
    expect(merged.status).toBe(0);
    expect(lines(merged.stdout).map((l) => l['source'])).toEqual([
      { path: '-', line: 1, id: 'a' },
      { path: '-', line: 2, id: 'b' },
      { path: '-', line: 1 },
      { path: '-', line: 2, id: 'd' },
      { path: '-', line: 3, id: 'e' },
      { path: '-', line: 1, id: 'f' },
      { path: '-', line: 2, id: 'g' },
    ]);
    const swapped = join(run, manifest.entries[2]!.output);
    writeFileSync(swapped, readFileSync(swapped, 'utf8').replace('"id":"g"', '"id":"x"'));
    expect(runCli(['merge', run, '--check']).stderr).toContain('shard 2: out/shard-0002.jsonl: line 2 is for {"path":"-","line":2,"id":"x"}, not record 2 (id g)');
  });

  it('keeps WARC files whole, one line per HTML record, and every shard even when some are empty', async () => {
    const { WARCRecord, WARCSerializer } = await import('warcio');
    const warc = async (name: string, urls: readonly string[]): Promise<string> => {
      const parts: Uint8Array[] = [];
      for (const url of urls) {
        const body = (async function* () {
          yield new TextEncoder().encode(readFileSync(MIRROR, 'utf8'));
        })();
        const record = WARCRecord.create({ url, type: 'response', httpHeaders: { 'Content-Type': 'text/html' }, warcVersion: 'WARC/1.1' }, body);
        parts.push(await WARCSerializer.serialize(record, { gzip: true }));
      }
      const path = join(dir, 'crawl', name);
      mkdirSync(join(dir, 'crawl'), { recursive: true });
      writeFileSync(path, Buffer.concat(parts));
      return path;
    };
    const big = await warc('a.warc.gz', ['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
    const none = await warc('b.warc.gz', []);
    const run = join(dir, 'warc');
    expect(runCli(['shard', big, none, MIRROR, '--shards', '5', '--out', run, '--quiet']).status).toBe(0);
    const manifest = manifestOf(run);
    // Weighted by bytes, so where the cuts fall depends on the sizes; each file is listed once, whole, in order.
    expect(manifest.entries).toHaveLength(5);
    expect(manifest.entries.some((e) => e.inputs === 0)).toBe(true);
    expect(manifest.entries.flatMap((e) => readFileSync(join(run, e.file), 'utf8').split('\n').filter(Boolean))).toEqual([big, none, MIRROR]);
    cleanShards(run);
    const merged = runCli(['merge', run]);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(runCli(['clean', big, none, MIRROR, '--quiet']).stdout);
    expect(lines(merged.stdout).map((l) => l['source'])).toMatchObject([{ record: 1 }, { record: 2 }, { record: 3 }, { path: MIRROR }]);

    // The same WARC file twice in a row: its records twice, each run from 1.
    const twice = join(dir, 'warc-twice');
    runCli(['shard', big, big, '--shards', '1', '--out', twice, '--quiet']);
    cleanShards(twice);
    expect(runCli(['merge', twice, '--check']).stderr).toMatch(/1 shard complete: 6 lines for 2 inputs/u);
    const single = join(dir, 'one-input');
    expect(runCli(['shard', MIRROR, '--shards', '1', '--out', single]).stderr).toMatch(/^qingxi shard: 1 input in 1 shard of 1–1 under /u);
    cleanShards(single);
    expect(runCli(['merge', single, '--check']).stderr).toBe('qingxi merge: 1 shard complete: 1 line for 1 input\n');
  });

  it('refuses what it cannot shard faithfully, with status 2', () => {
    const used = join(dir, 'used');
    mkdirSync(used);
    writeFileSync(join(used, 'keep.txt'), 'x');
    const cases: Array<[string[], RegExp]> = [
      [['shard', FIXTURES, '--out', join(dir, 'n1')], /needs --shards N/u],
      [['shard', FIXTURES, '--shards', '0', '--out', join(dir, 'n2')], /--shards must be a positive whole number/u],
      [['shard', FIXTURES, '--shards', '2'], /needs --out DIR/u],
      [['shard', FIXTURES, '--shards', '2', '--out', used], /is not empty/u],
      [['shard', '-', '--shards', '2', '--out', join(dir, 'n3')], /not stdin/u],
      [['shard', join(dir, 'nope.md'), '--shards', '2', '--out', join(dir, 'n4')], /no such file or directory/u],
      [['shard', join(dir, 'pages.jsonl'), MIRROR, '--shards', '2', '--out', join(dir, 'n5')], /not both/u],
      [['merge', join(dir, 'n6')], /manifest\.json.*qingxi shard/u],
      [['merge'], /exactly one shard directory/u],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(readdirSync(used)).toEqual(['keep.txt']);
  });
});
