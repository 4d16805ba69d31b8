/**
 * The package as users get it: `npm pack`, unpacked into a project's
 * node_modules, imported from ESM and required from CommonJS, and its bin run.
 * No network: the project sits inside the repository so the package's own
 * dependencies resolve from the repository's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BUILD } from './support/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'fixtures/seeds/000_1e12fc86d84c25f9/input.txt');
let project = '';
let files: string[] = [];

describe.skipIf(!HAS_BUILD)('the packed package', () => {
  beforeAll(() => {
    mkdirSync(join(ROOT, '.pack-test'), { recursive: true });
    project = mkdtempSync(join(ROOT, '.pack-test', 'project-'));
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    files = packed!.files.map((f) => f.path).sort();
    const target = join(project, 'node_modules', 'qingxi');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(project, packed!.filename), '-C', target, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n');
  }, 60_000);
  afterAll(() => {
    if (project !== '') rmSync(project, { recursive: true, force: true });
  });

  it('contains only dist/, the README, the license and package.json', () => {
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(files).toContain('dist/schema.json');
    expect(files.filter((f) => f.startsWith('dist/') && !/\.(?:c?js|d\.c?ts|map|json)$/u.test(f))).toEqual([]);
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
const result = extractArticle(readFileSync(${JSON.stringify(SEED)}));
console.log(JSON.stringify({ title: result.article.title, text: toText(result.article).length > 100, date: parseChineseDate('二〇二二年十二月三十日')?.published }));\n`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['cjs.cjs'], { cwd: project, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toEqual({ title: '外媒传普京向习近平求援遇冷 中俄关系现裂痕', text: true, date: '2022-12-30' });
  });

  it('runs its bin', () => {
    const bin = (JSON.parse(readFileSync(join(project, 'node_modules/qingxi/package.json'), 'utf8')) as { bin: Record<string, string> }).bin['qingxi']!;
    const version = execFileSync(process.execPath, [join(project, 'node_modules/qingxi', bin), '--version'], { encoding: 'utf8' });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
    const line = execFileSync(process.execPath, [join(project, 'node_modules/qingxi', bin), 'clean', SEED, '--quiet', '--jobs', '1'], { encoding: 'utf8' });
    expect(JSON.parse(line)).toMatchObject({ title: '外媒传普京向习近平求援遇冷 中俄关系现裂痕' });
  });
});
