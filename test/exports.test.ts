/**
 * The public export list, pinned: adding or removing an export is a decision,
 * made here on purpose.
 */
import { describe, expect, it } from 'vitest';
import * as qingxi from '../src/index.js';

const EXPORTS = [
  'AD_SLOTS', 'ARTICLE_SCHEMA', 'BOILERPLATE_PHRASES', 'BOILERPLATE_SELECTORS', 'BUILTIN_SITES', 'DEFAULT_MAX_BYTES', 'DEFAULT_MIN_CHARS', 'INSERTED_LINK_SELECTOR',
  'DEFAULT_STEPS', 'DEFAULT_STEP_NAMES', 'OUTLETS', 'PLACES', 'QingxiError', 'RELATED_LISTS', 'TAG_HREF', 'TAG_LINK_SELECTOR',
  'ZONE_WORDS', 'assertArticle', 'bannedbook', 'collapseWhitespace', 'createExtractor', 'dateFromUrl', 'decodeInput', 'defineRule', 'defineSite',
  'detectFamily', 'detectLang', 'epochtimes', 'escapeMarkdown', 'extractArticle', 'extractArticleOrThrow', 'extractCredits',
  'extractDateline', 'extractHeaderMeta', 'extractImages', 'extractMedia', 'extractOriginalUrl', 'extractPageMeta', 'githubMirror', 'isArticle', 'isValidDate', 'matchChineseDate', 'matchesPhrase',
  'normalizeWhitespace', 'ntdtv', 'offsetAt', 'outletById', 'outletByName', 'outletByUrl', 'parseChineseDate', 'parseCredits',
  'parseDateline', 'parseNumber', 'pipe', 'place', 'removeAds', 'removeAuthorNote', 'removeBoilerplate', 'removeBoilerplateText', 'removeEmptyBlocks',
  'removeMarkdownFrame', 'removeMarkdownLines', 'removeNonContent', 'removeRelated', 'removeStrayMarkup', 'removeTitle', 'repairMojibake',
  'repairMojibakeText', 'resolveBody', 'resolveDate', 'resolveOptions', 'rfa', 'secretchina', 'soundofhope', 'splitCaption', 'stripSiteName',
  'toBlocks', 'toHtml', 'toMarkdown', 'toText', 'unwrapLinks',
];

describe('public exports', () => {
  it('are exactly the pinned list', () => {
    expect(Object.keys(qingxi).sort()).toEqual([...EXPORTS].sort());
  });

  it('export every default step\'s factory by the step\'s name', () => {
    const factories = qingxi as unknown as Record<string, unknown>;
    for (const step of qingxi.DEFAULT_STEPS) expect(typeof factories[step.name], step.name).toBe('function');
  });
});
