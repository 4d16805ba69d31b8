/**
 * `bench:icount`'s reading of cachegrind's output file.
 */
import { describe, expect, it } from 'vitest';
import { readCounts } from '../bench/cachegrind.js';

/** A cut-down `cachegrind.out` as valgrind 3.19 writes it with `--cache-sim=no`. */
const OUT = [
  'desc: I1 cache:         32768 B, 64 B, 8-way associative',
  'cmd: node --single-threaded --predictable bench/passes.mjs dist/index.js 1 pages.json',
  'events: Ir',
  'fl=./csu/../csu/libc-start.c',
  'fn=__libc_start_main@@GLIBC_2.34',
  '242 11',
  '311 3',
  'fl=???',
  'fn=v8::internal::compiler::GraphReducer::Reduce(v8::internal::compiler::Node*)',
  '0 1000',
  'fn=std::__copy_move_backward_a1<true, v8::internal::compiler::DeoptimizationExit**>(v8::internal::compiler::DeoptimizationExit**)',
  '0 20',
  'fi=inlined.h',
  '5 7',
  'fn=v8::internal::Scavenger::ScavengeObject(v8::internal::FullHeapObjectSlot)',
  '0 400',
  'summary: 1441',
  '',
].join('\n');

describe('readCounts', () => {
  it('reads the summary and sums the counts of the compiler functions, templates over its types included', () => {
    expect(readCounts(OUT)).toEqual({ total: 1441, compiler: 1027 });
  });

  it('throws when the file has no summary line', () => {
    expect(() => readCounts(OUT.replace('summary: 1441', ''))).toThrow(/no summary line/u);
  });
});
