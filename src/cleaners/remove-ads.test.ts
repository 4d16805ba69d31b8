import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { removeAds } from './remove-ads.js';

const clean = (html: string) => pipe(removeAds()).run(html, { explain: true });

describe('removeAds', () => {
  it('removes AdSense, GPT, AuctionX, Taboola and banner slots', () => {
    const result = clean(`
      <p>正文一</p>
      <div id="txt-mid1-t21-2017"><div id="SC-22xx"><ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins></div></div>
      <div><center><div id="div-gpt-ad-1589559869784-0"></div></center></div>
      <div id="archive-pix-1" class="banner-ads"><div id="27602x728x90x621x_ADSLOT1"></div></div>
      <div id="taboola-mid-1"></div>
      <div class="single_ad"></div>
      <p>正文二</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文一', '正文二']);
    expect(result.trace.map((t) => t.rule)).toEqual(['secretchina-slot', 'gpt', 'empty-center', 'banner-ads', 'taboola', 'single-ad']);
  });

  it('removes a <center> left empty, keeps one with text or an image', () => {
    const result = clean('<center><ins class="adsbygoogle"></ins></center><center>文字</center><center><img src="a.jpg"></center>');
    expect(result.trace.filter((t) => t.rule === 'empty-center')).toHaveLength(1);
    expect(result.blocks.map((b) => b.text)).toEqual(['文字']);
  });

  it('takes a custom slot table', () => {
    const result = pipe(removeAds({ slots: [{ id: 'promo', selector: '.promo', reason: 'promo' }] })).run('<p class="promo">广告</p><p>正文</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['正文']);
  });

  it('throws at factory time for an invalid selector, naming it', () => {
    expect(() => removeAds({ slots: [{ id: 'bad', selector: 'div[', reason: 'x' }] })).toThrow(/removeAds rule "bad" has an invalid CSS selector "div\["/u);
  });
});
