/**
 * Hostile input: XSS payloads never become markup, attribute names and JSON
 * keys never reach object prototypes, bad bytes are decoded or replaced (and
 * said so), and absurd nesting is survived — all without an exception.
 */
import { readFileSync } from 'node:fs';
import type { ChildNode } from 'domhandler';
import { isComment, isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { createExtractor, defineRule, defineSite, extractArticle, toHtml, toMarkdown } from '../src/index.js';
import { encodeLegacy } from './support/encode-legacy.js';

const PARAGRAPH = '这是一段足够长的中文正文内容，讲述事情的经过以及各方的反应和评论。';
const PAYLOADS = readFileSync(new URL('./xss/payloads.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'));

/** What toHtml may emit: these elements, these attributes, these URL schemes. */
const ELEMENTS = new Set(['article', 'h1', 'h2', 'p', 'time', 'blockquote', 'br', 'ul', 'li', 'figure', 'img', 'figcaption', 'a']);
const ATTRIBUTES = new Set(['src', 'alt', 'href', 'datetime', 'lang']);
const SAFE_URL = /^(?:https?:\/\/|data:image\/(?:png|gif|jpe?g|webp|avif);base64,)/iu;

function unsafeIn(html: string): string[] {
  const problems: string[] = [];
  const stack: ChildNode[] = [...parseDocument(html).children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isComment(node)) problems.push(`comment <!--${node.data}-->`);
    if (!isTag(node)) continue;
    if (!ELEMENTS.has(node.name)) problems.push(`element <${node.name}>`);
    for (const [name, value] of Object.entries(node.attribs)) {
      if (!ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${node.name}>`);
      if ((name === 'src' || name === 'href') && !SAFE_URL.test(value)) problems.push(`${name}="${value}"`);
    }
    stack.push(...node.children);
  }
  return problems;
}

/** Markdown that a renderer would turn into HTML or a dangerous link: an unescaped tag, link or autolink. */
const RAW_MARKDOWN = [/(?<!\\)<(?!https?:\/\/[^\s<>]*>)[a-z!?/]/iu, /(?<!\\)\]\(\s*(?:javascript|vbscript|data):/iu, /(?<!\\)<(?:javascript|vbscript|data):/iu];

describe.each(PAYLOADS.map((payload, i) => [i + 1, payload] as const))('XSS payload %i', (_n, payload) => {
  const page = `<h1>标题${payload}</h1><p>${PARAGRAPH}${PARAGRAPH}</p><p>前文${payload}后文</p><div>${payload}</div><p>${PARAGRAPH}</p>`;

  it('stays text: toHtml emits only allow-listed elements, attributes and URLs; toMarkdown no raw HTML or dangerous link', () => {
    const result = extractArticle(page, { url: 'https://www.example.com/news/1.html' });
    // A payload with an unclosed quote or raw-text element swallows the rest of the page, as a browser would: then there is no article.
    if (!result.ok) return expect(result.error.code).toBe('E_NOT_ARTICLE');
    const article = result.article;
    expect(unsafeIn(toHtml(article))).toEqual([]);
    const markdown = toMarkdown(article);
    for (const pattern of RAW_MARKDOWN) expect(markdown, String(pattern)).not.toMatch(pattern);
  });
});

describe('prototype pollution', () => {
  it('attribute names like __proto__ and constructor stay attributes of their element', () => {
    const page = `<p __proto__="x" constructor="y" prototype="z" hasOwnProperty="1">${PARAGRAPH}${PARAGRAPH}</p><img src="https://e.com/a.jpg" __proto__="polluted" alt="图">`;
    const result = extractArticle(page);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('JSON input and rule data with __proto__ keys reach no prototype: the key is refused as an unknown field', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"polluted": true}, "id": "x", "name": "X", "remove": [".ad"]}');
    expect(() => defineSite(parsed as Parameters<typeof defineSite>[0])).toThrow(/defineSite\("x"\) has an unknown field "__proto__"/u);
    const rule = JSON.parse('{"__proto__": {"polluted": true}, "id": "r", "remove": ".ad"}') as Parameters<typeof defineRule>[0];
    expect(() => defineRule(rule)).toThrow(/defineRule\("r"\) has an unknown field "__proto__"/u);
    const site = defineSite(JSON.parse('{"id": "x", "name": "X", "remove": [".ad"]}') as Parameters<typeof defineSite>[0]);
    createExtractor({ sites: [site], rules: [defineRule({ id: 'r', remove: '.ad' })] }).extract(`<p>${PARAGRAPH}${PARAGRAPH}</p>`);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('bad bytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const page = `<p>${PARAGRAPH}${PARAGRAPH}</p>`;
  const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

  it.each([
    ['invalid UTF-8 sequences', concat(utf8(page.slice(0, 20)), new Uint8Array([0xff, 0xfe, 0xc0, 0x80]), utf8(page.slice(20)))],
    ['a truncated multi-byte character at the end', utf8(page).subarray(0, utf8(page).length - 7)],
    ['NUL bytes', concat(utf8(page.slice(0, 20)), new Uint8Array([0, 0, 0]), utf8(page.slice(20)))],
    ['a UTF-8 BOM and CRLF line ends', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(`<p>${PARAGRAPH}\r\n${PARAGRAPH}</p>\r\n`))],
    ['a UTF-16LE page with its BOM', new Uint8Array(Buffer.from(`\ufeff${page}`, 'utf16le'))],
    ['random binary junk', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)],
    ['mixed encodings: a UTF-8 paragraph and a GBK one', concat(utf8(page), encodeLegacy(`<p>${PARAGRAPH}</p>`, 'gbk'))],
    ['a lone surrogate in a string', `<p>${PARAGRAPH}\ud800${PARAGRAPH}</p>`],
  ])('%s: decoded or replaced, never a throw', (_what, bytes) => {
    const result = extractArticle(bytes);
    expect(result.ok || ['E_NOT_ARTICLE', 'E_DECODE'].includes(result.error!.code)).toBe(true);
    if (result.ok) expect(result.article.text).not.toMatch(/[\0\r]/u);
  });

  it('reads GBK forced through UTF-8 as replacement characters, and says how many', () => {
    const gbk = encodeLegacy(`<p>${PARAGRAPH}${PARAGRAPH}</p>`, 'gbk');
    const result = extractArticle(gbk, { encoding: 'utf-8' });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'replaced-characters', message: expect.stringMatching(/^\d+ byte sequence\(s\) invalid in utf-8 were replaced/u) }));
    // Left to sniff, the same bytes are read as what they are.
    expect(extractArticle(gbk).article?.text).toBe(PARAGRAPH + PARAGRAPH);
  });

  it('records what it replaced', () => {
    const invalid = extractArticle(concat(utf8(page.slice(0, 20)), new Uint8Array([0xff, 0xfe]), utf8(page.slice(20))), { encoding: 'utf-8' });
    expect(invalid.issues.map((i) => i.code)).toContain('replaced-characters');
    const nul = extractArticle(page.replace('。', '。\0'));
    expect(nul.issues).toContainEqual(expect.objectContaining({ code: 'replaced-characters', message: '1 NUL character(s) were removed' }));
    const surrogate = extractArticle(page.replace('。', '\ud800。'));
    expect(surrogate.issues).toContainEqual(expect.objectContaining({ code: 'replaced-characters', message: expect.stringMatching(/lone surrogate/u) }));
  });
});

describe('absurd structure', () => {
  it.each(['div', 'ok', 'span', 'a href="/x"'])('100,000 nested <%s> elements give the article inside', (open) => {
    const name = open.split(' ')[0]!;
    const page = `<${open}>`.repeat(100_000) + `<p>${PARAGRAPH}${PARAGRAPH}</p>` + `</${name}>`.repeat(100_000);
    const result = extractArticle(page);
    expect(result.article?.text).toBe(PARAGRAPH + PARAGRAPH);
  }, 60_000);

  it('an unclosed 【 repeated a million times is text, not a hang', () => {
    const result = extractArticle(`<p>${'【'.repeat(1_000_000)}${PARAGRAPH}</p>`);
    expect(result.ok).toBe(true);
  });
});
