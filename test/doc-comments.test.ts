/**
 * Every export of the package's entry points has a doc comment with a summary
 * and at least one `@example`: the API reference (`npm run docs`) is built
 * from these comments, and an export without them is a page that says nothing.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

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
