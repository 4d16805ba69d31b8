/**
 * Credit lines and bylines: `（大纪元记者李言综合报导）`, `（记者郑鼓笙综合报导/责任编辑：林清）`,
 * `记者 高锋    责编 胡力汉`, `采访/陈汉 编辑/尚燕 后制/钟元`, `文/X`.
 */
import { isDeskName } from '../rules/desks.js';
import { OUTLETS } from '../rules/outlets.js';
import { PLACES } from '../rules/places.js';
import { placeAtEnd } from './place-at-end.js';
import { trimTrailing } from '../text/trim-trailing.js';
import { fileByUnit } from '../text/file-by-unit.js';
import { unitsOf } from '../text/units.js';

/**
 * What a role word makes of the names after it.
 *
 * @example
 * parseCredits('采访/陈汉 编辑/尚燕 后制/钟元').roles.map((role) => role.kind) // ['author', 'editor', 'other']
 * parseCredits('（转自大纪元）').outlets // ['大纪元']: a source word names an outlet, not a person
 */
export type CreditKind = 'author' | 'editor' | 'other' | 'source';

/**
 * A name and the role word printed before it.
 *
 * @example
 * parseCredits('（记者郑鼓笙综合报导/责任编辑：林清）').roles
 * // [{ name: '郑鼓笙', role: '记者', kind: 'author' }, { name: '林清', role: '责任编辑', kind: 'editor' }]
 */
export interface CreditRole {
  readonly name: string;
  /** The role word as printed, e.g. `'记者'`, `'责任编辑'`, `'后制'`. */
  readonly role: string;
  readonly kind: CreditKind;
}

/**
 * Credits read from a byline or credit line.
 *
 * @example
 * parseCredits('（大纪元记者李言综合报导）')
 * // { authors: ['李言'], editors: [], roles: [{ name: '李言', role: '记者', kind: 'author' }], outlets: ['大纪元'], rest: '' }
 */
export interface Credits {
  /** Reporters, writers, translators: names only, in order. */
  readonly authors: string[];
  /** 责任编辑 / 责编 / 编辑 / 审校: names only, in order. */
  readonly editors: string[];
  /** Every name with its role word, including roles that are neither (后制, 摄影). */
  readonly roles: CreditRole[];
  /** Outlet named before a role (`大纪元记者…`) or as a reprint source (`转自大纪元`). */
  readonly outlets: string[];
  /** Text that is not part of any credit (empty for a pure credit line). */
  readonly rest: string;
}

/** Role words, with what they make of the names after them. */
const ROLES: ReadonlyArray<readonly [string, CreditKind]> = [
  // 责任编辑辑: a typo seen in the wild (新唐人), read like the word it doubles.
  ['责任编辑辑', 'editor'], ['责任编辑', 'editor'], ['責任編輯', 'editor'], ['责编', 'editor'], ['責編', 'editor'], ['网编', 'editor'], ['網編', 'editor'],
  // 核稿編輯 (關鍵評論網 and other Taiwanese outlets): the copy editor who checked the piece.
  ['核稿编辑', 'editor'], ['核稿編輯', 'editor'],
  ['审校', 'editor'], ['審校', 'editor'], ['校对', 'editor'], ['校對', 'editor'],
  // A paper's desk credits under the story (上观新闻: 栏目主编：X 文字编辑：Y; 北京日报: 流程编辑).
  ['栏目主编', 'editor'], ['欄目主編', 'editor'], ['文字编辑', 'editor'], ['文字編輯', 'editor'], ['图片编辑', 'editor'], ['圖片編輯', 'editor'],
  ['视频编辑', 'editor'], ['視頻編輯', 'editor'], ['流程编辑', 'editor'], ['流程編輯', 'editor'],
  ['主编', 'editor'], ['主編', 'editor'],
  ['编辑', 'editor'], ['編輯', 'editor'],
  ['本台记者', 'author'], ['本台記者', 'author'], ['本臺記者', 'author'], ['本报记者', 'author'], ['本報記者', 'author'], ['特约记者', 'author'],
  ['特約記者', 'author'], ['实习记者', 'author'], ['實習記者', 'author'], ['见习记者', 'author'], ['見習記者', 'author'], ['记者', 'author'], ['記者', 'author'],
  // 报导：X (光华日报's top line): the work word as a label, with its separator.
  ['报导', 'author'], ['報導', 'author'],
  ['通讯员', 'author'], ['通訊員', 'author'],
  // 实习生: an intern credited in the byline beside the reporter (南方周末实习生 X) is a writer.
  ['实习生', 'author'], ['實習生', 'author'],
  ['特约评论员', 'author'], ['特約評論員', 'author'], ['评论员', 'author'], ['評論員', 'author'], ['专栏作家', 'author'], ['專欄作家', 'author'],
  // 采访编辑/刘惠 后制/金叶萱 (新唐人 prog1695/a1381843): who interviewed and wrote the piece up, a reporter.
  ['采访编辑', 'author'], ['採訪編輯', 'author'],
  ['文字整理', 'author'], ['整理', 'author'], ['作者', 'author'], ['撰文者', 'author'], ['撰文', 'author'], ['撰稿人', 'author'], ['撰稿', 'author'], ['编译', 'author'], ['編譯', 'author'],
  ['翻译', 'author'], ['翻譯', 'author'], ['译者', 'author'], ['譯者', 'author'], ['采访', 'author'], ['採訪', 'author'],
  ['文字', 'author'], ['文', 'author'],
  // A programme's host (RFA《中国透视》: 主持人：陈奎德) speaks and writes it, as 以上是…主持人X为您…的节目 says.
  ['主持人', 'author'], ['主持', 'author'],
  ['后制', 'other'], ['後製', 'other'], ['制作人', 'other'], ['製作人', 'other'], ['制作', 'other'], ['製作', 'other'],
  ['摄影', 'other'], ['攝影', 'other'], ['摄像', 'other'], ['攝像', 'other'],
  ['剪辑', 'other'], ['剪輯', 'other'], ['设计', 'other'], ['設計', 'other'], ['监制', 'other'], ['監製', 'other'], ['配音', 'other'],
  // Who picked the pictures (看中国's video pages: 采访:X / 剪辑:Y / 配图:Z).
  ['配图', 'other'], ['配圖', 'other'],
  // Whose picture or footage it is (题图来源：X 摄, 视频来源：X): a media credit, not the story's source.
  ['题图来源', 'other'], ['題圖來源', 'other'], ['视频来源', 'other'], ['視頻來源', 'other'],
  // 资料来源 (a citation of material, e.g. a book) is text, not a credit; 文章来源 names a reprint's source.
  // 出品｜凤凰网科技《浪潮》: the desk or column that produced the piece.
  ['出品', 'source'], ['文章来源', 'source'], ['文章來源', 'source'], ['消息来源', 'source'], ['消息來源', 'source'],
  ['转自', 'source'], ['轉自', 'source'], ['转载自', 'source'], ['轉載自', 'source'], ['转载', 'source'], ['轉載', 'source'], ['来源', 'source'], ['來源', 'source'],
];

/** Role words that only count with a separator after them (文/X), since they also occur inside names. */
const NEEDS_SEPARATOR = new Set(['出品', '文', '文字', '设计', '設計', '制作', '製作', '主持', '采访', '採訪', '转载', '轉載', '整理', '报导', '報導']);

const ROLE_KIND = new Map(ROLES);
const ROLE_WORDS = ROLES.map(([word]) => word).sort((a, b) => b.length - a.length).join('|');
export const ROLE_RE = new RegExp(ROLE_WORDS, 'gu');
/** A `；` or `。` right before a role word and its separator parts two credits: `记者：王允；编辑：申铧`, `…华盛顿报道。责编：申铧`. */
const ROLE_BREAK = new RegExp(`[；。][ \u3000]*(?=(?:${ROLE_WORDS})[ \u3000]*[:：/／|｜])`, 'gu');

/** Work words after a name: 综合报导, 采访报导, 编译报导, 即時報導, 报道, 整理, 翻译 (青荷翻译) … */
const WORKS = ['报导', '报道', '報導', '報道', '编译', '編譯', '翻译', '翻譯', '整理', '评论', '評論', '专访', '專訪', '撰文', '撰写', '撰寫', '撰稿', '摄', '攝', '综合', '綜合'];
const ACTION_WORDS = `(?:综合|綜合|采访|採訪|编译|編譯|专题|專題|联合|聯合|特别|特別|即时|即時)?(?:${WORKS.join('|')})`;
/** The units a work word ends with: only a text ending in one can end in an action (most names do not). */
const WORK_ENDS: ReadonlySet<number> = new Set(WORKS.map((word) => word.charCodeAt(word.length - 1)));
export const ACTION = new RegExp(`${ACTION_WORDS}$`, 'u');
export const ACTION_ONLY = new RegExp(`^${ACTION_WORDS}$`, 'u');
/** A work word after a name that names that person's role (one of {@link WORKS}). */
const WORK_ROLE = /(编译|編譯|翻译|翻譯|撰文|整理)$/u;
/** A role word directly after these is part of an action (综合编译), not a new role. */
const ACTION_LEAD = /(?:综合|綜合|采访|採訪|联合|聯合)$/u;
const ACTION_LEAD_ENDS = unitsOf('合访訪');
const LIST_SPLIT = /[、，,/／丶;；|｜]+/u;
const SPACES = /[ \u3000]+/u;
/** Sentence punctuation: a text holding it is prose that mentions a reporter, not a credit line. */
const PROSE = /[，。？！“”；]/u;
/** A line that opens with a role word and its separator (文｜X，Y; 作者：X，Y) lists names, and may do so with `，`. */
const LABELLED = /^(?:文|文字|撰文|作者|记者|記者)\s?[:：/／|｜]/u;
const LABELLED_UNITS = unitsOf('文撰作记記');
const PROSE_IN_LIST = /[。？！“”；]/u;
/** A describing note after a name, its closing bracket already taken: 林承翰（資深媒體人. */
const NAME_NOTE = /[（(][^（()）]{1,16}$/u;
/** A staff code glued to a name by CMSs (王萍_NF5619), or printed after it (和讯: 王治强 HF013). */
const STAFF_CODE = /(?:_[A-Za-z]{1,4}|[ \u3000][A-Z]{1,4})\d{2,6}$/u;
/** A staff code printed in place of the name (北京日报: 流程编辑：U072): a credit, with no name to read. */
const STAFF_CODE_ONLY = /^[A-Z]{1,4}\d{2,6}$/u;
/** The outlet's web address in brackets after its name (华夏时报（www.chinatimes.net.cn）记者 X): not part of the byline. */
const SITE_ADDRESS = /[（(](?:https?:\/\/)?www\.[a-z0-9.-]{3,60}[）)]/giu;
/** Slashes of other code points that a byline's `／` may be decoded as (Big5's A241 is U+2215 by the WHATWG table). */
const OTHER_SLASHES = /[\u2215\u2044]/gu;
/** Work words that follow the place of reporting, not a name: 德阳报道. */
const PLACE_ACTION = /(?:报道|报导|報導|報道)$/u;
/** …and stands apart from the name before it by a space, not a list mark (刘思远、唐风报导 is two names). */
const SPACED_LAST = /\p{Script=Han}[ \u3000]+$/u;
/** An unknown name before a role word that still reads as a medium: 博谈网记者, 某某日报记者, or a news app's brand (南方+记者). */
const MEDIUM = /^(?!本台$|本报$|本報$)[\p{Script=Han}A-Za-z\d]{1,10}(?:[网網台社报報]|电台|電台|时报|時報|日报|日報|新闻|新聞|周刊|週刊|周末|週末|杂志|雜誌|媒体|媒體|视频|視頻|客户端|客戶端)$|^\p{Script=Han}{2,6}\+$/u;
/** A role printed as a bracketed label before the name (南方+: `【记者】林晓婷`, `【摄影】陈泽文`). */
const BRACKETED_ROLE = /^【([^】]{1,4})】\s*/u;
/** A dash or a bullet before the credits (`——记者X`, `● 记者X`). */
const LEADING_MARK = /^(?:[—─―\-–]+|[●○■□◆◇▲△★☆▶►•])\s*/u;
const LEADING_MARK_UNITS = unitsOf('—─―-–●○■□◆◇▲△★☆▶►•');
/** Before the first role only: a paper named for its reports (21世纪经济报道记者 X), an outlet's report (环球网报道 记者 X). */
const REPORT_MEDIUM = /^[\p{Script=Han}A-Za-z\d]{2,10}(?:报道|報道)$/u;
/** A bare Han name before the first role… */
const LEAD_REPORTER = /^\p{Script=Han}{2,4}$/u;
/** …of a line that ends with the place of reporting after a slash: `/ 台北報導`. */
const REPORTED_FROM = /[/／][ \u3000]?\p{Script=Han}{2,4}(?:报导|报道|報導|報道)$/u;
/** Two media joined, a paper and its desk: 大河报·豫视频记者 X. */
const MEDIA_JOIN = /[·‧・]/u;
/** Work words that make whoever did them an author, whatever the role word (制作人方伟评论). */
const AUTHORING = /(?:报导|报道|報導|報道|评论|評論|撰文|撰稿|编译|編譯)$/u;
/** A Han name, or a transliterated one in pieces joined by `·`, which runs longer (布莱恩·吉斯布雷希特). */
const HAN_NAME = /^(?:[\p{Script=Han}·‧・]{2,8}|\p{Script=Han}{1,8}(?:[·‧・]\p{Script=Han}{1,8}){1,3})$/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z.'’-]*(?: [A-Za-z][A-Za-z.'’-]*){0,4}$/u;
/** Where a piece was posted, read where a name stands (`——作者脸书`: from the author's Facebook page). */
const PLATFORM = /^(?:脸书|臉書|facebook|推特|twitter|微博|博客|部落格|网志|網誌|专页|專頁)$/iu;
const PLATFORM_UNITS = unitsOf('脸臉fF推tT微博部网網专專');
const PLACE_SET = new Set(PLACES);
/** `发自` left over once the place after it was taken off. */
const REPORTING_FROM = /(?:发自|發自)$/u;
const OUTLET_NAMES = OUTLETS.flatMap((o) => o.names).sort((a, b) => b.length - a.length);
const OUTLET_SET: ReadonlySet<string> = new Set(OUTLET_NAMES);
/** {@link OUTLET_NAMES} filed by their last code unit, each list in the table's order (longest first). */
const OUTLETS_BY_LAST = fileByUnit(OUTLET_NAMES, 'last');

/**
 * The first outlet name of {@link OUTLET_NAMES} (so the longest) that a text ends with: the same
 * answer as `OUTLET_NAMES.find(…)`, comparing only the names that end in the text's last character.
 */
function outletAtEnd(text: string): string | undefined {
  return OUTLETS_BY_LAST.get(text.charCodeAt(text.length - 1))?.find((name) => text.endsWith(name));
}
const EDITIONS = ['英文', '香港', '台湾', '臺灣', '美国', '美國', '加拿大', '澳洲', '日本', '欧洲', '歐洲', '纽约', '紐約', '温哥华', '溫哥華', '多伦多', '多倫多'];
const EDITION_WORDS = `(?:${EDITIONS.join('|')})`;
/** The units an edition's name ends with: a lead that ends in none has no edition after its outlet. */
const EDITION_ENDS: ReadonlySet<number> = new Set(EDITIONS.map((word) => word.charCodeAt(word.length - 1)));
/** Editions and bureaus printed before an outlet's name: 英文大纪元, 香港大纪元. */
const EDITION = new RegExp(`^${EDITION_WORDS}$`, 'u');
/** …or after it: 大纪元英文记者, 大纪元香港记者. */
const EDITION_AFTER = new RegExp(`${EDITION_WORDS}$`, 'u');
/**
 * A byline that credits a desk, not a person: （大纪元香港新闻中心报导）, 新唐人日本记者站采访报导,
 * and the place it reported from before the work word: 新唐人记者站丹麦哥本哈根的报道.
 */
const DESK = /^([\p{Script=Han}A-Za-z《》 ]{2,24}?(?:新闻中心|新聞中心|记者站|記者站|编辑部|編輯部|报道组|報道組|新闻组|新聞組|制作组|製作組|研究组|研究組|专题组|專題組))[ \u3000]?(?:\p{Script=Han}{2,8}?的?(?:报导|报道|報導|報道)|(?:综合|綜合|采访|採訪)?(?:报导|报道|報導|報道|编译|編譯|整理|制作|製作)?)$/u;

/**
 * Read credited names from a byline or a closing credit line.
 *
 * @param text - E.g. `'（记者郑鼓笙综合报导/责任编辑：林清）'`.
 * @returns Authors, editors and every role; `rest` holds any text that is not a credit.
 * @example
 * parseCredits('（记者郑鼓笙综合报导/责任编辑：林清）')
 * // { authors: ['郑鼓笙'], editors: ['林清'], roles: [...], outlets: [], rest: '' }
 */
export function parseCredits(text: string): Credits {
  // A sentence mark other than `，` makes any text prose, labelled or not, unless it only parts two
  // credits (below); none of the cleaning after removes one, so the answer is known before it
  // (half the texts asked are sentences).
  const marked = PROSE_IN_LIST.test(text);
  const joined = marked ? text.replace(ROLE_BREAK, ' ') : text;
  if (marked && PROSE_IN_LIST.test(joined)) return { authors: [], editors: [], roles: [], outlets: [], rest: text.trim() };
  const inner = stripParens(trimTrailing(withoutDecoration(joined.trim()), CREDIT_TAIL)).trim();
  const result: Credits = { authors: [], editors: [], roles: [], outlets: [], rest: '' };
  const prose = (opensWith(LABELLED_UNITS, inner) && LABELLED.test(inner) ? PROSE_IN_LIST : PROSE).test(inner);
  const marks = prose ? [] : findRoles(inner);
  if (marks.length === 0) {
    const medium = prose ? null : mediumByline(inner, result);
    if (medium !== null) return medium;
    const desk = prose ? null : DESK.exec(inner);
    if (desk === null) return { ...result, rest: text.trim() };
    return { ...result, roles: [{ name: desk[1]!, role: 'desk', kind: 'other' }] };
  }
  // 民報 / 記者 陳俊廷: a separator may stand between the outlet and the role.
  const lead = trimTrailing(inner.slice(0, marks[0]!.index), LEAD_TAIL).trim();
  // Most lines open with their role word (责任编辑：X): then there is nothing before it to read.
  if (lead !== '' && !readLead(lead, marks, inner, result)) return { ...result, rest: text.trim() };
  const restParts: string[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const next = marks[i + 1];
    // 每经记者｜X　　每经编辑｜Y: the short name glued to the next role word is that role's outlet.
    const glued = next === undefined ? null : gluedShortName(inner, next);
    if (glued !== null) result.outlets.push(glued);
    const end = next === undefined ? inner.length : next.index - (glued?.length ?? 0);
    const owned = inner.slice(mark.index + mark.word.length, end);
    readNames(owned, mark.word, result, restParts, next !== undefined);
  }
  return { ...result, rest: restParts.join(' ') };
}

/**
 * Read the words before the first role word into `result`: the outlet (大纪元, 民報 /), or the
 * reporter named before a crew role. `false` when they are something else, which makes the text
 * a mention of someone's role (《曼谷邮报》记者帕彭), not a byline.
 */
function readLead(lead: string, marks: readonly RoleMark[], inner: string, result: Credits): boolean {
  const brand = withoutEditionAfter(lead);
  const leadOutlet = outletAtEnd(brand) ?? (isMedium(lead) || gluedShortName(inner, marks[0]!) === lead ? lead : undefined);
  const beside = leadOutlet === undefined ? lead : brand.slice(0, brand.length - leadOutlet.length).trim();
  // Mostly nothing is left beside the outlet (大纪元记者…).
  const leftover = beside === '' ? '' : beside.replace(/^(?:本台|本报|本報)$/u, '').replace(EDITION, '');
  // TVBS: `高怡蓁 攝影 莊承翰 / 台北報導`: a bare name before a crew role (攝影, 剪輯) of a line that
  // ends with the place of reporting is the reporter's, the role word left out.
  const reporter = leadOutlet === undefined && LEAD_REPORTER.test(leftover) && ROLE_KIND.get(marks[0]!.word) === 'other' && REPORTED_FROM.test(inner) ? leftover : undefined;
  if (reporter !== undefined) {
    result.roles.push({ name: reporter, role: '记者', kind: 'author' });
    result.authors.push(reporter);
  } else if (leftover !== '' && !isReportersBase(leftover, marks, inner)) {
    return false;
  }
  if (leadOutlet !== undefined) result.outlets.push(leadOutlet);
  return true;
}

/**
 * What may stand around a line's credits, taken off: slashes of other code points made `／`, the
 * outlet's web address, a leading dash or bullet; a bracketed role label made `role：`. Each
 * pattern runs only on a line that can hold it, which most do not: a replace is a regex search
 * even when it finds nothing, and a block step meets its patterns cold, once a page.
 */
function withoutDecoration(line: string): string {
  let out = line;
  if (out.includes('\u2215') || out.includes('\u2044')) out = out.replace(OTHER_SLASHES, '／');
  // The address is matched in any case, but always holds a dot.
  if (out.includes('.')) out = out.replace(SITE_ADDRESS, '');
  if (opensWith(LEADING_MARK_UNITS, out)) out = out.replace(LEADING_MARK, '');
  if (out.startsWith('【')) out = withRoleLabel(out);
  return out;
}

/**
 * Whether the words before the first role are where its reporter is based, in a line that ends with
 * the place of reporting: `英国记者Jane Werrell伦敦报导` (新唐人 prog1530/a102663578). A place, not a name.
 */
function isReportersBase(lead: string, marks: readonly RoleMark[], inner: string): boolean {
  return PLACE_SET.has(lead) && marks.length === 1 && ROLE_KIND.get(marks[0]!.word) === 'author' && PLACE_ACTION.test(inner);
}

/** `大纪元英文` → `大纪元`: the edition after a known outlet's name is the outlet's; any other text is left whole. */
function withoutEditionAfter(lead: string): string {
  const bare = EDITION_ENDS.has(lead.charCodeAt(lead.length - 1)) ? lead.replace(EDITION_AFTER, '') : lead;
  return bare !== lead && outletAtEnd(bare) !== undefined ? bare : lead;
}

/** A short Han run before a role word, with nothing between: 每经 in 每经记者｜X. */
const GLUED_SHORT = /(?:^|\s)(\p{Script=Han}{2,4})$/u;

/** The short outlet abbreviation glued before a role word followed by a bar (每经记者｜X), or `null`. */
function gluedShortName(text: string, mark: RoleMark): string | null {
  if (!isBarAfter(text, mark.index + mark.word.length)) return null;
  const run = GLUED_SHORT.exec(text.slice(0, mark.index))?.[1];
  return run === undefined || PLACE_SET.has(run) ? null : run;
}

/**
 * Whether a bar follows a role word, spaces aside (每经记者｜X): the CMS convention of outlets that
 * abbreviate their name before the role word. Read in place, not by a pattern over a copy of the rest.
 */
function isBarAfter(text: string, at: number): boolean {
  let i = at;
  while (text[i] === ' ' || text[i] === '\u3000') i++;
  return text[i] === '|' || text[i] === '｜';
}

/**
 * `【记者】` as `记者：` when the bracket holds only a role word; anything else in brackets is left as it
 * was. Read with `exec`, not a replace with a callback, which is a call into the runtime.
 */
function withRoleLabel(line: string): string {
  const label = BRACKETED_ROLE.exec(line);
  return label !== null && ROLE_KIND.has(label[1]!) ? `${label[1]!}：${line.slice(label[0].length)}` : line;
}

/** A byline with no role word, only the medium, the names and the place of reporting: `民視新聞／A、B 屏東報導`, `英国《金融时报》 X 曼谷报道`. */
const MEDIUM_LEAD = /^([^\s/／]{2,16})(?:[ \u3000]*[/／][ \u3000]*|[ \u3000]+)/u;
/** The place of reporting that closes such a byline: `屏東報導`. */
const PLACE_AT_END = /\p{Script=Han}{2,4}(?:报道|报导|報導|報道)$/u;

function mediumByline(inner: string, result: Credits): Credits | null {
  if (!PLACE_ACTION.test(inner)) return null;
  const lead = MEDIUM_LEAD.exec(inner);
  if (lead === null) return null;
  const medium = lead[1]!;
  const bare = medium.replace(/[《》]/gu, '');
  if (!OUTLET_SET.has(bare) && !isMedium(bare)) return null;
  const names = inner.slice(lead[0].length);
  // The names and the place stand apart: `A、B 屏東報導`; a bare `X報導` is a medium's report, not a byline.
  if (!SPACED_LAST.test(names.slice(0, names.search(PLACE_AT_END)))) return null;
  const restParts: string[] = [];
  const credits: Credits = { ...result, outlets: [medium] };
  readNames(names, '记者', credits, restParts);
  if (credits.authors.length === 0 || restParts.length > 0) return null;
  // 新唐人电视 加州记者站 采访报导: the station's desk reported it, not a person.
  if (credits.authors.some(isDeskName)) return { authors: [], editors: [], roles: credits.authors.map((name) => ({ name, role: 'desk', kind: 'other' as const })), outlets: [medium], rest: '' };
  return credits;
}

/** A medium's name, or media joined by `·` (大河报·豫视频). */
function isMedium(lead: string): boolean {
  return MEDIUM.test(lead) || REPORT_MEDIUM.test(lead) || isJoinedMedia(lead);
}

/** Media joined by `·`: a paper and its site or desk (中青报·中青网, 大河报·豫视频). */
function isJoinedMedia(text: string): boolean {
  return MEDIA_JOIN.test(text) && text.split(MEDIA_JOIN).every((part) => MEDIUM.test(part) || OUTLET_SET.has(part));
}

interface RoleMark {
  readonly word: string;
  readonly index: number;
}

/** The code units that part a role word from its names: a role word is separated when one follows it. */
const SEPARATOR_UNITS = unitsOf(' \u3000:：/／|｜');
/** A role word followed by one of these names a desk (编辑部, 记者组, 记者站), not a person's role. */
const DESK_UNITS = unitsOf('部组組室站');

function findRoles(text: string): RoleMark[] {
  const marks: RoleMark[] = [];
  // The unit after each role word is read in place: no copy of the rest of the text per match,
  // which only a role word without a separator (综合编译) still needs.
  ROLE_RE.lastIndex = 0;
  for (let match = ROLE_RE.exec(text); match !== null; match = ROLE_RE.exec(text)) {
    const word = match[0];
    const index = match.index;
    const next = text.charCodeAt(index + word.length);
    const separated = SEPARATOR_UNITS.has(next);
    if (NEEDS_SEPARATOR.has(word) && !separated) continue;
    // 综合编译, 编译报导: the role word is part of the work done, not a new credit.
    if (!separated && (followsActionLead(text, index) || isAction(word + trimTrailing(text.slice(index + word.length), ACTION_TAIL)))) {
      continue;
    }
    if (DESK_UNITS.has(next)) continue;
    marks.push({ word, index });
  }
  return marks;
}

function readNames(owned: string, role: string, into: Credits, rest: string[], beforeRole = false): void {
  let body = trimTrailing(withoutSeparators(owned), NAMES_TAIL).trim();
  // Most names have neither a note in brackets nor a staff code (digits) after them: looked for only then.
  if (body.includes('（') || body.includes('(')) body = body.replace(NAME_NOTE, '');
  if (endsWithDigit(body)) body = body.replace(STAFF_CODE, '');
  let kind = ROLE_KIND.get(role) ?? 'other';
  // …unless the work word is the place of reporting's, after a slash (攝影 莊承翰 / 台北報導).
  if (kind === 'other' && AUTHORING.test(body) && !REPORTED_FROM.test(body)) kind = 'author';
  if (kind === 'source') {
    const outlet = body.replace(/^[《「“]|[》」”]$/gu, '').trim();
    const writer = WRITER_SOURCES.has(role) ? writerAtOutlet(outlet) : undefined;
    if (writer !== undefined) {
      into.roles.push({ name: writer, role, kind: 'author' });
      into.authors.push(writer);
    }
    if (outlet !== '') into.outlets.push(writer === undefined ? outlet : outlet.replace(writer, '').replace(/^[/／]|[/／]$/u, ''));
    return;
  }
  const pieces = splitNames(body);
  // 文｜财新 王梓涵: the outlet the writer works for stands between the role and the names.
  if (pieces.length > 1 && (OUTLET_SET.has(pieces[0]!) || MEDIUM.test(pieces[0]!))) {
    into.outlets.push(pieces[0]!);
    pieces.shift();
  }
  // 南方周末记者 X 南方周末实习生 Y: the outlet before the next role word is that role's, not a name.
  // 作者：中青报·中青网记者 X: so is the only piece before the next role, media joined by `·` too.
  if ((pieces.length > 1 && (OUTLET_SET.has(pieces.at(-1)!) || MEDIUM.test(pieces.at(-1)!))) || (beforeRole && pieces.length > 0 && isJoinedMedia(pieces.at(-1)!))) into.outlets.push(pieces.pop()!);
  for (const [index, piece] of pieces.entries()) {
    // 记者 刘思远 德阳报道: a last piece of its own that carries the work word is the place of reporting.
    if (index > 0 && index === pieces.length - 1 && PLACE_ACTION.test(piece) && SPACED_LAST.test(body.slice(0, body.length - piece.length))) continue;
    // 陈霆编译: the work word after a name is that person's role.
    const work = mayEndInWork(piece) ? WORK_ROLE.exec(piece)?.[1] : undefined;
    // 陳倩兒 發自香港: 发自 (reporting from) goes with the place.
    const name = withoutReportingFrom(stripPlace(stripAction(piece)));
    // 夏小华  台北报导: the place of reporting stands alone between spaces.
    if (name === '' || PLACE_SET.has(name)) continue;
    // A staff code in the name's place credits the role to nobody we can name.
    if (isAsciiUpper(name.charCodeAt(0)) && STAFF_CODE_ONLY.test(name)) {
      into.roles.push({ name, role, kind: 'other' });
      continue;
    }
    if ((!HAN_NAME.test(name) && !isLatinName(name)) || (opensWith(PLATFORM_UNITS, name) && PLATFORM.test(name))) {
      rest.push(piece);
      continue;
    }
    into.roles.push({ name, role: work ?? role, kind });
    if (kind === 'author' && !into.authors.includes(name)) into.authors.push(name);
    if (kind === 'editor' && !into.editors.includes(name)) into.editors.push(name);
  }
}

/** Source words that name the piece's own source, which may be its writer there (文章来源：古金/明慧网); `来源` alone also credits pictures. */
const WRITER_SOURCES: ReadonlySet<string> = new Set(['文章来源', '文章來源']);

/**
 * The writer of a source printed as a writer and the outlet that ran the piece, either way round:
 * `古金/明慧网`, `大纪元/林辉` (希望之声). Only a short Han name beside a known outlet: `章天亮/史海扬帆` names no known outlet.
 */
function writerAtOutlet(source: string): string | undefined {
  const parts = source.split(/[/／]/u).map((part) => part.trim());
  const at = parts.findIndex((part) => OUTLET_SET.has(part));
  const name = parts[1 - at];
  return parts.length === 2 && at >= 0 && name !== undefined && LEAD_REPORTER.test(name) && !isMedium(name) ? name : undefined;
}

/** Names are listed with 、 / and friends; spaces separate Han names but sit inside Latin ones. */
function splitNames(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(LIST_SPLIT)) {
    const trimmed = part.trim();
    const bare = stripAction(trimmed);
    if (bare !== trimmed && isLatinName(bare)) {
      out.push(trimmed);
      continue;
    }
    if (trimmed === '') continue;
    if (isLatinName(trimmed) || !(trimmed.includes(' ') || trimmed.includes('\u3000'))) out.push(trimmed);
    else out.push(...trimmed.split(SPACES).filter((p) => p !== ''));
  }
  return out;
}

function stripAction(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = (mayEndInWork(out) ? out.replace(ACTION, '') : out).trim();
    if (next === out) break;
    out = stripPlace(next);
  }
  return out;
}

/** A country, then a city the places table does not know: 周静静美国大急流城 names 周静静. */
const COUNTRY_THEN_CITY = /^(\p{Script=Han}{2,4}?)(?:美国|美國|加拿大|英国|英國|法国|法國|德国|德國|日本|韩国|韓國|澳洲|台湾|台灣|臺灣)\p{Script=Han}{2,5}$/u;

/** `郑崇生华盛顿` → `郑崇生`: a known place at the end of a name is the place of reporting. */
function stripPlace(text: string): string {
  const trimmed = text.trim();
  const place = placeAtEnd(trimmed, 2);
  if (place !== undefined) return trimmed.slice(0, trimmed.length - place.length).trim();
  // The pattern needs two characters of name, two of country and two of city.
  return (trimmed.length >= 6 ? COUNTRY_THEN_CITY.exec(trimmed)?.[1] : undefined) ?? trimmed;
}

const OPENING_PARENS: ReadonlySet<string> = new Set(['（', '(', '〔', '［', '[', '【']);
const CLOSING_PARENS: ReadonlySet<string> = new Set(['）', ')', '〕', '］', ']', '】']);

/**
 * The patterns anchored at the start that are tried only on a text opening with a unit a match can
 * begin with, and those units: a regex search, even one that fails at once, costs far more than a
 * look at one unit, and most texts asked open with none. A test keeps each set equal to what
 * `firstUnits` reads from its pattern.
 *
 * @internal
 */
export const OPENING_UNITS: ReadonlyArray<readonly [RegExp, ReadonlySet<number>]> = [
  [LABELLED, LABELLED_UNITS],
  [LEADING_MARK, LEADING_MARK_UNITS],
  [PLATFORM, PLATFORM_UNITS],
];

/** Whether a text opens with one of the units. */
function opensWith(units: ReadonlySet<number>, text: string): boolean {
  return units.has(text.charCodeAt(0));
}

/** The text without one opening bracket at its start and one closing bracket at its end, whether or not they pair. */
function stripParens(text: string): string {
  const start = OPENING_PARENS.has(text[0]!) ? 1 : 0;
  const end = text.length > start && CLOSING_PARENS.has(text.at(-1)!) ? text.length - 1 : text.length;
  return text.slice(start, end);
}

/** The separators before a role's names (`：`, `/`, spaces), taken off. */
function withoutSeparators(text: string): string {
  let start = 0;
  while (SEPARATOR_UNITS.has(text.charCodeAt(start))) start++;
  return text.slice(start);
}

/** {@link ACTION_LEAD} before a role word at `index`, looked for only when the unit before it can end one (合, 访, 訪). */
function followsActionLead(text: string, index: number): boolean {
  return ACTION_LEAD_ENDS.has(text.charCodeAt(index - 1)) && ACTION_LEAD.test(text.slice(0, index));
}

/** {@link ACTION_ONLY}, asked only of a text that ends like a work word. */
function isAction(text: string): boolean {
  return mayEndInWork(text) && ACTION_ONLY.test(text);
}

/** Whether a text may end in a work word ({@link ACTION}, {@link WORK_ROLE}): it must end in a unit one ends with. */
function mayEndInWork(text: string): boolean {
  return WORK_ENDS.has(text.charCodeAt(text.length - 1));
}

/** `陳倩兒 發自` → `陳倩兒`. */
function withoutReportingFrom(name: string): string {
  return name.endsWith('自') ? name.replace(REPORTING_FROM, '') : name;
}

/** {@link LATIN_NAME}, asked only of a text that starts with a Latin letter. */
function isLatinName(text: string): boolean {
  const first = text.charCodeAt(0);
  return (isAsciiUpper(first) || (first >= 0x61 && first <= 0x7a)) && LATIN_NAME.test(text);
}

function isAsciiUpper(unit: number): boolean {
  return unit >= 0x41 && unit <= 0x5a;
}

/** Whether a text ends in an ASCII digit, as {@link STAFF_CODE} needs. */
function endsWithDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39;
}

/** What may trail a credit line: hash marks and spaces. */
const CREDIT_TAIL = /[#＃\s]/u;
/** What may trail the words before the first role: spaces and separators. */
const LEAD_TAIL = /[\s/／|｜]/u;
/** What may trail a list of names: closing brackets, punctuation, separators. */
const NAMES_TAIL = /[)）#。.、/／|｜:：\s]/u;
/** What may trail an action word: closing brackets, hash marks, spaces. */
const ACTION_TAIL = /[)）#\s]/u;
