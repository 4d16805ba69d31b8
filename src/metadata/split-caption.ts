/**
 * Photo credits printed at the end of captions.
 */
import { OUTLETS } from '../rules/outlets.js';
import { isSpaceUnit } from '../text/is-space.js';

/**
 * A caption with its photo credit split off.
 *
 * @example
 * splitCaption('示威者在香港街头（大纪元资料室）') // { caption: '示威者在香港街头', credit: '大纪元资料室' }
 * splitCaption('示威者在香港街头') // { caption: '示威者在香港街头' }
 */
export interface CaptionParts {
  readonly caption?: string;
  readonly credit?: string;
}

/**
 * A credit's label: 图片来源：, Photo Credit:, and 示意图片：/局部图片： before the work an illustration
 * is taken from (`〔明〕仇英画作局部`); `示意图/` opens a list of notes (`示意图/非本文图片/…`), not a name.
 * 看中国 credits every picture of a page at once under the first: `以下图片来源：Adobe stock`,
 * `以下图片来源皆为Adobestock` (no colon after 皆为), `以上图片来源：心如`, `以下照片摄影／心如`.
 */
const LABELLED = /^以[下上](?:(?:图片|圖片|照片)(?:来源|來源|摄影|攝影)?|来源|來源)(?:[皆均][为為是])?\s*[:：/／]?\s*|^(?:图片来源|圖片來源|图片|圖片|图源|圖源|图|圖|照片|摄影|攝影|来源|來源|photo\s?credit|photo|image|credit|source)\s*[:：/／\u2215]\s*|^(?:局部)?(?:示意图片?|示意圖片?)\s*[:：]\s*|^局部(?:图片|圖片)\s*[:：]\s*/iu;
/**
 * How a credit ends: a credit word (摄, 摄影, 提供, 资料图, 档案图), the public domain, Wikipedia, 知乎,
 * or somebody's site or blog (`中国外交部网站`, `亚马逊官网`, `作者博客`).
 */
const CREDIT_WORD = /(?:摄|攝|摄影|攝影|提供|截图|截圖|资料室|資料室|资料照|資料照|资料图|資料圖|档案图|檔案圖|档案照|檔案照|制图|製圖|合成图|合成圖|合成|网络图片|網絡圖片|网络图|網絡圖|图片|圖片|图库|圖庫|视频截图|視頻截圖|公有领域|公有領域|公共领域|公共領域|维基百科|維基百科|知乎网?|.(?:官网|官網|网站|網站|博客|部落格))$/u;
/** How a credit that says where the picture was taken from begins: `图片素材来自法新社`, `图取自…网页`, `翻摄自…`. */
const CREDIT_LEAD = /^(?:图片素材|圖片素材|素材|图片|圖片|图|圖)?(?:来自|來自|取自)|^(?:翻摄|翻攝|撷取|擷取)自/u;
/** Latin-letter credits: a name and agency (`Brendan Smialowski/AFP`), or a known agency alone. */
const LATIN_CREDIT = /^[\d&',\-.A-Za-z\u2013\u2014\u2019]*[ /\uff0f][\d &',\-./A-Za-z\u2013\u2014\u2019\uff0f]*$/u;
const AGENCY = /\b(?:AFP|AP|EPA|Reuters|Getty|Pixabay|Shutterstock|Fotolia|iStock|Dreamstime|123RF|Depositphotos|Adobe ?Stock|Public ?Domain|Wiki(?:pedia|media)|Unsplash|Pexels|Xinhua|NTD|Epoch ?Times|CNA|Kyodo|Yonhap|Sputnik|Bloomberg)\b/iu;

const OUTLET_NAMES = new Set(OUTLETS.flatMap((o) => o.names));
/**
 * A label that opens a caption only to say it is one (`图片：`, `图说：`, `资料图片：` a file photo,
 * `合成图片：` a composite): not caption text. `图1：` and `左图：` say which picture and stay.
 */
const CAPTION_LABEL = /^(?:图片|圖片|图说|圖說|图注|圖註|资料图片|資料圖片|资料图|資料圖|资料照片|資料照片|资料照|資料照|合成图片|合成圖片|合成图|合成圖|图|圖)\s?[:：]\s*/u;
/** A caption that is only a source label and its name (希望之声: `图片来源：微博`): all credit. */
const SOURCE_ONLY = /^(?:图片来源|圖片來源|图源|圖源|来源|來源)\s?[:：]\s?(.+)$/u;

/**
 * A news agency's short Han name (新华社, 中央社). A module constant: the build lowers
 * `\p{Script=Han}` outside a class to `new RegExp(…)`, which inside the function ran on every call.
 */
const AGENCY_SHE = /^\p{Script=Han}{1,5}社$/u;

/** The caption's own sentence is over (a closing quote may follow its stop): what comes after is about the photo. */
const SENTENCE_END = /[。！？!?][”」』]?$/u;
/** What a bare source name never holds: clause and sentence punctuation, brackets, quotes, digits (dates), a Latin full stop. */
const NOT_A_NAME = /[，、。；：！？,;:!?（）()【】《》〈〉「」『』“”"\d]|\.(?:\s|$)/u;
/** Notes about the photo rather than its source: positions (左二, 前排右三), 示意图, 局部…, 图为…, 待续. */
const PHOTO_NOTE = /^(?:[左右中上下前后排起第至间一二三四五六七八九十]+[图人]?|示意图?片?|局部.*|图[为中].*|待续|全文完)$/u;
/**
 * A credit printed bare after the caption's sentence, ending in 摄/图/供图 and maybe an agency in
 * brackets: `…。新京报记者 李木易 摄`, `…。张文杰摄（人民视觉）`, `…。 澎湃新闻记者 周可欣 图`, `…。受访者供图`.
 */
const BARE_CREDIT = /(?<=[。！？][”」』]?)\s?([^\s。！？，、；：“”「」（）()][^。！？，、；：“”「」（）()]{0,18}?(?:\s?[摄攝]|\s[图圖]|[供提][图圖])(?:[（(][^（）()]{1,12}[）)])?)$/u;
/**
 * A reporter's photo credit printed after a space, with no stop before it:
 * `…在窗口排队取餐 新民晚报记者 赵立伟 摄`.
 */
const SPACED_CREDIT = /(?<=\s)([^\s。！？，、；：“”「」（）()]{0,10}(?:记者|記者|通讯员|通訊員)[^。！？，、；：“”「」（）()]{2,14}?\s?[摄攝])$/u;
/**
 * A labelled credit printed bare at the end, after the caption's sentence or a space:
 * `…在售楼盘。图：视觉中国`, `…新建楼盘 图据视觉中国`, `…看诊。图/受访者提供`.
 */
const BARE_LABELLED = /(?<=[。！？\s])(?:(?:图据|圖據)[:：]?|(?:图片来源|圖片來源|图片|圖片|图源|圖源|图|圖)[:：/／])\s?([^\s。！？，、；：（）()]{2,16})$/u;
/** A credit after a dash at the caption's end: RFA's `…博珀女士（Ulrike Boppe）——天溢提供`. */
const DASH_CREDIT = /——\s?([^\s—。！？，、；：（）()]{1,16}?(?:提供|供[图圖]|[摄攝]|截[图圖]))$/u;
/** A news agency or registry outlet printed bare after the caption's sentence: 希望之声's `…出席。中央社`. */
const BARE_SOURCE = /(?<=[。！？][”」』]?)\s?(\p{Script=Han}{2,8})$/u;
/** The code units of a text. */
function unitsOf(text: string): ReadonlySet<number> {
  return new Set(Array.from(text, (ch) => ch.charCodeAt(0)));
}

/** What a {@link BARE_CREDIT} credit word ends with, before the agency's bracket if there is one. */
const BARE_CREDIT_WORD_ENDS = unitsOf('摄攝图圖');

/**
 * Whether a text could end with a {@link BARE_CREDIT}: a credit word, or a credit word and an
 * agency in brackets (`张文杰摄（人民视觉）`). Nine captions in ten end in a bracket, nearly all of
 * them a bracketed credit (`（美联社）`) with no credit word before it; the pattern, a lookbehind
 * tried at every position, is kept for those that have one.
 *
 * @internal
 */
export function mayEndInBareCredit(text: string, last: number): boolean {
  if (BARE_CREDIT_WORD_ENDS.has(last)) return true;
  if (last !== 0xff09 && last !== 0x29) return false;
  // The agency's brackets hold no bracket, so its opening one is the text's last.
  const open = lastOpening(text);
  return open > 0 && BARE_CREDIT_WORD_ENDS.has(text.charCodeAt(open - 1));
}

/**
 * The index of the text's last opening bracket, `（` or `(`, or -1: `Math.max` of the two
 * `lastIndexOf`, read backwards by code unit. `lastIndexOf` is a call into the runtime, not a
 * compiled search, and the bracket is nearly always a few characters from the end: two of those
 * calls were a fifth of a caption's split.
 *
 * @internal
 */
export function lastOpening(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if (isOpening(text.charCodeAt(i))) return i;
  }
  return -1;
}
/** What {@link DASH_CREDIT} can end with. */
const DASH_ENDS = unitsOf('供摄攝图圖');
/** What {@link SPACED_CREDIT} can end with. */
const SPACED_CREDIT_ENDS = unitsOf('摄攝');
/** What the name {@link BARE_LABELLED} ends with cannot be (besides whitespace). */
const LABELLED_NAME_ENDS_NOT = unitsOf('。！？，、；：（）()');
/** Longest bare name (in characters) read as a credit: 美国疾病控制预防中心CDC网站 is 16. */
const MAX_NAME = 16;

/**
 * Split a caption into its text and the credit printed at its end:
 * `'普京与习近平（图：美联社）'` → `{ caption: '普京与习近平', credit: '美联社' }`.
 *
 * @param text - A whitespace-collapsed caption.
 * @returns The parts; either may be absent.
 * @example
 * splitCaption('普京与习近平（图：美联社）') // { caption: '普京与习近平', credit: '美联社' }
 * splitCaption('巡查的护渔员。张文杰摄（人民视觉）') // { caption: '巡查的护渔员。', credit: '张文杰摄（人民视觉）' }
 * splitCaption('2022年7月5日，日本首相岸田文雄在东京发表讲话。(Kiyoshi Ota/Getty Images)')
 * // { caption: '2022年7月5日，日本首相岸田文雄在东京发表讲话。', credit: 'Kiyoshi Ota/Getty Images' }
 */
export function splitCaption(text: string): CaptionParts {
  // An image without a caption (one in thirty) is asked too: nothing to split, no pattern to try.
  if (text === '') return {};
  const source = SOURCE_ONLY.exec(text)?.[1];
  if (source !== undefined && isBareName(source)) return { credit: source };
  const label = CAPTION_LABEL.exec(text);
  return splitCredit(label === null ? text : text.slice(label[0].length));
}

/** {@link splitCaption} once the caption's label is off. */
function splitCredit(text: string): CaptionParts {
  // The three bare credits end the caption, but their patterns (a lookbehind first) are tried at
  // every position of it: each is tried only when the caption's last character could end it
  // (nine captions in ten end in a bracket, which no spaced or labelled credit does).
  const last = text.charCodeAt(text.length - 1);
  const bare = mayEndInBareCredit(text, last) ? BARE_CREDIT.exec(text) : null;
  if (bare !== null) return { caption: text.slice(0, bare.index).trimEnd(), credit: bare[1]! };
  const spaced = SPACED_CREDIT_ENDS.has(last) ? SPACED_CREDIT.exec(text) : null;
  if (spaced !== null) return { caption: text.slice(0, spaced.index).trimEnd(), credit: spaced[1]! };
  const labelledBare = LABELLED_NAME_ENDS_NOT.has(last) || isSpaceUnit(last) ? null : BARE_LABELLED.exec(text);
  if (labelledBare !== null) return { caption: text.slice(0, labelledBare.index).trimEnd(), credit: labelledBare[1]! };
  const dashed = DASH_ENDS.has(last) ? DASH_CREDIT.exec(text) : null;
  if (dashed !== null) return { caption: text.slice(0, dashed.index).trimEnd(), credit: dashed[1]! };
  const source = LABELLED_NAME_ENDS_NOT.has(last) ? null : BARE_SOURCE.exec(text);
  if (source !== null && (OUTLET_NAMES.has(source[1]!) || AGENCY_SHE.test(source[1]!))) return { caption: text.slice(0, source.index).trimEnd(), credit: source[1]! };
  // A sentence's full stop (。 or .) may follow the credit: 沙哈(AP Photo/Manuel Balce Ceneta)。
  const stop = (last === 0x3002 || last === 0x2e) && isClosing(text.charCodeAt(text.length - 2)) ? text.slice(-1) : '';
  const group = trailingGroup(stop === '' ? text : text.slice(0, -1)) ?? unclosedGroup(text);
  if (group === null) return text === '' ? {} : { caption: text };
  const inner = group.inner.trim();
  let credit: string | null = null;
  const labelled = LABELLED.exec(inner);
  // The label may be printed twice: `（图片来源：图片来源:Ulet Ifansasti/Getty Images）` (看中国 p1/947336).
  if (labelled !== null) credit = unlabelCredit(inner.slice(labelled[0].length).trim());
  else if (isSourceName(inner) || isCreditList(inner) || isNameAfterSentence(inner, text.slice(0, group.start).trimEnd())) credit = inner;
  if (credit === null || credit === '') return { caption: text };
  let caption = text.slice(0, group.start).trim();
  // A bracket doubled before the credit's own (`康熙皇帝。（（图片来源：维基百科）`) opens nothing.
  while (isOpening(caption.charCodeAt(caption.length - 1))) caption = caption.slice(0, -1).trimEnd();
  return caption === '' ? { credit } : { caption: caption + stop, credit };
}

/**
 * A bracket that ends the caption opened and never closed (`…演说。（美联社`, RFA ckd-10292019151534):
 * the credit group whose closing bracket the page dropped.
 */
function unclosedGroup(text: string): { start: number; inner: string } | null {
  const start = lastOpening(text);
  if (start < 0 || text.includes('）', start) || text.includes(')', start)) return null;
  return { start, inner: text.slice(start + 1) };
}

/**
 * A credit printed apart from its caption, with its label taken off.
 *
 * @param text - A whitespace-collapsed credit.
 * @returns The source it names.
 * @example
 * unlabelCredit('Photo: RFA') // 'RFA'
 */
export function unlabelCredit(text: string): string {
  const labelled = LABELLED.exec(text);
  const name = labelled === null ? text : text.slice(labelled[0].length).trim();
  return name === '' ? text : name;
}

// Module constants, not literals in the functions: a regex literal is a new RegExp object at each evaluation.
const LATIN_LETTER = /[A-Za-z]/u;
/** A name and its agency, `郑铭/SOH`. */
const SLASH = /[/／]/u;
const LIST_COMMA = /[，、,]\s*/u;

/** An opening bracket, `（` or `(`. */
function isOpening(c: number): boolean {
  return c === 0xff08 || c === 0x28;
}

/** A closing bracket, `）` or `)`. */
function isClosing(c: number): boolean {
  return c === 0xff09 || c === 0x29;
}

/** A bracketed text that names a source wherever it stands: a registry outlet, an agency, a credit word, a Latin byline. */
function isSourceName(inner: string): boolean {
  return OUTLET_NAMES.has(inner) || AGENCY_SHE.test(inner) || CREDIT_WORD.test(inner) || CREDIT_LEAD.test(inner) || (LATIN_CREDIT.test(inner) && LATIN_LETTER.test(inner)) || AGENCY.test(inner) || SLASH.test(inner);
}

/** A picture the person in it supplied: `受访者供图`, `家属提供` is {@link CREDIT_WORD}'s. */
const SUPPLIED = /^[^\s，。]{1,10}供[图圖]$/u;
/** A note that the picture only illustrates the story. */
const ILLUSTRATION = /^(?:示意图片?|示意圖片?|资料图片?|資料圖片?)$/u;

/**
 * Credits listed with a comma: 希望之声's `（受访者供图，希望之声）`, `（示意图，美联社）`. Every part names a
 * source, or says the picture is an illustration, and one at least names a source; a note among
 * them (`王丽推特，拍摄日期不详`) keeps the whole in the caption.
 */
function isCreditList(inner: string): boolean {
  const parts = inner.split(LIST_COMMA);
  if (parts.length < 2) return false;
  let sources = 0;
  for (const part of parts) {
    if (isSourceName(part) || SUPPLIED.test(part)) sources++;
    else if (!ILLUSTRATION.test(part)) return false;
  }
  return sources > 0;
}

/**
 * A short bare name in brackets after the caption's own sentence: `…感染。（丁香园）`.
 * Standing after a full stop it cannot gloss a word (寨卡病毒（Zika virus）) or
 * place a person (习近平（右）), so unless it is a note it names where the photo came from.
 */
function isNameAfterSentence(inner: string, before: string): boolean {
  return SENTENCE_END.test(before) && isBareName(inner);
}

/** A short text that can only be a name: no clause punctuation, brackets or digits, and not a note about the photo. */
function isBareName(text: string): boolean {
  const length = [...text].length;
  return length >= 2 && length <= MAX_NAME && !NOT_A_NAME.test(text) && !PHOTO_NOTE.test(text);
}

/** The bracketed group that ends the text, `（…）` or `(…)` in any mix. */
function trailingGroup(text: string): { start: number; inner: string } | null {
  if (!isClosing(text.charCodeAt(text.length - 1))) return null;
  let depth = 0;
  // By code unit: `text[i]` makes a one-character string of each Han character it reads.
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (isClosing(c)) depth++;
    else if (isOpening(c)) {
      depth--;
      if (depth === 0) return { start: i, inner: text.slice(i + 1, -1) };
    }
  }
  return null;
}
