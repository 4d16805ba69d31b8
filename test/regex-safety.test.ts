/**
 * Every regular expression the library holds — in its code, its rule tables
 * and its site profiles, including the ones built with `new RegExp` that the
 * linter cannot read — is checked for super-linear backtracking with scslre,
 * the analysis behind eslint-plugin-regexp.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PHRASES, BUILTIN_SITES, defineRule } from '../src/index.js';
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

/**
 * Risky patterns, as strings so the linter does not flag them here: the ones
 * users reported, the textbook ReDoS set, and near misses that are safe.
 */
const SAMPLES = [
  '^([^x]|[^y])*广告$', '(a|aa)*b', '(\\d|\\d\\d)+$', '(.|\\s)*x', '(?:[a-z]|\\w)+$', '^(\\p{Script=Han}|\\p{Script=Han})*广告$',
  '(a+)+', '(a+)+$', '(a*)*', '(a*)*$', '(a|a)*', '(a|a)*$', '(a|ab)*c', '(\\w+\\s?)*$', '^(([a-z])+.)+[A-Z]([a-z])+$',
  '^(a+)+$', '(x+x+)+y', '(\\w+)*@', '^(\\w+\\s?)*$', '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
  '^(([a-z])+.)+$', '(a|b|ab)*c', '(\\s*\\S+)*$', '(?:\\S{1,8}\\s?)+$', '(?:a{1,3})+$', '(a?b?)*$', '(\\d+|\\d+\\.\\d+)*$', '(?:[\\u4e00-\\u9fff]+[，。]?)+$',
  '^(\\p{Script=Han}{2,4})广告$', '^[\\p{Script=Han}]+广告$', '^欢迎(?:关注|訂閱)', '(?:本文|文章)仅代表作者', '^\\s*(?:[#＃]|标签)\\s*$', '责任编辑[:：]\\s*\\S{1,8}$',
  '^(?:\\p{Script=Han}{2})+$', '(?:ab|ac)*$', '^(?:[，,、\\s]+(?:1080p|720p))*$', '(a|b)*c', '^\\u{5e7f}+告$', '^(?:x\\s*)+$', '(?:[a-z]+\\d)+$', '^(?:关注|订阅|[|｜\\s])+$',
].map((source) => new RegExp(source, 'u'));

/** Whether defineRule takes the pattern as a dropBlocks entry. */
function accepts(pattern: RegExp): boolean {
  try {
    defineRule({ id: 'probe', dropBlocks: [new RegExp(pattern.source, pattern.flags.replace(/[gy]/gu, ''))] });
    return true;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return false;
  }
}

/** 300-character blocks built to make an accepted pattern backtrack: its literal start, then a run of one of its characters (or pairs), then a tail that fails. */
function hostileBlocks(pattern: RegExp): string[] {
  const literal = [...pattern.source.replace(/\\(?:[pu]\{[^}]*\}|x[\da-f]{2}|u[\da-f]{4}|c[a-z]|.)|[\^$.*+?()[\]{}|]/giu, ' ')];
  const prefix = /^\^((?:[^\\()[\]{}^$.*+?|]|\\.)*)/u.exec(pattern.source)?.[1]?.replace(/\\(.)/gu, '$1') ?? '';
  const units = new Set(['a', '1', ' ', '中', 'x', '_', ...literal.filter((c) => c !== ' ')]);
  for (let k = 0; k + 1 < literal.length; k++) if (literal[k] !== ' ' && literal[k + 1] !== ' ') units.add(literal[k]! + literal[k + 1]!);
  return [...units].map((unit) => prefix + unit.repeat(Math.ceil(300 / unit.length)).slice(0, 300) + '\u0000');
}

describe('defineRule refuses what scslre finds exponential', () => {
  const all = [...SAMPLES, ...patterns.keys()];

  it('on the samples and on every pattern of the library', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(40);
    const missed: string[] = [];
    for (const pattern of all) {
      const { reports } = analyse(parser.parseLiteral(`/${pattern.source}/${pattern.flags}`));
      if (reports.some((report) => report.exponential) && accepts(pattern)) missed.push(String(pattern));
    }
    expect(missed).toEqual([]);
  });

  it('accepts every pattern of the phrase table and the site profiles', () => {
    const refused = [...patterns].filter(([pattern]) => !accepts(pattern)).map(([pattern, where]) => `${where}: ${pattern}`);
    expect(refused).toEqual([]);
  });

  it('and what it accepts returns on a hostile 300-character block', () => {
    const accepted = all.filter(accepts);
    expect(accepted.length).toBeGreaterThan(patterns.size);
    const sandbox = createContext({ pattern: /./u, texts: [''] });
    for (const pattern of accepted) {
      Object.assign(sandbox, { pattern, texts: hostileBlocks(pattern) });
      // A hang guard, not a speed test: a catastrophic pattern on 300 characters would run for years.
      runInContext('for (const text of texts) pattern.test(text)', sandbox, { timeout: 60_000 });
    }
  }, 600_000);
});
