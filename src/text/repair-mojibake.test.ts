import { describe, expect, it } from 'vitest';
import { repairMojibakeText } from './repair-mojibake.js';

/** Encode text as UTF-8 and read the bytes back as Windows-1252, as a broken pipeline would. */
function garble(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

describe('repairMojibakeText', () => {
  it('repairs UTF-8 read as Windows-1252', () => {
    expect(repairMojibakeText(garble('中国共产党'))).toBe('中国共产党');
  });
  it('repairs mojibake runs inside otherwise clean text', () => {
    expect(repairMojibakeText(`新闻：${garble('习近平')} said`)).toBe('新闻：习近平 said');
  });
  it('leaves real Latin-1 text alone', () => {
    expect(repairMojibakeText('café crème brûlée')).toBe('café crème brûlée');
  });
  it('leaves clean Chinese alone (same string)', () => {
    const text = '这是正常的中文。';
    expect(repairMojibakeText(text)).toBe(text);
  });
  it('leaves byte runs that are not valid UTF-8 alone', () => {
    expect(repairMojibakeText('Ã©Ã')).toBe('Ã©Ã');
  });
});
