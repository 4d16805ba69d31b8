/**
 * qingxi (清洗): clean scraped Chinese-language news pages into typed articles.
 *
 * @module
 */

// One call, a configured extractor, and the result types.
export { extractArticle, extractArticleOrThrow } from './extract/extract-article.js';
export { type ArticleResult, type ExtractResult, type Extractor, type FailedResult, type PageOptions, createExtractor } from './extract/create-extractor.js';
export { type ErrorCode, QingxiError, type ResultError } from './errors.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MIN_CHARS, type Options, type ResolvedOptions, resolveOptions } from './options.js';

// The pipeline: steps, composition, the default pipeline as data.
export { type Pipeline, type RunOptions, pipe } from './pipeline/pipe.js';
export { DEFAULT_STEP_NAMES, DEFAULT_STEPS } from './pipeline/default-steps.js';
export type { BlockStep, Candidate, ConvertStep, DateCandidate, DraftBlock, Found, PageFamily, PipelineResult, SourceStep, Step, StepContext, TreeStep, TreeVisitor } from './pipeline/types.js';
export type { VisitResult } from './dom/walk.js';

// Cleaners, each a factory returning a named step.
export { extractCredits } from './cleaners/extract-credits.js';
export { extractDateline } from './cleaners/extract-dateline.js';
export { extractHeaderMeta } from './cleaners/extract-header-meta.js';
export { extractImages } from './cleaners/extract-images.js';
export { extractMedia } from './cleaners/extract-media.js';
export { extractOriginalUrl } from './cleaners/extract-original-url.js';
export { extractPageMeta, stripSiteName } from './cleaners/extract-page-meta.js';
export { normalizeContentsList } from './cleaners/normalize-contents-list.js';
export { normalizeWhitespace } from './cleaners/normalize-whitespace.js';
export { type RemoveAdsOptions, removeAds } from './cleaners/remove-ads.js';
export { removeAuthorNote } from './cleaners/remove-author-note.js';
export { extractSourceNote } from './cleaners/extract-source-note.js';
export { extractTitleWriter } from './cleaners/extract-title-writer.js';
export { type RemoveBoilerplateTextOptions, matchesPhrase, removeBoilerplateText } from './cleaners/remove-boilerplate-text.js';
export { type RemoveBoilerplateOptions, removeBoilerplate } from './cleaners/remove-boilerplate.js';
export { removeEmptyBlocks } from './cleaners/remove-empty-blocks.js';
export { removeEndMark } from './cleaners/remove-end-mark.js';
export { removeMarkdownFrame } from './cleaners/remove-markdown-frame.js';
export { removeMarkdownLines } from './cleaners/remove-markdown-lines.js';
export { removeNonContent } from './cleaners/remove-non-content.js';
export { type RemoveRelatedOptions, removeRelated } from './cleaners/remove-related.js';
export { removeRepeatedLead } from './cleaners/remove-repeated-lead.js';
export { removeStrayMarkup } from './cleaners/remove-stray-markup.js';
export { removeTitle } from './cleaners/remove-title.js';
export { repairMojibake } from './cleaners/repair-mojibake.js';
export { type ResolveBodyOptions, resolveBody } from './cleaners/resolve-body.js';
export { toBlocks } from './cleaners/to-blocks.js';
export { type UnwrapLinksOptions, unwrapLinks } from './cleaners/unwrap-links.js';

// Extending: rules and site profiles.
export { type Placement, type Rule, type RuleSpec, defineRule, place } from './profiles/define-rule.js';
export { type SiteProfile, type SiteSpec, defineSite } from './profiles/define-site.js';
export { BUILTIN_SITES, bannedbook, epochtimes, githubMirror, ntdtv, rfa, secretchina, soundofhope } from './sites/index.js';

// Metadata parsers.
export * from './metadata/index.js';

// Tables.
export { AD_SLOTS } from './rules/ads.js';
export { BOILERPLATE_SELECTORS } from './rules/chrome.js';
export { INSERTED_LINK_SELECTOR, RELATED_LISTS, TAG_HREF, TAG_LINK_SELECTOR } from './rules/links.js';
export { OUTLETS, type OutletEntry } from './rules/outlets.js';
export { BOILERPLATE_PHRASES, type PhraseRule } from './rules/phrases.js';
export { PLACES } from './rules/places.js';
export type { SelectorRule } from './rules/selector-rule.js';

// Text and input helpers.
export { collapseWhitespace } from './text/collapse-whitespace.js';
export { detectLang } from './text/detect-lang.js';
export { repairMojibakeText } from './text/repair-mojibake.js';
export { type DecodedInput, decodeInput } from './input/decode-input.js';
export { detectFamily } from './input/detect-family.js';

// Renderers.
export { type HtmlOptions, toHtml } from './render/to-html.js';
export { escapeMarkdown, toMarkdown } from './render/to-markdown.js';
export { toText } from './render/to-text.js';

// The Article's JSON Schema and a validator for Articles received as JSON.
export { ARTICLE_SCHEMA } from './schema/article-schema.js';
export { assertArticle, isArticle } from './schema/is-article.js';

// The Article and its parts.
export type { Article, Block, FieldSource, FieldTrace, Image, Issue, IssueCode, Link, Media, Outlet, Removal, SourcedField, TraceEntry } from './types.js';
