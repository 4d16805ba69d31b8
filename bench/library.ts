/**
 * The qingxi the benchmark times: the published build, `dist/index.js`, which is what
 * `npm install qingxi` gives a user, as the peers are timed through their published builds.
 *
 * Not the sources through tsx: tsx transforms each of the hundred-odd source files on its
 * own, and that code is not what ships. On 2026-12-07 the same commit measured 2.00× and
 * 2.04× the floor from the sources against 1.95× and 1.97× from its build
 * (`tsx bench/measure.ts qingxi 5 1`, runs interleaved). `npm run bench` builds first, so
 * the build is the checkout's; the types still come from the sources, so that type-checking
 * the bench needs no build.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as Qingxi from '../src/index.js';

const BUILD = new URL('../dist/index.js', import.meta.url);
if (!existsSync(BUILD)) throw new Error(`bench: ${fileURLToPath(BUILD)} is missing; run \`npm run build\` first (\`npm run bench\` does).`);

export const { DEFAULT_STEPS, createExtractor, extractArticle, pipe } = (await import(BUILD.href)) as typeof Qingxi;
