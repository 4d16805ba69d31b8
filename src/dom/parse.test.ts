import type { ChildNode } from 'domhandler';
import { hasChildren } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/extract-article.js';
import { MAX_DEPTH, parsePage } from './parse.js';
import { textOf } from './text.js';

function depthOf(root: ChildNode): number {
  let deepest = 0;
  const stack: Array<[ChildNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (hasChildren(node)) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('parsePage', () => {
  it('keeps nesting up to MAX_DEPTH as it is', () => {
    const { document, flattened } = parsePage(`${'<div>'.repeat(MAX_DEPTH)}底${'</div>'.repeat(MAX_DEPTH)}<p>后</p>`);
    expect(flattened).toBe(0);
    expect(depthOf(document.children[0]!)).toBe(MAX_DEPTH);
    expect(document.children.map((c) => textOf(c))).toEqual(['底', '后']);
  });

  it('flattens open tags past MAX_DEPTH into the element at the limit, keeping every text and what follows', () => {
    const depth = 100_000;
    const { document, flattened } = parsePage(`${'<div>'.repeat(depth)}底<b>粗</b>${'</div>'.repeat(depth)}<p>后</p>`);
    expect(flattened).toBe(depth - MAX_DEPTH + 1); // the <b> too: it would be one level deeper
    expect(depthOf(document.children[0]!)).toBe(MAX_DEPTH);
    expect(document.children.map((c) => textOf(c))).toEqual(['底粗', '后']);
  });

  it('says so on the result', () => {
    const paragraph = '这是一段足够长的中文正文内容，讲述事情的经过以及各方的反应和评论。';
    const result = extractArticle(`${'<ok>'.repeat(2000)}${paragraph}${paragraph}${'</ok>'.repeat(2000)}`);
    expect(result.article?.text).toBe(paragraph + paragraph);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'flattened-nesting' }));
  });
});
