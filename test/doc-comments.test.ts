/**
 * Every export of the package's entry points has a doc comment with a summary
 * and at least one `@example`: the API reference (`npm run docs`) is built
 * from these comments, and an export without them is a page that says nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';

const ENTRY_POINTS = ['src/index.ts', 'src/metadata/index.ts'];
const root = fileURLToPath(new URL('..', import.meta.url));

interface Finding {
  readonly name: string;
  readonly summary: boolean;
  readonly example: boolean;
}

function exportsOf(entry: string, program: ts.Program, checker: ts.TypeChecker): Finding[] {
  const file = program.getSourceFile(`${root}${entry}`);
  if (file === undefined) throw new Error(`${entry} is not in the program`);
  const module = checker.getSymbolAtLocation(file);
  if (module === undefined) throw new Error(`${entry} has no module symbol`);
  return checker.getExportsOfModule(module).map((exported) => {
    // A re-export is an alias: the comment lives on the declaration it points to.
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '';
    const example = symbol.getJsDocTags(checker).some((tag) => tag.name === 'example' && ts.displayPartsToString(tag.text).trim() !== '');
    return { name: exported.name, summary, example };
  });
}

describe('doc comments', () => {
  // One program for both entry points: building it is most of the test's time.
  const program = ts.createProgram(
    ENTRY_POINTS.map((entry) => `${root}${entry}`),
    { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, noEmit: true },
  );
  const checker = program.getTypeChecker();

  for (const entry of ENTRY_POINTS) {
    it(`document every export of ${entry} with a summary and an @example`, () => {
      const found = exportsOf(entry, program, checker);
      expect(found.length, `${entry} exports nothing: is the path right?`).toBeGreaterThan(10);
      const missing = found
        .filter((f) => !f.summary || !f.example)
        .map((f) => `${f.name}: ${[f.summary ? '' : 'no summary', f.example ? '' : 'no @example'].filter(Boolean).join(', ')}`);
      expect(missing, `exports of ${entry} without a doc summary or an @example`).toEqual([]);
    });
  }
});

/**
 * Examples that state a result (`expr // result`, or the result on the `//` lines
 * after it) are run, with the `const` lines before them in the same example, and
 * must give what they state. `…` in an array stands for elements left out.
 */
const STATED = [
  { file: 'src/pipeline/default-steps.ts', expr: 'DEFAULT_STEP_NAMES' },
  { file: 'src/pipeline/types.ts', expr: 'DEFAULT_STEPS.map((step) => `${step.stage}: ${step.name}`)' },
  { file: 'src/pipeline/pipe.ts', expr: 'pipe(resolveBody()).run(fragment, { explain: true }).trace' },
  { file: 'src/pipeline/pipe.ts', expr: "pipe(resolveBody({ families: ['html-page'] })).run(fragment, { explain: true }).trace" },
  { file: 'src/errors.ts', expr: "extractArticle('<p>新闻正文很短。</p>').error" },
  { file: 'src/options.ts', expr: "extractArticle('<p>新闻正文很短。</p>').error" },
  { file: 'src/extract/create-extractor.ts', expr: "extractArticle('<p>新闻正文很短。</p>')" },
];
const SKIP = '\u0000left out';

/** The example's lines (without ` * `) up to the expression, and the result it states. */
function stated(file: string, expr: string): { setup: string; result: string } {
  const lines = readFileSync(`${root}${file}`, 'utf8').split('\n').map((line) => line.replace(/^\s*\* ?/u, ''));
  const at = lines.findIndex((line) => line === expr || line.startsWith(`${expr} //`));
  if (at < 0) throw new Error(`${file}: no example line ${expr}`);
  let start = at;
  while (start > 0 && !lines[start]!.startsWith('@example')) start--;
  // The setup: each `const` the expression names, with the `+` lines that continue it.
  const setup: string[] = [];
  let taking = false;
  for (const line of lines.slice(start + 1, at)) {
    const name = /^const (\w+) =/u.exec(line)?.[1];
    if (name !== undefined) taking = new RegExp(`\\b${name}\\b`, 'u').test(expr);
    else if (!line.startsWith('  + ')) taking = false;
    if (taking) setup.push(line);
  }
  const after = [lines[at]!.slice(expr.length).replace(/^ \/\/ /u, '')];
  for (let i = at + 1; lines[i]!.startsWith('//'); i++) after.push(lines[i]!.replace(/^\/\/ ?/u, ''));
  return { setup: setup.join('\n'), result: literal(after.join(' ').trim()) };
}

/** The leading JS literal of a comment, without the words after it. */
function literal(text: string): string {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== '') {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ('[{'.includes(ch)) depth++;
    else if (']}'.includes(ch) && --depth === 0) return text.slice(0, i + 1);
  }
  return text.split(' ')[0]!;
}

function matches(actual: unknown, expected: unknown): void {
  if (Array.isArray(expected) && expected.includes(SKIP)) {
    const cut = expected.indexOf(SKIP);
    const [head, tail] = [expected.slice(0, cut), expected.slice(cut + 1)];
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).slice(0, head.length)).toEqual(head);
    if (tail.length > 0) expect((actual as unknown[]).slice(-tail.length)).toEqual(tail);
  } else {
    expect(actual).toEqual(expected);
  }
}

describe('doc examples', () => {
  for (const { file, expr } of STATED) {
    it(`${file}: ${expr} gives what the example states`, () => {
      const { setup, result } = stated(file, expr);
      const names = Object.keys(library);
      const run = new Function(...names, `${setup}\nreturn (${expr});`) as (...args: unknown[]) => unknown;
      const left = JSON.stringify(SKIP);
      const expected = new Function(`return (${result.replaceAll(', …,', `, ${left},`).replaceAll(', …]', `, ${left}]`)});`)() as unknown;
      matches(JSON.parse(JSON.stringify(run(...names.map((name) => library[name as keyof typeof library])))), expected);
    });
  }
});
