import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '../../test/support/encode-legacy.js';
import { decodeInput } from './decode-input.js';

const PAGE = '<html><head>META</head><body><p>中国共产党的新闻报道，记者说明了问题。</p></body></html>';
const TRAD = '<html><head>META</head><body><p>中國共產黨的新聞報導，記者說明了問題。</p></body></html>';

describe('decodeInput', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(PAGE.replace('META', ''));
    expect(decodeInput(bytes).text).toContain('中国共产党');
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).text.startsWith('<html>')).toBe(true);
  });

  it('follows <meta charset> for GBK and Big5', () => {
    const gbk = decodeInput(encodeLegacy(PAGE.replace('META', '<meta charset="gb2312">'), 'gbk'));
    expect(gbk.charset).toBe('gb18030');
    expect(gbk.text).toContain('中国共产党的新闻报道');
    const big5 = decodeInput(encodeLegacy(TRAD.replace('META', '<meta http-equiv="Content-Type" content="text/html; charset=big5">'), 'big5'));
    expect(big5.charset).toBe('big5');
    expect(big5.text).toContain('中國共產黨的新聞報導');
  });

  it('sniffs GBK and Big5 from the content when nothing is declared, and says so', () => {
    const gbk = decodeInput(encodeLegacy(PAGE.replace('META', ''), 'gbk'));
    expect(gbk.text).toContain('中国共产党的新闻报道');
    expect(gbk.issues.map((i) => i.code)).toEqual(['charset-fallback']);
    const big5 = decodeInput(encodeLegacy(TRAD.replace('META', ''), 'big5'));
    expect(big5.text).toContain('中國共產黨的新聞報導');
  });

  it('honours an explicit encoding and rejects an unknown one', () => {
    expect(decodeInput(encodeLegacy('新闻', 'gbk'), 'gbk').text).toBe('新闻');
    expect(() => decodeInput(new Uint8Array([0x41]), 'klingon')).toThrow(/unknown encoding "klingon"/u);
  });

  it('replaces invalid bytes, lone surrogates and NULs, recording each', () => {
    const bad = decodeInput(new Uint8Array([0x3c, 0x70, 0x3e, 0xe4, 0xb8, 0xad, 0xff, 0x3c]), 'utf-8');
    expect(bad.text).toBe('<p>中\ufffd<');
    expect(bad.issues.map((i) => i.code)).toEqual(['replaced-characters']);
    const surrogate = decodeInput('a\ud800b\u0000c');
    expect(surrogate.text).toBe('a\ufffdbc');
    expect(surrogate.issues).toHaveLength(2);
  });

  it('finds a lone surrogate or NUL past surrogate pairs, at the end too, and leaves pairs alone', () => {
    expect(decodeInput('😀中😀').issues).toEqual([]);
    expect(decodeInput('😀中\ud83d').text).toBe('😀中\ufffd');
    expect(decodeInput('😀\ude00😀').text).toBe('😀\ufffd😀');
    expect(decodeInput('😀'.repeat(100) + '\u0000').text).toBe('😀'.repeat(100));
    expect(decodeInput('😀'.repeat(100) + '\udc00').text).toBe('😀'.repeat(100) + '\ufffd');
  });

  it('reads UTF-16 with a BOM', () => {
    const text = '中文';
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    expect(decodeInput(bytes).text).toBe('中文');
  });
});
