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

describe('removeBoilerplate widget rules', () => {
  it('keeps an article container that shares a tool-bar class (新頭殼: div.fontsize holds the body)', () => {
    const para = '台電核三廠2號機於今年5月17日運轉執照到期停機，至今已滿半年，台灣正式進入「非核家園」。隨著明年夏季用電尖峰將至，南部地區供電穩定度與備轉容量率再度成為各界關注焦點。';
    const result = pipe(removeBoilerplate()).run(`
      <div class="fontsize"><a href="#">A-</a><a href="#">A+</a></div>
      <div class="fontsize text_editor"><p>${para}</p><p>${para}</p><p>${para}</p><p>${para}</p></div>`);
    expect(result.blocks.map((b) => b.text)).toEqual([para, para, para, para]);
  });
});
