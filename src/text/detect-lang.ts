/**
 * Simplified or Traditional Chinese.
 */
import { SIMPLIFIED_FORMS, TRADITIONAL_FORMS } from '../rules/script-variants.js';

/** 1 for a Simplified-only character, 2 for a Traditional-only one, by UTF-16 code unit. */
const SCRIPT = new Uint8Array(0x10000);
for (let i = 0; i < SIMPLIFIED_FORMS.length; i++) SCRIPT[SIMPLIFIED_FORMS.charCodeAt(i)] = 1;
for (let i = 0; i < TRADITIONAL_FORMS.length; i++) SCRIPT[TRADITIONAL_FORMS.charCodeAt(i)] = 2;

/** The winning script needs this share of the distinctive characters. */
const MAJORITY = 0.6;
/** Fewer distinctive characters than this is too little evidence. */
const MIN_EVIDENCE = 3;
/** Enough distinctive characters to decide: counting stops here. */
const ENOUGH = 400;
/**
 * A script with this many is the answer: with at most {@link ENOUGH} counted it holds the
 * {@link MAJORITY} whatever follows, so counting stops there too (one-script pages read 0.6 of
 * the characters they did, the corpus bodies 0.76 of the time).
 */
const DECIDED = Math.ceil(MAJORITY * ENOUGH);

/**
 * Tell Simplified from Traditional Chinese by counting characters that differ
 * between the two (这/這, 国/國, 说/說 …).
 *
 * @param texts - Any text, in one or more pieces (counted in order, never joined).
 * @returns `'zh-Hans'`, `'zh-Hant'`, or `'und'` when there is too little Chinese or the scripts are mixed.
 * @example
 * detectLang('这是一个测试') // 'zh-Hans'
 */
export function detectLang(...texts: readonly string[]): 'zh-Hans' | 'zh-Hant' | 'und' {
  let simplified = 0;
  let traditional = 0;
  for (const text of texts) {
    // Counted in stretches no longer than the characters still needed, so the inner loop tests
    // neither the total nor the script (a branch per character, taken at random, cost half the time):
    // SCRIPT is 1 or 2, so `& 1` and `>> 1` add one to the right count.
    for (let i = 0; i < text.length; ) {
      const needed = Math.min(ENOUGH - simplified - traditional, DECIDED - simplified, DECIDED - traditional);
      if (needed <= 0) break;
      const end = Math.min(text.length, i + needed);
      for (; i < end; i++) {
        const script = SCRIPT[text.charCodeAt(i)]!;
        simplified += script & 1;
        traditional += script >> 1;
      }
    }
  }
  const total = simplified + traditional;
  if (total < MIN_EVIDENCE) return 'und';
  if (simplified / total >= MAJORITY) return 'zh-Hans';
  if (traditional / total >= MAJORITY) return 'zh-Hant';
  return 'und';
}
