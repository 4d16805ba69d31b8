/**
 * fast-check arbitraries for hostile and ordinary news pages, shared by the
 * quick property test (test/properties.test.ts) and the long fuzz run
 * (scripts/fuzz.ts): random trees of the tags, attributes and text these pages
 * use, and mutations of real pages.
 */
import fc from 'fast-check';

const HAN = '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把機會國說這';
const PUNCTUATION = '，。、；：？！“”《》（）【】…—';

/** Text these pages hold: Han runs, punctuation, Latin words, whitespace, datelines, credits, entities. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...HAN, ...PUNCTUATION), minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('Xi Jinping', 'AFP', 'Getty Images', '2022', 'COVID-19') },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u3000', '&nbsp;', '\r\n') },
  { weight: 1, arbitrary: fc.constantFrom('【大纪元2022年12月30日讯】', '【新唐人北京时间2020年10月01日讯】', '【看中国2022年7月24日讯】', '【', '】', '【诚征荣誉会员】', '（记者王明报导）') },
  { weight: 1, arbitrary: fc.constantFrom('（责任编辑：王明）', '责任编辑：林妍', '记者 李华 责编 张三', '（图片来源：美联社）', '本文短网址：', '原文链接：https://www.epochtimes.com/gb/1.htm') },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '&#8211;', '&#038;', '&lt;p&gt;', '&amp;lt;p&amp;gt;', '&#x4e2d;', '&bogus;', '&') },
);

const ATTRIBUTES: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      'class="content"', 'class="st_tag internal_tag"', 'rel="tag"', 'href="https://www.epochtimes.com/gb/tag/中共.html"', 'href="/a"',
      'href="javascript:alert(1)"', 'src="https://i.epochtimes.com/a.jpg"', 'src="data:image/png;base64,AAAA"', 'id="div-gpt-ad-1"',
      'class="adsbygoogle"', 'style="display:none"', 'onclick="alert(1)"', '__proto__="x"', 'constructor="y"', 'title="标题"', 'alt="图"',
    ),
    { maxLength: 3 },
  )
  .map((list) => (list.length === 0 ? '' : ` ${list.join(' ')}`));

const CONTAINERS = ['p', 'div', 'span', 'a', 'ok', 'b', 'strong', 'i', 'em', 'h1', 'h2', 'h3', 'blockquote', 'ul', 'li', 'table', 'td', 'center', 'figure', 'figcaption', 'section', 'font', 'script', 'style', 'noscript', 'iframe', 'ins'];
const VOIDS = ['br', 'img', 'hr', 'input', 'source'];

/** An HTML fragment: a random tree of these tags, attributes and text. */
export const html: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...VOIDS), ATTRIBUTES).map(([tag, attrs]) => `<${tag}${attrs}>`),
    fc.tuple(fc.constantFrom(...CONTAINERS), ATTRIBUTES, tie('nodes'), fc.boolean()).map(([tag, attrs, inner, closed]) => `<${tag}${attrs}>${inner}${closed ? `</${tag}>` : ''}`),
  ),
  nodes: fc.array(tie('node'), { maxLength: 6 }).map((parts) => parts.join('')),
})).nodes;

/** A page: some generated fragments around paragraphs long enough to be an article, sometimes. */
export const page: fc.Arbitrary<string> = fc
  .tuple(html, fc.array(fc.string({ unit: fc.constantFrom(...HAN, '，', '。'), minLength: 20, maxLength: 120 }), { maxLength: 4 }), html)
  .map(([before, paragraphs, after]) => `${before}${paragraphs.map((p) => `<p>${p}</p>`).join('')}${after}`);

/** A mutation of a real page's bytes: flips, truncation, duplicated and shuffled blocks. */
export function mutated(pages: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.constantFrom(...pages), fc.array(fc.tuple(fc.constantFrom('flip', 'truncate', 'duplicate', 'shuffle'), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 })).map(([original, operations]) => {
    let bytes: Uint8Array = original.slice();
    for (const [operation, a, b] of operations) {
      if (bytes.length === 0) break;
      const i = a % bytes.length;
      const j = b % bytes.length;
      if (operation === 'flip') bytes[i] = bytes[i]! ^ (1 << (b % 8));
      else if (operation === 'truncate') bytes = bytes.subarray(0, i);
      else if (operation === 'duplicate') bytes = concat(bytes.subarray(0, j), bytes.subarray(Math.min(i, j), Math.max(i, j)), bytes.subarray(j));
      else bytes = concat(bytes.subarray(Math.max(i, j)), bytes.subarray(Math.min(i, j), Math.max(i, j)), bytes.subarray(0, Math.min(i, j)));
    }
    return bytes;
  });
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
