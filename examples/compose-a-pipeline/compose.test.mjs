import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { adsAndLinks, extractor } from './compose.mjs';

const BODY = '这是一段足够长的正文内容，讲述事情的经过以及各方的反应和评论，读者可以从中了解来龙去脉。';

test('your own pipeline: ads out, links unwrapped to their text, tags collected', () => {
  const html = `<p>坚定友俄的<a href="/tag/中共" rel="tag">中共</a>表态</p><div id="div-gpt-ad-1589559869784-0"></div><p>第二段</p>`;
  const { blocks, found } = adsAndLinks.run(html);
  assert.deepEqual(blocks.map((b) => b.text), ['坚定友俄的中共表态', '第二段']);
  assert.deepEqual(found.tags, ['中共']);
});

test('the default pipeline with a replaced step and a step of your own', () => {
  const page = `<h1>标题</h1><p>${BODY}</p><p>${BODY}</p><p>欢迎关注本台公众号，获取更多新闻。</p><p>评论（12）</p>`;
  const result = extractor.extract(page, { explain: true });
  assert.ok(result.ok);
  assert.deepEqual(result.article.body.map((b) => b.text), [BODY, BODY]);
  const reasons = result.article.trace.filter((t) => t.kind === 'removed').map((t) => `${t.step}: ${t.reason}`);
  assert.ok(reasons.includes('removeBoilerplateText: channel promo'), reasons.join('\n'));
  assert.ok(reasons.includes('removeCommentCounters: comment counter'), reasons.join('\n'));
});
