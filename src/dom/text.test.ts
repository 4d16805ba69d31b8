import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse.js';
import { textOf } from './text.js';

describe('textOf', () => {
  it('reads text in document order through nested elements, skipping script-like ones', () => {
    const doc = parseHtml('<div>甲<span>乙<b>丙</b></span><script>x()</script><!-- 注 -->丁<p><i>戊</i></p></div>');
    expect(textOf(doc)).toBe('甲乙丙丁戊');
  });

  it('stops at the limit, and after a number of nodes in proportion to it', () => {
    const doc = parseHtml('<p>一二三<b>四五</b>六</p>');
    expect(textOf(doc, 4)).toBe('一二三四');
    // 64 + 1 nodes may be walked for one character: the text below 200 wrappers is not reached.
    const deep = parseHtml(`${'<span>'.repeat(200)}深${'</span>'.repeat(200)}<b>后</b>`);
    expect(textOf(deep, 1)).toBe('');
    expect(textOf(deep)).toBe('深后');
  });
});
