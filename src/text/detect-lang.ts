/**
 * Simplified or Traditional Chinese.
 */
import { SIMPLIFIED_FORMS, TRADITIONAL_FORMS } from '../rules/script-variants.js';

const SIMPLIFIED = new Set(Array.from(SIMPLIFIED_FORMS));
const TRADITIONAL = new Set(Array.from(TRADITIONAL_FORMS));
/** The winning script needs this share of the distinctive characters. */
const MAJORITY = 0.7;
/** Fewer distinctive characters than this is too little evidence. */
const MIN_EVIDENCE = 3;

/**
 * Tell Simplified from Traditional Chinese by counting characters that differ
 * between the two (这/這, 国/國, 说/說 …).
 *
 * @param text - Any text.
 * @returns `'zh-Hans'`, `'zh-Hant'`, or `'und'` when there is too little Chinese or the scripts are mixed.
 * @example
 * detectLang('这是一个测试') // 'zh-Hans'
 */
export function detectLang(text: string): 'zh-Hans' | 'zh-Hant' | 'und' {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED.has(ch)) simplified++;
    else if (TRADITIONAL.has(ch)) traditional++;
  }
  const total = simplified + traditional;
  if (total < MIN_EVIDENCE) return 'und';
  if (simplified / total >= MAJORITY) return 'zh-Hans';
  if (traditional / total >= MAJORITY) return 'zh-Hant';
  return 'und';
}
