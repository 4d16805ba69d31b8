#!/usr/bin/env node
/**
 * The `qingxi` executable.
 */
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';

// A run of the command line is mostly warm-up: each worker's first pass over its pages
// pays for about 300 optimising compilations on V8's background threads, and those
// compete with the workers for the cores. A smaller inlining budget makes each of them
// cheaper (about 13 % less CPU for a first pass over the corpus, no slower once warm;
// docs/performance.md, round three). V8 flags are per process, so the workers share it;
// the library itself sets nothing.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

// A reader that stops early (| head) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`qingxi: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
