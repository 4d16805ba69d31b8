import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { removeBoilerplate } from './remove-boilerplate.js';

describe('removeBoilerplate', () => {
  it('removes notice banners, promo lists and share anchors by markup', () => {
    const result = pipe(removeBoilerplate()).run(`
      <p class="notice"><b>大陆网友注意：本文中的链接…</b></p>
      <p>正文</p>
      <ul class="texttj"><li>🔥<a href="x">免费PC翻墙</a></li></ul>
      <a name='sharetosocial'></a>`, { explain: true });
    expect(result.blocks.map((b) => b.text)).toEqual(['正文']);
    expect(result.trace.map((t) => t.rule)).toEqual(['notice', 'promo-list', 'share']);
  });
});
