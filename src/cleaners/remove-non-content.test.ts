import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { removeNonContent } from './remove-non-content.js';

describe('removeNonContent', () => {
  it('removes scripts, styles, comments, form controls and hidden elements', () => {
    const result = pipe(removeNonContent()).run(`
      <!-- AuctionX Display platform tag START -->
      <script>var x = "<p>不是正文</p>";</script><style>p{}</style>
      <p>正文<span id="hideid" style="color:red;display:none;">隐藏</span></p>
      <p>本文短网址:<input value="http://kzg.io/x"/></p>
      <div hidden>隐藏</div><div aria-hidden="true">隐藏</div>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文', '本文短网址:']);
  });

  it('traces a comment and a directive as written, never as an empty snippet', () => {
    const { trace } = pipe(removeNonContent()).run('<!DOCTYPE html><html><body><!--  广告\n位  --><p>正文</p></body></html>', { family: 'html-page', explain: true });
    expect(trace.map((entry) => entry.snippet)).toEqual(['<!DOCTYPE html>', '<!-- 广告 位 -->']);
  });
});
