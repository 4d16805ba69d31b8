/**
 * Preloaded by `bench/jobs.ts` into each command-line process it times
 * (`node --import bench/cpu-at-exit.mjs dist/cli.js …`): at exit, the main
 * thread writes the process's CPU time, all threads included (`getrusage`),
 * to the file named by `QINGXI_BENCH_CPU`. Node gives a parent no child's
 * resource use, and `/usr/bin/time` is not on every machine.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env['QINGXI_BENCH_CPU'];
if (isMainThread && out !== undefined) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 }));
  });
}
