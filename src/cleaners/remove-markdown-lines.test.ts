import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeMarkdownLines } from './remove-markdown-lines.js';

const PAGE = `### 日媒：习近平婉拒普京访俄邀请
------------------------

#### [首页](../../README.md?a103471995)  &nbsp;&nbsp;|&nbsp;&nbsp; [热点推荐](../../indexes/热点推荐.md)

<div><p>正文一。</p>
#### [ 🔥  禁书下载](https://github.com/gfw-breaker/books/blob/master/README.md)
### 另一个标题行
<p>正文二。</p></div>`;

describe('removeMarkdownLines', () => {
  const result = pipe(removeMarkdownLines(), normalizeWhitespace()).run(PAGE, { family: 'markdown-mirror' });

  it('offers the first ### line as the title', () => {
    expect(result.found.title).toEqual({ value: '日媒：习近平婉拒普京访俄邀请', source: 'text' });
  });

  it('removes heading and rule lines, also inside the article HTML', () => {
    expect(result.blocks.map((b) => b.text)).toEqual(['正文一。', '正文二。']);
  });

  it('runs on Markdown mirror pages only', () => {
    expect(pipe(removeMarkdownLines()).run('<p>### 不是标题</p>', { family: 'html-fragment' }).found.title).toBeNull();
  });
});
