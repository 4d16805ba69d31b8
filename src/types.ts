/**
 * The typed result of cleaning one page, and the pieces it is made of.
 *
 * Field names follow the product contract (`PRODUCT.md`); every field is always
 * present so a consumer never has to guess between `undefined` and `null`.
 */

/** Who published an article, or the site a page came through. */
export interface Outlet {
  /** Stable identifier, e.g. `'epochtimes'`. */
  readonly id: string;
  /** Display name as the outlet prints it, e.g. `'大纪元'`. */
  readonly name: string;
  /** Home page, e.g. `'https://www.epochtimes.com'`; `null` when the registry does not know it. */
  readonly url: string | null;
}

/** One block of the article body, in reading order. */
export interface Block {
  readonly kind: 'paragraph' | 'heading' | 'quote' | 'list';
  /** The block's text; for lists, the items joined with `'\n'`. */
  readonly text: string;
  /** List items, only on `kind: 'list'`. */
  readonly items?: readonly string[];
}

/** A lead or in-text image; ads and tracking pixels never appear here. */
export interface Image {
  readonly src: string;
  readonly alt?: string;
  readonly caption?: string;
  /** Photo credit split off the caption, e.g. `'美联社'` from `'（图：美联社）'`. */
  readonly credit?: string;
}

/** An audio or video player, or an embedded frame, removed from the body. */
export interface Media {
  readonly kind: 'audio' | 'video' | 'embed';
  readonly src: string;
  readonly title?: string;
}

/** A hyperlink unwrapped from the body or taken from a related-article list. */
export interface Link {
  readonly text: string;
  readonly href: string;
}

/** Where a metadata value was read from. */
export type FieldSource =
  | 'dateline'
  | 'credit-line'
  | 'byline'
  | 'time-element'
  | 'meta'
  | 'json-ld'
  | 'url'
  | 'text'
  | 'mirror'
  | 'profile'
  | 'fallback';

/** Fields whose origin is recorded in {@link Article.sources}. */
export type SourcedField = 'title' | 'outlet' | 'published' | 'authors' | 'editors' | 'url' | 'mirrorUrl';

/** What a step did to the page, recorded only with `{ explain: true }`. */
export interface Removal {
  readonly kind: 'removed' | 'unwrapped' | 'changed' | 'kept';
  /** Name of the step that acted, e.g. `'removeAds'`. */
  readonly step: string;
  /** The rule inside the step, e.g. `'adsbygoogle'` or `'site:epochtimes/remove'`. */
  readonly rule?: string;
  /** Why, in a few words. */
  readonly reason: string;
  /** A short excerpt of what was removed or changed (text, or a tag description). */
  readonly snippet: string;
}

/** Where one metadata field came from, recorded only with `{ explain: true }`. */
export interface FieldTrace {
  readonly kind: 'field';
  readonly field: SourcedField;
  readonly source: FieldSource;
  /** The value as returned, rendered as a string. */
  readonly value: string;
}

/** One entry of {@link Article.trace}. */
export type TraceEntry = Removal | FieldTrace;

/** The typed result: one clean article. */
export interface Article {
  title: string;
  /** Who published it; `null` when no evidence names an outlet. */
  outlet: Outlet | null;
  /** The site the page came through (bannedbook, a GitHub mirror); `null` on the outlet's own page. */
  mirror: Outlet | null;
  /** ISO 8601: `'2022-12-30'` when only the day is known, with time and offset when known. */
  published: string | null;
  /** The dateline header exactly as a reader sees it, e.g. `'【新唐人北京时间2022年07月05日讯】'`. */
  dateline: string | null;
  /** Reporters, writers and translators credited, in page order, names only. */
  authors: string[];
  /** 责任编辑 / 责编 / 审校, names only. */
  editors: string[];
  /** Main text in reading order. */
  body: Block[];
  /** The body blocks' text joined with `'\n\n'`. */
  text: string;
  images: Image[];
  media: Media[];
  /** Keywords from unwrapped tag links, first-seen order, no duplicates. */
  tags: string[];
  /** Other links unwrapped from the body. */
  links: Link[];
  /** Related-article lists removed from the body. */
  related: Link[];
  /** The original article URL. */
  url: string | null;
  /** The mirror page's own URL when the page states it. */
  mirrorUrl: string | null;
  lang: 'zh-Hans' | 'zh-Hant' | 'und';
  /** Where each metadata field that has a value came from. */
  sources: Partial<Record<SourcedField, FieldSource>>;
  /** Only with `{ explain: true }`: what each step removed or changed and why, and where each field came from. */
  trace?: TraceEntry[];
}

/** Content problems found while cleaning a page: never exceptions. */
export type IssueCode =
  | 'no-title'
  | 'no-date'
  | 'date-conflict'
  | 'invalid-date'
  | 'fallback-body'
  | 'charset-fallback'
  | 'replaced-characters'
  | 'mojibake-repaired'
  | 'caption-without-image'
  | 'flattened-nesting';

/** A content problem recorded on the result. */
export interface Issue {
  readonly code: IssueCode;
  readonly message: string;
  /** The step that noticed it, when one did. */
  readonly step?: string;
}
