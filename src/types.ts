/**
 * The typed result of cleaning one page, and the pieces it is made of.
 *
 * Field names follow the product contract (`PRODUCT.md`); every field is always
 * present so a consumer never has to guess between `undefined` and `null`.
 */

/**
 * Who published an article, or the site a page came through.
 *
 * @example
 * // A 明德网 article on bannedbook.org (the registry knows no home page for 明德网):
 * article.outlet // { id: 'mingde', name: '明德网', url: null }
 * article.mirror // { id: 'bannedbook', name: '禁闻网', url: 'https://www.bannedbook.org' }
 */
export interface Outlet {
  /** Stable identifier, e.g. `'epochtimes'`. */
  readonly id: string;
  /** Display name as the outlet prints it, e.g. `'大纪元'`. */
  readonly name: string;
  /** Home page, e.g. `'https://www.epochtimes.com'`; `null` when the registry does not know it. */
  readonly url: string | null;
}

/**
 * One block of the article body, in reading order.
 *
 * @example
 * const paragraph: Block = { kind: 'paragraph', text: '香港警方周五拘捕多人，当局称调查仍在进行中。' };
 * const heading: Block = { kind: 'heading', text: '法轮功学员做证' };
 * const list: Block = { kind: 'list', text: '独立人民法庭\n终审判决', items: ['独立人民法庭', '终审判决'] };
 */
export interface Block {
  readonly kind: 'paragraph' | 'heading' | 'quote' | 'list';
  /** The block's text; for lists, the items joined with `'\n'`. */
  readonly text: string;
  /** List items, only on `kind: 'list'`. */
  readonly items?: readonly string[];
}

/**
 * A lead or in-text image; ads and tracking pixels never appear here.
 *
 * @example
 * article.images[0]
 * // { src: 'https://i.ntdtv.com/assets/uploads/2019/06/e8d11b31610799f7ca8de6362b05ba90-800x450.png',
 * //   alt: '英独立法庭终审裁决：中共“反人类”罪成',
 * //   caption: '追查迫害法轮功国际组织代表汪志远，在纽约反迫害集会上发言。', credit: '视频截图' }
 */
export interface Image {
  readonly src: string;
  readonly alt?: string;
  readonly caption?: string;
  /** Photo credit split off the caption, e.g. `'美联社'` from `'（图：美联社）'`. */
  readonly credit?: string;
}

/**
 * An audio or video player, or an embedded frame, removed from the body.
 *
 * @example
 * // from <video src="https://media.example.com/v/123.mp4" title="现场视频"></video>
 * article.media // [{ kind: 'video', src: 'https://media.example.com/v/123.mp4', title: '现场视频' }]
 */
export interface Media {
  readonly kind: 'audio' | 'video' | 'embed';
  readonly src: string;
  readonly title?: string;
}

/**
 * A hyperlink unwrapped from the body or taken from a related-article list.
 *
 * @example
 * // from <p>据<a href="https://www.rfa.org/mandarin/a.html">自由亚洲电台</a>报道 …</p>
 * article.links // [{ text: '自由亚洲电台', href: 'https://www.rfa.org/mandarin/a.html' }]
 */
export interface Link {
  readonly text: string;
  readonly href: string;
}

/**
 * Where a metadata value was read from.
 *
 * @example
 * // 【新唐人北京时间2019年06月19日讯】 … （责任编辑：戴明）
 * article.sources // { published: 'dateline', outlet: 'dateline', editors: 'credit-line', … }
 * if (article.sources.published === 'url') console.warn('date only from the URL:', article.url);
 */
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
  | 'title'
  | 'fallback';

/**
 * Fields whose origin is recorded in {@link Article.sources}.
 *
 * @example
 * const fields: SourcedField[] = ['title', 'published', 'authors'];
 * for (const field of fields) console.log(field, article.sources[field] ?? 'not found');
 */
export type SourcedField = 'title' | 'outlet' | 'published' | 'authors' | 'editors' | 'url' | 'mirrorUrl';

/**
 * What a step did to the page, recorded only with `{ explain: true }`.
 *
 * @example
 * const article = extractArticleOrThrow(html, { explain: true });
 * article.trace?.find((entry) => entry.kind !== 'field' && entry.step === 'removeAds')
 * // { kind: 'removed', step: 'removeAds', rule: 'adsbygoogle', reason: 'Google AdSense slot',
 * //   snippet: '<ins class="adsbygoogle">' }
 */
export interface Removal {
  readonly kind: 'removed' | 'unwrapped' | 'changed' | 'kept';
  /** Name of the step that acted, e.g. `'removeAds'`. */
  readonly step: string;
  /** The rule inside the step, e.g. `'adsbygoogle'` or `'site:epochtimes/remove'`. */
  readonly rule?: string;
  /** Why, in a few words. */
  readonly reason: string;
  /** A short excerpt of what was removed or changed (text, or a tag description), at most 80 characters. */
  readonly snippet: string;
  /** All of the text removed or changed, whitespace collapsed, when it is longer than a snippet holds (not for kept or unwrapped elements, whose text stays). */
  readonly text?: string;
}

/**
 * Where one metadata field came from, recorded only with `{ explain: true }`.
 *
 * @example
 * // A 新唐人 article on a GitHub mirror:
 * extractArticleOrThrow(markdown, { explain: true }).trace?.filter((entry) => entry.kind === 'field')
 * // [{ kind: 'field', field: 'title', source: 'mirror', value: '英独立法庭终审裁决：中共“反人类”罪成' }, …,
 * //  { kind: 'field', field: 'published', source: 'dateline', value: '2019-06-19' }, …]
 */
export interface FieldTrace {
  readonly kind: 'field';
  readonly field: SourcedField;
  readonly source: FieldSource;
  /** The value as returned, rendered as a string. */
  readonly value: string;
}

/**
 * One entry of {@link Article.trace}.
 *
 * @example
 * for (const entry of article.trace ?? []) {
 *   if (entry.kind === 'field') console.log(`${entry.field} ← ${entry.source}: ${entry.value}`);
 *   else console.log(`${entry.step} ${entry.kind} ${entry.snippet} (${entry.reason})`);
 * }
 */
export type TraceEntry = Removal | FieldTrace;

/**
 * The typed result: one clean article.
 *
 * @example
 * // A 大纪元 page: 【大纪元2022年12月30日讯】（大纪元记者李言综合报导）香港警方周五拘捕多人 … （责任编辑：林清）
 * const article = extractArticleOrThrow(html);
 * // { title: '港警拘捕多人',
 * //   outlet: { id: 'epochtimes', name: '大纪元', url: 'https://www.epochtimes.com' }, mirror: null,
 * //   published: '2022-12-30', dateline: '【大纪元2022年12月30日讯】',
 * //   authors: ['李言'], editors: ['林清'],
 * //   body: [{ kind: 'paragraph', text: '香港警方周五拘捕多人，指他们涉嫌违反《国安法》，当局称调查仍在进行中。' }, …],
 * //   text: '香港警方周五拘捕多人，…', images: [], media: [], tags: [],
 * //   links: [{ text: '自由亚洲电台', href: 'https://www.rfa.org/mandarin/a.html' }], related: [],
 * //   url: 'https://www.epochtimes.com/gb/22/12/30/n13895357.htm', mirrorUrl: null, lang: 'zh-Hans',
 * //   sources: { title: 'meta', url: 'meta', published: 'dateline', outlet: 'dateline', authors: 'byline', editors: 'credit-line' } }
 */
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

/**
 * Content problems found while cleaning a page: never exceptions.
 *
 * @example
 * const result = extractArticle(html);
 * if (result.issues.some((issue) => issue.code === 'no-date')) needsReview.push(url);
 */
export type IssueCode =
  | 'no-title'
  | 'no-date'
  | 'date-conflict'
  | 'invalid-date'
  | 'fallback-body'
  | 'profile-miss'
  | 'charset-fallback'
  | 'replaced-characters'
  | 'mojibake-repaired'
  | 'caption-without-image'
  | 'flattened-nesting'
  | 'chrome-kept';

/**
 * A content problem recorded on the result.
 *
 * @example
 * extractArticle(gbkBytesWithoutCharset).issues
 * // [{ code: 'charset-fallback', message: 'no charset declared and the bytes are not UTF-8; read as gb18030' }, …]
 * const site = defineSite({ id: 'example-news', name: '示例新闻', body: 'div.missing' });
 * extractArticle(html, { sites: [site], site: 'example-news' }).issues
 * // [{ code: 'fallback-body', message: 'body selector "div.missing" matched nothing; used the generic finder', step: 'resolveBody' }]
 */
export interface Issue {
  readonly code: IssueCode;
  readonly message: string;
  /** The step that noticed it, when one did. */
  readonly step?: string;
}
