/**
 * The package as users get it: `npm pack`, unpacked into a project's
 * node_modules with its bin linked by `npm rebuild` (as `npm install` links
 * it), imported from ESM and required from CommonJS, and its bin run through
 * `npx`. No network: the project sits inside the repository so the package's
 * own dependencies resolve from the repository's node_modules, and npm runs
 * `--offline`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BUILD } from './support/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'fixtures/seeds/000_1e12fc86d84c25f9/input.txt');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
/** npm in the temp project must not take the outer `npm test`'s settings. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
let project = '';
let files: string[] = [];

describe.skipIf(!HAS_BUILD)('the packed package', () => {
  beforeAll(() => {
    mkdirSync(join(ROOT, '.pack-test'), { recursive: true });
    project = mkdtempSync(join(ROOT, '.pack-test', 'project-'));
    // --ignore-scripts: `npm test` has just built dist/, and prepack's rebuild (tsup cleans dist/
    // first) would pull the build from under the other test files running alongside this one.
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    files = packed!.files.map((f) => f.path).sort();
    const target = join(project, 'node_modules', 'qingxi');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(project, packed!.filename), '-C', target, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n');
    // Links node_modules/.bin/qingxi from the package's `bin`, as an install does; no registry is asked.
    execFileSync('npm', ['rebuild', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: project, env: ENV, stdio: 'ignore' });
  }, 60_000);
  afterAll(() => {
    if (project !== '') rmSync(project, { recursive: true, force: true });
  });

  it('contains only dist/, the README, the license and package.json', () => {
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(files).toContain('dist/schema.json');
    expect(files.filter((f) => f.startsWith('dist/') && !/\.(?:c?js|d\.c?ts|map|json)$/u.test(f))).toEqual([]);
    // What `npm pack --dry-run` announces is what the tarball holds.
    const [dry] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ files: Array<{ path: string }> }>;
    expect(dry!.files.map((f) => f.path).sort()).toEqual(files);
  });

  it('works from ESM, with the metadata subpath and the schema', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { readFileSync } from 'node:fs';
import { extractArticle, isArticle } from 'qingxi';
import { parseDateline } from 'qingxi/metadata';
import schema from 'qingxi/schema.json' with { type: 'json' };
const result = extractArticle(readFileSync(${JSON.stringify(SEED)}));
console.log(JSON.stringify({ title: result.article.title, valid: isArticle(result.article), date: parseDateline('【大纪元2022年12月30日讯】').published, schema: schema.title }));\n`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toEqual({ title: '外媒传普京向习近平求援遇冷 中俄关系现裂痕', valid: true, date: '2022-12-30', schema: 'Article' });
  });

  it('works from CommonJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { readFileSync } = require('node:fs');
const { extractArticle, toText } = require('qingxi');
const { parseChineseDate } = require('qingxi/metadata');
const schema = require('qingxi/schema.json');
const result = extractArticle(readFileSync(${JSON.stringify(SEED)}));
console.log(JSON.stringify({ title: result.article.title, text: toText(result.article).length > 100, date: parseChineseDate('二〇二二年十二月三十日')?.published, schema: schema.title }));\n`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['cjs.cjs'], { cwd: project, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toEqual({ title: '外媒传普京向习近平求援遇冷 中俄关系现裂痕', text: true, date: '2022-12-30', schema: 'Article' });
  });

  it('runs its bin through npx', () => {
    const npx = (args: string[]): string => execFileSync('npx', ['--offline', '--no', '--', 'qingxi', ...args], { cwd: project, env: ENV, encoding: 'utf8' });
    expect(npx(['--version']).trim()).toBe(PACKAGE.version);
    expect(npx(['--help'])).toMatch(/^ {2}qingxi clean \[options\]/mu);
    const line = npx(['clean', SEED, '--quiet', '--jobs', '1']);
    expect(JSON.parse(line)).toMatchObject({ title: '外媒传普京向习近平求援遇冷 中俄关系现裂痕', source: { path: SEED } });
  });
});

describe('the package checks', () => {
  it('npm test runs publint --strict and attw on the packed package, CI runs npm test, and packing builds first', () => {
    expect(PACKAGE.scripts['test']).toMatch(/&& npm run -s check:package(?: |$)/u);
    expect(PACKAGE.scripts['check:package']).toBe('publint --strict && attw --pack . --profile node16');
    // dist/ is not in git: without prepack, packing a fresh clone ships package.json, README and LICENSE only.
    expect(PACKAGE.scripts['prepack']).toBe('npm run build');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/mu);
  });
});
