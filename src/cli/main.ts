/**
 * The `qingxi` command.
 */
import { readFileSync } from 'node:fs';
import { USAGE, UsageError, parseCommand } from './args.js';
import { SetupError, type Streams, runClean } from './clean.js';
import { runExplain } from './explain.js';
import { runMerge } from './merge.js';
import { runShard } from './shard.js';
import { runStats } from './stats.js';

/**
 * Run the command line.
 *
 * @param argv - Arguments after the program name.
 * @param streams - Standard streams.
 * @returns The exit status: 0 success, 1 some inputs failed, 2 usage.
 */
export async function main(argv: readonly string[], streams: Streams): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        streams.stdout.write(`${USAGE}\n`);
        return 0;
      case 'version':
        streams.stdout.write(`${version()}\n`);
        return 0;
      case 'clean':
        return await runClean(command.settings, streams);
      case 'stats':
        return await runStats(command.settings, command.json, streams);
      case 'explain':
        return await runExplain(command.file, command.site, command.rules, streams);
      case 'shard':
        return await runShard(command.settings, streams);
      case 'merge':
        return await runMerge(command.settings, streams);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      streams.stderr.write(`qingxi: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof SetupError || (error instanceof TypeError && error.message.startsWith('qingxi:'))) {
      streams.stderr.write(`qingxi: ${error.message.replace(/^qingxi: /u, '')}\n`);
      return 2;
    }
    throw error;
  }
}

function version(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}
