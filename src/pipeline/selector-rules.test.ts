import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../cleaners/remove-boilerplate.js';
import { pipe } from './pipe.js';

describe('removeMatched', () => {
  const rules = [{ id: 'tools', selector: '.tools', reason: 'page tools', maxChars: 10 }];

  it('removes a match within its rule\'s maxChars', () => {
    expect(pipe(removeBoilerplate({ selectors: rules })).run('<div class="tools">列印 字級</div><p>正文</p>').blocks.map((b) => b.text)).toEqual(['正文']);
  });

  it('keeps and descends into a match holding more text than maxChars', () => {
    const html = '<div class="tools"><p>這是一段超過十個字的正文內容。</p><div class="tools">A+</div></div>';
    expect(pipe(removeBoilerplate({ selectors: rules })).run(html).blocks.map((b) => b.text)).toEqual(['這是一段超過十個字的正文內容。']);
  });

  it('removes any match of a rule without maxChars, however long', () => {
    const html = '<div id="comments"><p>這是一段很長很長很長很長的讀者評論內容。</p></div><p>正文</p>';
    expect(pipe(removeBoilerplate()).run(html).blocks.map((b) => b.text)).toEqual(['正文']);
  });
});
