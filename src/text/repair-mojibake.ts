/**
 * UTF-8 text that was decoded as Latin-1 or Windows-1252 somewhere upstream.
 */

/** Windows-1252's characters in 0x80–0x9F, back to their bytes. */
const CP1252: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/** A UTF-8 lead byte read as Latin-1, followed by a continuation byte read the same way. */
const SUSPECT = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/u;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Repair mojibake: runs of Latin-1/Windows-1252 characters that are the bytes
 * of UTF-8 text (`ä¸­å›½` → `中国`). A run is replaced only when its bytes are
 * valid UTF-8 and decode to characters beyond Latin (CJK and friends), so real
 * Latin text (`café`) is left alone.
 *
 * @param text - Any text.
 * @returns The repaired text (the same string when nothing needed repair).
 * @example
 * repairMojibakeText("ä¸­å›½") // "中国"
 */
export function repairMojibakeText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let out = '';
  let last = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const mappable = c >= 0x80 && (c <= 0xff || CP1252.has(c));
    if (mappable) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const repaired = decodeRun(text.slice(start, i));
      if (repaired !== null) {
        out += text.slice(last, start) + repaired;
        last = i;
      }
      start = -1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

function decodeRun(run: string): string | null {
  if (run.length < 2) return null;
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    bytes[i] = c <= 0xff ? c : CP1252.get(c)!;
  }
  let decoded: string;
  try {
    decoded = decoder.decode(bytes);
  } catch {
    return null;
  }
  return /[\u0800-\uffff]/u.test(decoded) ? decoded : null;
}
