import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { extractCredits } from './extract-credits.js';
import { extractSourceNote } from './extract-source-note.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeBoilerplateText } from './remove-boilerplate-text.js';

const run = (html: string) => pipe(normalizeWhitespace(), extractSourceNote(), removeBoilerplateText(), extractCredits()).run(html, { explain: true });
const STORY = '<p>专业之路当然有很多条。有些杰出演奏家从小小年纪专心致志。</p>';
const STORY_TEXT = STORY.slice(3, -4);

describe('extractSourceNote', () => {
  it('moves the author a closing source note names to `authors`, before the disclaimer rule drops the note (p8/942788)', () => {
    const note = '本文整理、节录自李洞宰《下班后1小时的极速学习攻略》一书，文章仅代表作者个人立场和观点。由采实文化授权转载，欲阅读完整作品，欢迎参考原书。';
    const result = run(`${STORY}${STORY}<p><strong>${note}</strong></p>`);
    expect(result.blocks.map((b) => b.text)).toEqual([STORY_TEXT, STORY_TEXT]);
    expect(result.found.authors).toEqual([{ value: '李洞宰', source: 'credit-line' }]);
    expect(result.found.roles).toContainEqual({ name: '李洞宰', role: '原作者', kind: 'author' });
    expect(result.trace).toContainEqual(expect.objectContaining({ step: 'extractSourceNote', rule: 'source-note', kind: 'removed' }));
  });

  it('keeps the page\'s own credit first and adds the note\'s writer once (soh4/305039, the 颜纯钩 pages)', () => {
    const result = run(`${STORY}<p>(本文素材取自看中国，原作者夏闻。文章仅代表作者个人立场和观点)</p><p>（文章授权转载自香港中文大学facebook颜纯钩作者专页）</p><p>责任编辑：高义</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual([STORY_TEXT]);
    expect(result.found.authors.map((a) => a.value)).toEqual(['夏闻', '颜纯钩']);
    expect(result.found.editors.map((e) => e.value)).toEqual(['高义']);
  });

  it('drops `——作者脸书` above the credit line without crediting 脸书 (nsc993/n12231992)', () => {
    const result = run(`${STORY}<p>——作者脸书</p><p>责任编辑：高义</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual([STORY_TEXT]);
    expect(result.found.authors).toEqual([]);
    expect(result.found.editors.map((e) => e.value)).toEqual(['高义']);
  });

  it('leaves a note that names nobody to the boilerplate rules, and a note in the middle of the story alone', () => {
    const nameless = run(`${STORY}<p>（本栏目文章选自各大新闻媒体与中文网站，内容不代表希望之声的观点或立场。文章版权归属原作者，如有侵权，请联系我们删除。）</p>`);
    expect(nameless.found.authors).toEqual([]);
    expect(nameless.trace).toContainEqual(expect.objectContaining({ step: 'removeBoilerplateText', rule: 'disclaimer' }));
    const middle = `${STORY}${STORY}<p>本文摘自李洞宰《攻略》一书的观点，在学界引起讨论。</p>${STORY}${STORY}${STORY}${STORY}`;
    expect(run(middle).blocks).toHaveLength(7);
    expect(run(middle).found.authors).toEqual([]);
  });
});
