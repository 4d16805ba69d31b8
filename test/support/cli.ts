/**
 * Running the built command line in tests.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built executable (`npm test` builds before testing). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** The built library, for rule packs written by tests. */
export const LIBRARY = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
export const HAS_BUILD = existsSync(CLI) && existsSync(LIBRARY);

/** Run the CLI to completion. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { input: options.input, cwd: options.cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

/** Start the CLI without waiting for it. */
export function startCli(args: readonly string[]) {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Parse JSON Lines. */
export function lines(stdout: string): Array<Record<string, unknown>> {
  return stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}
