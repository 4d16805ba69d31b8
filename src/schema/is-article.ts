/**
 * Check that a value received from elsewhere (a JSON line, a queue, a cache)
 * is an {@link Article}, by walking {@link ARTICLE_SCHEMA} itself.
 */
import type { Article } from '../types.js';
import { ARTICLE_SCHEMA } from './article-schema.js';

/** The part of JSON Schema that `ARTICLE_SCHEMA` uses. */
interface SchemaNode {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly SchemaNode[];
  readonly pattern?: string;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

const ROOT = ARTICLE_SCHEMA as unknown as SchemaNode;
const PATTERNS = new Map<string, RegExp>();

/**
 * Whether a value is an `Article` as qingxi writes it.
 *
 * @param value - Anything, typically `JSON.parse` of an output line.
 * @returns `true` when it has every field with the right type and nothing else.
 * @example
 * const value: unknown = JSON.parse(line);
 * if (isArticle(value)) console.log(value.title);
 * @example
 * // A `qingxi clean` line is the Article plus `source` (and `issues` with --explain):
 * const { source, issues, ...article } = JSON.parse(line);
 * if (isArticle(article)) console.log(source.path, article.title);
 */
export function isArticle(value: unknown): value is Article {
  return problemsOf(value, ROOT, '$', 1).length === 0;
}

/**
 * Throw unless a value is an `Article`.
 *
 * @param value - Anything.
 * @throws TypeError naming the first fields that are wrong and what was expected.
 * @example
 * assertArticle(JSON.parse(line)); // TypeError: qingxi: not an Article: $.published: expected string or null, got number
 */
export function assertArticle(value: unknown): asserts value is Article {
  const problems = problemsOf(value, ROOT, '$', 5);
  if (problems.length > 0) throw new TypeError(`qingxi: not an Article: ${problems.join('; ')}`);
}

function problemsOf(value: unknown, schema: SchemaNode, path: string, max: number): string[] {
  const out: string[] = [];
  check(value, schema, path, out, max);
  return out;
}

function check(value: unknown, schema: SchemaNode, path: string, out: string[], max: number): void {
  if (out.length >= max) return;
  if (schema.anyOf !== undefined) {
    if (!schema.anyOf.some((option) => problemsOf(value, option, path, 1).length === 0)) {
      out.push(`${path}: expected ${schema.anyOf.map(describe).join(' or ')}, got ${kindOf(value)}`);
    }
    return;
  }
  if (schema.enum !== undefined) {
    if (!schema.enum.includes(value)) out.push(`${path}: expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value) ?? kindOf(value)}`);
    return;
  }
  if (schema.type !== undefined && kindOf(value) !== schema.type) {
    out.push(`${path}: expected ${schema.type}, got ${kindOf(value)}`);
    return;
  }
  if (schema.pattern !== undefined && typeof value === 'string' && !patternOf(schema.pattern).test(value)) {
    out.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    for (let i = 0; i < value.length && out.length < max; i++) check(value[i], schema.items, `${path}[${i}]`, out, max);
  }
  if (schema.type === 'object') checkObject(value as Record<string, unknown>, schema, path, out, max);
}

function checkObject(value: Record<string, unknown>, schema: SchemaNode, path: string, out: string[], max: number): void {
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (!Object.hasOwn(value, key)) out.push(`${path}.${key}: missing`);
  }
  for (const key of Object.keys(value)) {
    if (out.length >= max) return;
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (property === undefined) {
      if (schema.additionalProperties === false) out.push(`${path}: unexpected field ${JSON.stringify(key)}`);
      continue;
    }
    check(value[key], property, `${path}.${key}`, out, max);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describe(schema: SchemaNode): string {
  if (schema.enum !== undefined) return schema.enum.map((v) => JSON.stringify(v)).join(' or ');
  return schema.type ?? 'a value';
}

function patternOf(source: string): RegExp {
  let pattern = PATTERNS.get(source);
  if (pattern === undefined) {
    pattern = new RegExp(source, 'u');
    PATTERNS.set(source, pattern);
  }
  return pattern;
}
