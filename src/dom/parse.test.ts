import type { ChildNode } from 'domhandler';
import { hasChildren } from 'domhandler';
import render from 'dom-serializer';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/extract-article.js';
import { MAX_DEPTH, mayChangeCase, parsePage } from './parse.js';
import { textOf } from './text.js';

function depthOf(root: ChildNode): number {
  let deepest = 0;
  const stack: Array<[ChildNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (hasChildren(node)) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('parsePage', () => {
  it('keeps nesting up to MAX_DEPTH as it is', () => {
    const { document, flattened } = parsePage(`${'<div>'.repeat(MAX_DEPTH)}底${'</div>'.repeat(MAX_DEPTH)}<p>后</p>`);
    expect(flattened).toBe(0);
    expect(depthOf(document.children[0]!)).toBe(MAX_DEPTH);
    expect(document.children.map((c) => textOf(c))).toEqual(['底', '后']);
  });

  it('flattens open tags past MAX_DEPTH into the element at the limit, keeping every text and what follows', () => {
    const depth = 100_000;
    const { document, flattened } = parsePage(`${'<div>'.repeat(depth)}底<b>粗</b>${'</div>'.repeat(depth)}<p>后</p>`);
    expect(flattened).toBe(depth - MAX_DEPTH + 1); // the <b> too: it would be one level deeper
    expect(depthOf(document.children[0]!)).toBe(MAX_DEPTH);
    expect(document.children.map((c) => textOf(c))).toEqual(['底粗', '后']);
  });

  it('says so on the result', () => {
    const paragraph = '这是一段足够长的中文正文内容，讲述事情的经过以及各方的反应和评论。';
    const result = extractArticle(`${'<ok>'.repeat(2000)}${paragraph}${paragraph}${'</ok>'.repeat(2000)}`);
    expect(result.article?.text).toBe(paragraph + paragraph);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'flattened-nesting' }));
  });
});

describe('tree links', () => {
  it('links every node to its parent and both siblings, first children and text merged across a comment too', () => {
    const html = '<div><p>一<b>二</b>三<!-- 注 -->四<br>五</p><p></p><ul><li>甲<li>乙</ul></div>尾';
    const { document } = parsePage(html);
    expect(render(document.children)).toBe(render(parseDocument(html, { decodeEntities: true }).children));
    const broken: string[] = [];
    const stack: ChildNode[] = [...document.children];
    for (const [i, child] of document.children.entries()) if (child.parent !== document || child.prev !== (document.children[i - 1] ?? null)) broken.push(`root child ${i}`);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!hasChildren(node)) continue;
      node.children.forEach((child, i) => {
        const prev = i > 0 ? node.children[i - 1]! : null;
        const next = i + 1 < node.children.length ? node.children[i + 1]! : null;
        if (child.parent !== node || child.prev !== prev || child.next !== next) broken.push(render(child));
        stack.push(child);
      });
    }
    expect(broken).toEqual([]);
  });
});

/** Our parse of `html` has htmlparser2's own names, markup and attributes (references decoded). */
function expectHtmlparser2Tree(html: string): void {
  const ours = parsePage(html).document;
  const theirs = parseDocument(html, { decodeEntities: true });
  expect(namesOf(ours)).toEqual(namesOf(theirs));
  expect(render(ours.children, { encodeEntities: false })).toBe(render(theirs.children, { encodeEntities: false }));
  expect(JSON.stringify(attributesOf(ours))).toBe(JSON.stringify(attributesOf(theirs)));
}

/** One test a case: each named page parses to htmlparser2's own tree. */
function itMatchesHtmlparser2(cases: Readonly<Record<string, string>>): void {
  for (const [name, html] of Object.entries(cases)) {
    it(`matches htmlparser2's own: ${name}`, () => expectHtmlparser2Tree(html));
  }
}

describe('skipping to the awaited character', () => {
  // The tokenizer finds the `<`, quote or `>` it waits for with indexOf: the tree must be htmlparser2's own.
  const cases = {
    'text runs, comments and raw text': `<p>${'长文'.repeat(500)}</p><!-- a - b -- c --><script>if (a < b && c > d) x = "</p>";</script><style>a>b{}</style>尾`,
    'quotes and a stray end tag': `<a href='x"y' title="a'b" data-x=c>链</a></div  class="z">后<p`,
    'an unterminated attribute value': '<p>前</p><a href="/never-closed',
    'an unterminated comment': '<p>前</p><!-- never closed',
    'an unterminated text run': '<div>正文没有结束',
  };
  itMatchesHtmlparser2(cases);
});

describe('tag and attribute names', () => {
  // Names are lower-cased only when they hold a capital; the tree must be htmlparser2's own.
  const cases = {
    'lower-case names': '<div class="a" data-x="1"><p>中文<image src="i.png"></p></div>',
    'capitals in tags and attributes': '<DIV Class="a" DATA-X="1"><P>中文</p><IMAGE SRC="i.png"><Br/></DIV>',
    'SVG keeps its camel case': '<svg viewBox="0 0 1 1"><clippath id="c"/><clipPath/><foreignObject><image href="x"><P>文</P></foreignObject><image href="y"/></svg><image>',
    // An end tag that spells the newest open element's name takes that name as read; any other goes through the reader.
    'end tags that spell the newest open element or not': '<div><div>一</div><b>二</B></bb><i>三</ix></i ><p>四</P ></p/>尾<SPAN>五</span><span>六</Span></div',
    'end tags past the newest, and an image end tag': '<ul><li>甲<b>乙</ul><image src="i.png"></image><img></img><table><td>丙</table><p>丁</image>',
    // Common names are taken from tables without a slice: a name only starting or ending like one is read from the page.
    'names near the known ones': '<p><pre><picture><sp><spa>一</spa><spanx><SPAN><h7><h1>二</h1><hr><Hr><hrx><imgs><img><A HREF="1" href="2" hre="3" hrefs="4" class="5" classy="6" cla="7" Id="8" ids="9" alt>三</a><b',
    'known names ending the page': '<div class="a"><span id',
    'MathML and names past ASCII': '<math><mi>x</mi><annotation-xml><svg><g/></svg></annotation-xml></math><É Ä="1">文</É><x-İ data-ß="1"></x-İ>',
  };
  itMatchesHtmlparser2(cases);

  it('mayChangeCase: ASCII capitals and anything past ASCII', () => {
    expect(['div', 'h1', 'data-x', 'x_y:z', ''].map(mayChangeCase)).toEqual([false, false, false, false, false]);
    expect(['Div', 'DIV', 'dAta', 'é', 'İ', '中'].map(mayChangeCase)).toEqual([true, true, true, true, true, true]);
  });
});

describe('character references', () => {
  // The handler decodes what htmlparser2's tokenizer would have decoded: the trees must match.
  const cases = {
    text: '<p>A&amp;B &lt;b&gt; &quot;引&quot; &#20013;&#x6587; &nbsp;&copy 2020 &notit; &amp</p>',
    'legacy reference without a semicolon at the end of the input': 'AT&T &amp',
    'unknown and broken references': '<p>&zzz; &#; &#x; &#xD800; &#0; &#x80; && &</p>',
    attributes: '<a href="/a?x=1&amp;y=2&copy=3&lang=zh" title=\'&quot;标题&quot;\' data-n=a&amp;b>链</a>',
    'raw-text elements keep references as written': '<script>if (a &amp;&amp; b) x = "&lt;";</script><style>a::after{content:"&amp;"}</style><xmp>&amp;</xmp><iframe>&amp;</iframe>',
    'escapable raw text is decoded': '<title>A &amp; B</title><textarea>&lt;p&gt;</textarea>',
    'text split by a stray <': '<p>1 < 2 &amp;&amp; 3 <> 4 &gt; 1</p>',
    'a reference that crosses nothing but text': '<div>前&amp;<b>粗&nbsp;体</b>&hellip;后</div>',
    'plaintext runs to the end': '<plaintext>&amp; <b>&lt;</b>',
    // The handler looks for the page's next `&` once and keeps it until the parse passes it.
    'a reference far after plain text and tags': `<div class="a">${'前文<b id="x">粗</b>'.repeat(50)}<i title="T&amp;C">&lt;</i></div>`,
    'a reference in a tag after one in the text before it': '<p>&amp;<a href="?a=1&amp;b=2" data-x="&lt;">x</a>y<a href="?c=3">z</a></p>',
    'a reference in the last attribute, unquoted, and in a self-closing tag': '<p><img alt=x src=a&amp;b/><br data-a="1" data-b="&gt;"/>&copy</p>',
    'references around comments and implied tags': '<!-- &amp; --></p>&amp;<p>a</br>&lt;<!-- x -->&gt;</p>',
    'an ampersand in a tag name or attribute name only': '<p a&b="1">x</p><x&y>y</x&y>',
  };
  for (const [name, html] of Object.entries(cases)) {
    it(`matches htmlparser2's own decoding: ${name}`, () => {
      const ours = parsePage(html).document;
      const theirs = parseDocument(html, { decodeEntities: true });
      expect(render(ours.children, { encodeEntities: false })).toBe(render(theirs.children, { encodeEntities: false }));
      expect(JSON.stringify(attributesOf(ours))).toBe(JSON.stringify(attributesOf(theirs)));
    });
  }

  it('decodes text and attribute values once', () => {
    const { document } = parsePage('<p title="&amp;amp;">&amp;lt;</p>');
    const p = document.children[0] as import('domhandler').Element;
    expect(p.attribs.title).toBe('&amp;');
    expect(textOf(p)).toBe('&lt;');
  });
});

function namesOf(root: import('domhandler').ParentNode): string[] {
  const out: string[] = [];
  const stack: ChildNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if ('attribs' in node) out.push(node.name, ...Object.keys(node.attribs));
    if (hasChildren(node)) stack.unshift(...node.children);
  }
  return out;
}

function attributesOf(root: import('domhandler').ParentNode): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  const stack: ChildNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if ('attribs' in node) out.push({ ...node.attribs });
    if (hasChildren(node)) stack.unshift(...node.children);
  }
  return out;
}
