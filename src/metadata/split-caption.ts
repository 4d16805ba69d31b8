/**
 * Photo credits printed at the end of captions.
 */
import { OUTLETS } from '../rules/outlets.js';

/** A caption with its photo credit split off. */
export interface CaptionParts {
  readonly caption?: string;
  readonly credit?: string;
}

const LABELLED = /^(?:图片来源|圖片來源|图片|圖片|图源|圖源|图|圖|照片|摄影|攝影|来源|來源|photo|image|credit|source)\s*[:：]\s*/iu;
const CREDIT_WORD = /(?:摄|攝|提供|截图|截圖|资料室|資料室|资料照|資料照|资料图|資料圖|制图|製圖|合成图|合成圖|合成|网络图片|網絡圖片|网络图|網絡圖|图片|圖片|图库|圖庫|视频截图|視頻截圖)$/u;
/** Latin-letter credits: a name and agency (`Brendan Smialowski/AFP`), or a known agency alone. */
const LATIN_CREDIT = /^[\d&',\-.A-Za-z\u2013\u2014\u2019]*[ /\uff0f][\d &',\-./A-Za-z\u2013\u2014\u2019\uff0f]*$/u;
const AGENCY = /\b(?:AFP|AP|EPA|Reuters|Getty|Pixabay|Shutterstock|Fotolia|iStock|Dreamstime|123RF|Depositphotos|Adobe ?Stock|Public ?Domain|Wiki(?:pedia|media)|Unsplash|Pexels|Xinhua|NTD|Epoch ?Times|CNA|Kyodo|Yonhap|Sputnik|Bloomberg)\b/iu;

const OUTLET_NAMES = new Set(OUTLETS.flatMap((o) => o.names));
/** The caption's own sentence has ended: a bracketed name after it is who supplied the photo (`…感染。（丁香园）`). */
const SENTENCE_END = /[。！？!?]$/u;
const SHORT_NAME = /^[\p{Script=Han}A-Za-z0-9·・ ]{2,12}$/u;
/** Bracketed notes that are not credits even after a sentence: where people stand, an illustration. */
const NOT_A_CREDIT = /^(?:示意图|示意圖|资料|資料|[左右中上下前后後](?:[一二三四五六七八九十起边邊侧側排]|.{0,2}$))/u;

/**
 * Split a caption into its text and the credit printed at its end:
 * `'普京与习近平（图：美联社）'` → `{ caption: '普京与习近平', credit: '美联社' }`.
 *
 * @param text - A whitespace-collapsed caption.
 * @returns The parts; either may be absent.
 */
export function splitCaption(text: string): CaptionParts {
  // A sentence's full stop may follow the credit: 沙哈(AP Photo/Manuel Balce Ceneta)。
  const stop = /[。.]$/u.test(text) && /[）)]$/u.test(text.slice(0, -1)) ? text.slice(-1) : '';
  const group = trailingGroup(stop === '' ? text : text.slice(0, -1));
  if (group === null) return text === '' ? {} : { caption: text };
  const inner = group.inner.trim();
  let credit: string | null = null;
  const labelled = LABELLED.exec(inner);
  if (labelled !== null) credit = inner.slice(labelled[0].length).trim();
  else if (OUTLET_NAMES.has(inner) || /^\p{Script=Han}{1,5}社$/u.test(inner) || CREDIT_WORD.test(inner) || (LATIN_CREDIT.test(inner) && /[A-Za-z]/u.test(inner)) || AGENCY.test(inner) || /[/／]/u.test(inner)) {
    credit = inner;
  }
  else if (SENTENCE_END.test(text.slice(0, group.start).trimEnd()) && SHORT_NAME.test(inner) && !NOT_A_CREDIT.test(inner)) credit = inner;
  if (credit === null || credit === '') return { caption: text };
  const caption = text.slice(0, group.start).trim();
  return caption === '' ? { credit } : { caption: caption + stop, credit };
}

/** The bracketed group that ends the text, `（…）` or `(…)` in any mix. */
function trailingGroup(text: string): { start: number; inner: string } | null {
  const last = text.at(-1);
  if (last !== '）' && last !== ')') return null;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') {
      depth--;
      if (depth === 0) return { start: i, inner: text.slice(i + 1, -1) };
    }
  }
  return null;
}
