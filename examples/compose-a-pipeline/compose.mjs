// Three ways to build your own cleaner from qingxi's steps.
import {
  BOILERPLATE_PHRASES,
  DEFAULT_STEPS,
  collapseWhitespace,
  createExtractor,
  normalizeWhitespace,
  pipe,
  removeAds,
  removeBoilerplateText,
  toBlocks,
  unwrapLinks,
} from 'qingxi';

/** 1. A pipeline of your own: only the steps you want, in your order. */
export const adsAndLinks = pipe(removeAds(), unwrapLinks(), toBlocks(), normalizeWhitespace());

/** 2. The default pipeline with one step replaced by name: your outlet's sign-off joins the phrase table. */
const signOff = { id: 'my-sign-off', match: '欢迎关注本台公众号', at: 'start', maxChars: 200, reason: 'channel promo' };
export const steps = DEFAULT_STEPS.map((step) =>
  step.name === 'removeBoilerplateText' ? removeBoilerplateText({ phrases: [...BOILERPLATE_PHRASES, signOff] }) : step,
);

/** 3. A step you write yourself: a block step that drops reader-comment counters. */
const removeCommentCounters = {
  name: 'removeCommentCounters',
  stage: 'blocks',
  run(blocks, ctx) {
    return blocks.filter((block) => {
      const counter = /^(?:评论|評論)\s*[（(]\d+[)）]$/u.test(collapseWhitespace(block.text));
      if (counter) ctx.dropped(block, 'comment counter');
      return !counter;
    });
  },
};
export const extractor = createExtractor({ steps: [...steps, removeCommentCounters] });
