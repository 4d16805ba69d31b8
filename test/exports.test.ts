/**
 * The public export list, pinned: adding or removing an export is a decision,
 * made here on purpose.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as qingxi from '../src/index.js';
import * as metadata from '../src/metadata/index.js';

const DIST = new URL('../dist/', import.meta.url);
const HAS_BUILD = existsSync(new URL('index.cjs', DIST)) && existsSync(new URL('metadata.cjs', DIST));
const METADATA_EXPORTS = [
  'ZONE_WORDS', 'dateFromUrl', 'isValidDate', 'matchChineseDate', 'offsetAt', 'outletById', 'outletByName', 'outletByUrl', 'parseChineseDate',
  'parseCredits', 'parseDateline', 'parseNumber', 'resolveDate', 'splitCaption',
];

const EXPORTS = [
  'AD_SLOTS', 'ARTICLE_SCHEMA', 'BOILERPLATE_PHRASES', 'BOILERPLATE_SELECTORS', 'BUILTIN_SITES', 'DEFAULT_MAX_BYTES', 'DEFAULT_MIN_CHARS', 'INSERTED_LINK_SELECTOR',
  'DEFAULT_STEPS', 'DEFAULT_STEP_NAMES', 'OUTLETS', 'PLACES', 'QingxiError', 'RELATED_LISTS', 'TAG_HREF', 'TAG_LINK_SELECTOR',
  'ZONE_WORDS', 'assertArticle', 'bannedbook', 'collapseWhitespace', 'createExtractor', 'dateFromUrl', 'decodeInput', 'defineRule', 'defineSite',
  'detectFamily', 'detectLang', 'epochtimes', 'escapeMarkdown', 'extractArticle', 'extractArticleOrThrow', 'extractCredits',
  'extractDateline', 'extractHeaderMeta', 'extractImages', 'extractMedia', 'extractOriginalUrl', 'extractPageMeta', 'extractSourceNote', 'extractTitleWriter', 'githubMirror', 'isArticle', 'isValidDate', 'matchChineseDate', 'matchesPhrase',
  'normalizeContentsList', 'normalizeWhitespace', 'ntdtv', 'offsetAt', 'outletById', 'outletByName', 'outletByUrl', 'parseChineseDate', 'parseCredits',
  'parseDateline', 'parseNumber', 'pipe', 'place', 'removeAds', 'removeAuthorNote', 'removeBoilerplate', 'removeBoilerplateText', 'removeEmptyBlocks', 'removeEndMark',
  'removeMarkdownFrame', 'removeMarkdownLines', 'removeNonContent', 'removeRelated', 'removeRepeatedLead', 'removeStrayMarkup', 'removeTitle', 'repairMojibake',
  'repairMojibakeText', 'resolveBody', 'resolveDate', 'resolveOptions', 'rfa', 'secretchina', 'soundofhope', 'splitCaption', 'stripSiteName',
  'toBlocks', 'toHtml', 'toMarkdown', 'toText', 'unwrapLinks',
];

describe('public exports', () => {
  it('are exactly the pinned list', () => {
    expect(Object.keys(qingxi).sort()).toEqual([...EXPORTS].sort());
  });

  it('of qingxi/metadata are exactly the pinned list, each also exported by qingxi', () => {
    expect(Object.keys(metadata).sort()).toEqual([...METADATA_EXPORTS].sort());
    for (const name of METADATA_EXPORTS) expect(EXPORTS, name).toContain(name);
  });

  it.skipIf(!HAS_BUILD)('are the same in the built ESM and CommonJS files', async () => {
    const require = createRequire(import.meta.url);
    for (const [entry, list] of [['index', EXPORTS], ['metadata', METADATA_EXPORTS]] as const) {
      const esm = (await import(new URL(`${entry}.js`, DIST).href)) as Record<string, unknown>;
      const cjs = require(new URL(`${entry}.cjs`, DIST).pathname) as Record<string, unknown>;
      expect(Object.keys(esm).sort(), `${entry}.js`).toEqual([...list].sort());
      expect(Object.keys(cjs).sort(), `${entry}.cjs`).toEqual([...list].sort());
    }
  });

  it('export every default step\'s factory by the step\'s name', () => {
    const factories = qingxi as unknown as Record<string, unknown>;
    for (const step of qingxi.DEFAULT_STEPS) expect(typeof factories[step.name], step.name).toBe('function');
  });
});
