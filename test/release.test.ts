/**
 * Versions and the changelog: semantic versioning from 0.1.0, and a changelog
 * in the Keep a Changelog form whose newest release is the version in
 * package.json, with pending changes under Unreleased.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/u;
const SECTIONS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const changelog = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8');
/** `## [x.y.z]` headings (with an optional ` - date`), newest first, and the `### ` headings under each. */
const releases = changelog.split(/^## /mu).slice(1).map((part) => {
  const heading = part.slice(0, part.indexOf('\n'));
  return { heading, name: /^\[([^\]]+)\]/u.exec(heading)?.[1] ?? heading, sections: [...part.matchAll(/^### (.+)$/gmu)].map((m) => m[1]!.trim()) };
});

function compare(a: string, b: string): number {
  const [x, y] = [SEMVER.exec(a)!, SEMVER.exec(b)!];
  for (let i = 1; i <= 3; i++) if (Number(x[i]) !== Number(y[i])) return Number(x[i]) - Number(y[i]);
  return 0;
}

describe('versioning', () => {
  it('package.json holds a semantic version, 0.1.0 or later', () => {
    expect(version).toMatch(SEMVER);
    expect(compare(version, '0.1.0')).toBeGreaterThanOrEqual(0);
  });

  it('the changelog opens with Unreleased, then releases newest first, down to 0.1.0', () => {
    expect(releases[0]?.name).toBe('Unreleased');
    const released = releases.slice(1).map((r) => r.name);
    expect(released.length).toBeGreaterThan(0);
    for (const name of released) expect(name).toMatch(SEMVER);
    for (let i = 1; i < released.length; i++) expect(compare(released[i - 1]!, released[i]!), `${released[i - 1]} after ${released[i]}`).toBeGreaterThan(0);
    expect(released.at(-1)).toBe('0.1.0');
  });

  it('its newest release is the version in package.json', () => {
    expect(releases[1]?.name).toBe(version);
  });

  it('sorts every entry under the Keep a Changelog headings', () => {
    for (const release of releases) {
      expect(release.sections.length, release.heading).toBeGreaterThan(0);
      for (const section of release.sections) expect(SECTIONS, `${release.heading}: ### ${section}`).toContain(section);
      expect(new Set(release.sections).size, `${release.heading}: a heading twice`).toBe(release.sections.length);
    }
  });
});
