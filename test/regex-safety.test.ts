/**
 * Every regular expression the library holds — in its code, its rule tables
 * and its site profiles, including the ones built with `new RegExp` that the
 * linter cannot read — is checked for super-linear backtracking with scslre,
 * the analysis behind eslint-plugin-regexp.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PHRASES, BUILTIN_SITES } from '../src/index.js';
import { CHINESE } from '../src/metadata/parse-chinese-date.js';
import { ACTION, ACTION_ONLY, ROLE_RE } from '../src/metadata/parse-credits.js';
import { RELATED_HEADING } from '../src/rules/links.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const modules = readdirSync(SRC, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('cli'));

/** RegExp values found in a value, looking a few levels into arrays and plain objects. */
function patternsIn(value: unknown, where: string, out: Map<RegExp, string>, depth = 0): void {
  if (value instanceof RegExp) {
    if (!out.has(value)) out.set(value, where);
  } else if (depth < 5 && value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [key, item] of value instanceof Map ? value.entries() : Object.entries(value)) patternsIn(item, `${where}.${String(key)}`, out, depth + 1);
  }
}

const patterns = new Map<RegExp, string>();
for (const file of modules) patternsIn(await import(`${SRC}${file}`), file, patterns);
// Site profiles keep their patterns inside compiled rules; the data is where the user wrote it.
for (const site of BUILTIN_SITES) patternsIn(site.rules, `site ${site.id}`, patterns);

const parser = new RegExpParser({ ecmaVersion: 2025 });

describe('regular expressions', () => {
  it('are found: the tables, the date grammar and the credit grammar', () => {
    expect(patterns.size).toBeGreaterThan(30);
    for (const rule of BOILERPLATE_PHRASES) if (rule.match instanceof RegExp) expect(patterns.has(rule.match), rule.id).toBe(true);
    for (const built of [CHINESE, ROLE_RE, ACTION, ACTION_ONLY, RELATED_HEADING]) expect(patterns.has(built), String(built)).toBe(true);
  });

  it('none can backtrack super-linearly', () => {
    const unsafe: string[] = [];
    for (const [pattern, where] of patterns) {
      const literal = parser.parseLiteral(`/${pattern.source}/${pattern.flags}`);
      // Move reports too: most patterns search unanchored text, where a run that fails to match is retried at every start.
      const { reports } = analyse(literal);
      for (const report of reports) unsafe.push(`${where}: ${pattern} (${report.type}${report.exponential ? ', exponential' : ''})`);
    }
    expect(unsafe).toEqual([]);
  });
});
