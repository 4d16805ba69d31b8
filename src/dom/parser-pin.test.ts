/**
 * `parse.ts` overrides htmlparser2 internals (the tokenizer's skip, the parser's name readers
 * and open-tag cap). They are not public API and may change in any release, and a library's
 * lockfile does not reach its users: only an exact version in `dependencies` makes users run the
 * htmlparser2 that `parse.test.ts` compared our trees against.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const manifest = (path: URL): { version: string; dependencies: Record<string, string> } => JSON.parse(readFileSync(path, 'utf8'));

describe('the htmlparser2 dependency', () => {
  it('is pinned to one exact version, the one installed and tested', () => {
    const wanted = manifest(new URL('package.json', ROOT)).dependencies['htmlparser2'];
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    // The package's exports hide its package.json from `require.resolve`; npm installs it here.
    expect(manifest(new URL('node_modules/htmlparser2/package.json', ROOT)).version).toBe(wanted);
  });
});
