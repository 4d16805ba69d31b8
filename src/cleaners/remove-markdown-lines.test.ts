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

describe('removeMarkdownLines, marks away from a line start', () => {
  // Lines are found from their marks (#, ---, ===): a mark inside a line, after a tag or a word,
  // must not make its line a Markdown line, nor hide a Markdown line later on.
  const page = [
    '<p>见<a href="#注一">注</a>，a---b，c===d</p>',
    '<p>#不是标题</p>',
    '#######',
    '#话题',
    '\t ---\r',
    ' ### 真标题 ',
    '<p>正文 ===</p>',
    '===',
    '<p>结尾。</p>',
  ].join('\n');
  const result = pipe(removeMarkdownLines(), normalizeWhitespace()).run(page, { family: 'markdown-mirror' });

  it('takes the first ### line after the marks inside lines as the title', () => {
    expect(result.found.title).toEqual({ value: '真标题', source: 'text' });
  });

  it('keeps lines whose marks do not start them, and lines the pattern refuses', () => {
    expect(result.blocks.map((b) => b.text)).toEqual(['见注，a---b，c===d', '#不是标题', '####### #话题', '正文 ===', '结尾。']);
  });
});
