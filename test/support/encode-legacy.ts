/**
 * Encode text as GBK or Big5 bytes for tests. The platform has decoders for
 * these charsets but no encoders, so the reverse table is built by decoding
 * every two-byte code once.
 */

const tables = new Map<string, Map<string, number[]>>();

function table(charset: 'gbk' | 'big5'): Map<string, number[]> {
  let map = tables.get(charset);
  if (map !== undefined) return map;
  map = new Map();
  const decoder = new TextDecoder(charset);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  tables.set(charset, map);
  return map;
}

/**
 * Encode a string in a legacy Chinese charset.
 *
 * @param text - Text; ASCII passes through.
 * @param charset - `gbk` or `big5`.
 * @returns The bytes.
 */
export function encodeLegacy(text: string, charset: 'gbk' | 'big5'): Uint8Array {
  const map = table(charset);
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = map.get(ch);
      if (pair === undefined) throw new Error(`${ch} has no ${charset} encoding`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
