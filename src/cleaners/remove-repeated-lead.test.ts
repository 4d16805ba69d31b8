import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeRepeatedLead } from './remove-repeated-lead.js';

const texts = (html: string) => pipe(normalizeWhitespace(), removeRepeatedLead()).run(html).blocks.map((b) => b.text);

describe('removeRepeatedLead', () => {
  it('drops a standfirst that the next paragraph repeats word for word (第一财经 .intro)', () => {
    const lead = '三年期大额存单年利率已普遍降至2.15%至2.35%区间。';
    expect(texts(`<div>${lead}</div><p>记者调查发现，${lead}客户经理称额度紧张。</p><p>次段。</p>`)).toEqual([`记者调查发现，${lead}客户经理称额度紧张。`, '次段。']);
  });

  it('keeps a lead the story does not repeat, a short label, and a repeat far down the story', () => {
    expect(texts('<p>这是一段不被重复的导语，说的是别的事情。</p><p>正文第一段，内容完全不同的句子。</p>')).toHaveLength(2);
    expect(texts('<p>延伸閱讀</p><p>延伸閱讀的內容在這裡出現了一次。</p>')).toHaveLength(2);
    const lead = '这句话在很后面才被重复一次而已。';
    expect(texts(`<p>${lead}</p><p>第一段完全不同的句子内容。</p><p>第二段也完全不同的句子。</p><p>第三段说：${lead}</p>`)).toHaveLength(4);
  });
});
