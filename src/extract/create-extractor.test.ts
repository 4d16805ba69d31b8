import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../cleaners/remove-boilerplate.js';
import { DEFAULT_STEPS } from '../pipeline/default-steps.js';
import { createExtractor } from './create-extractor.js';

const paragraph = (n: number) => `<p>第${n}段：经济部今日在立法院经济委员会报告指出，今年夏季全台备转容量率多数日子维持在6%以上，并未出现限电情形。</p>`;
const page = (body: string) => `<!DOCTYPE html><html><head><title>核三厂停机满半年</title></head><body><h1>核三厂停机满半年</h1>${body}</body></html>`;
/** A chrome rule that takes the article's own container, as `.fontsize` once took 新頭殼's. */
const greedy = DEFAULT_STEPS.map((step) => (step.name === 'removeBoilerplate' ? removeBoilerplate({ selectors: [{ id: 'greedy', selector: '.text_editor', reason: 'page tools' }] }) : step));

describe('createExtractor: the not-an-article safety net', () => {
  it('keeps a headline over a run of prose whose container a chrome rule took, and says so', () => {
    const result = createExtractor({ sites: [], steps: greedy }).extract(page(`<div class="text_editor">${paragraph(1)}${paragraph(2)}${paragraph(3)}</div>`));
    expect(result.ok).toBe(true);
    expect(result.article?.body).toHaveLength(3);
    expect(result.issues.map((i) => i.code)).toContain('chrome-kept');
  });

  it('still judges a page without such a run not an article', () => {
    const short = createExtractor({ sites: [], steps: greedy }).extract(page(`<div class="text_editor">${paragraph(1)}</div>`));
    expect(short.ok).toBe(false);
    // Three linked headlines are not prose.
    const links = [1, 2, 3].map((n) => `<p><a href="/n/${n}">第${n}条：经济部今日在立法院经济委员会报告指出今年夏季全台备转容量率多数日子维持在6%以上</a></p>`).join('');
    expect(createExtractor({ sites: [], steps: greedy }).extract(page(`<div class="text_editor">${links}</div>`)).ok).toBe(false);
  });
});
