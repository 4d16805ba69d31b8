import { describe, expect, it } from 'vitest';
import { extractPageMeta } from './extract-page-meta.js';
import { extractCredits } from './extract-credits.js';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeAuthorNote } from './remove-author-note.js';

const run = (html: string) => pipe(extractPageMeta(), normalizeWhitespace(), removeAuthorNote(), extractCredits()).run(html, { explain: true });
const STORY = '<p>越南北部北宁省的工业城市里，新厂房一座接一座地拔地而起。</p>';

describe('removeAuthorNote', () => {
  it('drops the note on a credited author above the translator\'s credit line', () => {
    const result = run(`<head><meta name="byline" content="ALEXANDRA STEVENSON, 李源"></head>${STORY}<p>Alexandra Stevenson是《纽约时报》驻香港记者，报道中国商业与经济。</p><p>翻译：李源</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['越南北部北宁省的工业城市里，新厂房一座接一座地拔地而起。']);
    expect(result.found.authors.map((a) => a.value)).toEqual(['李源']);
    expect(result.trace).toContainEqual(expect.objectContaining({ step: 'removeAuthorNote', reason: 'note about the author' }));
  });

  it('drops 作者为… notes and a foreign reporter\'s note without a byline', () => {
    const result = run(`${STORY}<p>（作者为台湾大学政治系教授）</p><p>Keith Bradsher是《纽约时报》上海分社社长。</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['越南北部北宁省的工业城市里，新厂房一座接一座地拔地而起。']);
  });

  it('keeps a closing paragraph about someone the page does not credit, and notes earlier in the story', () => {
    const story = `<p>作者是谁，至今没有定论。</p>${STORY}<p>李明是当地一家工厂的老板，他说订单仍在增加。</p>${STORY}${STORY}${STORY}`;
    expect(run(story).blocks).toHaveLength(6);
    expect(run(`${STORY}<p>李明是当地一家工厂的老板，他说订单仍在增加。</p><p>作者是谁，至今没有定论。</p>`).blocks).toHaveLength(3);
  });

  it('drops an author card under the story: the credited name alone and the reporter\'s profile (经济观察网, round 9)', () => {
    const html = `<head><meta name="author" content="程锐"></head>${STORY}${STORY}<p>程锐</p><p>经济观察报记者 关注新能源、锂电产业链及汽车后市场，新闻线索请联系：chengrui@eeo.com.cn</p>`;
    expect(run(html).blocks.map((b) => b.text)).toEqual([STORY.slice(3, -4), STORY.slice(3, -4)]);
    // A reporter named in the story's own sentence stays.
    expect(run(`${STORY}<p>记者 关注到，当地新厂房仍在增加。</p>`).blocks).toHaveLength(2);
  });

  it('drops a note opening with a credited Han name and a copula, and keeps closing lines that open with another character', () => {
    const html = `<head><meta name="author" content="程锐"></head>${STORY}<p>程锐现为本报驻京主笔。</p><p>锐意进取是本报的传统。</p>`;
    expect(run(html).blocks.map((b) => b.text)).toEqual([STORY.slice(3, -4), '锐意进取是本报的传统。']);
  });

  it('drops a 作者简介： label with its note and credits the note\'s writer when nobody is (大纪元 nsc423/n12073492)', () => {
    const note = '<p>作者简介：</p><p>布莱恩·吉斯布雷希特（Brian Giesbrecht）是名退休法官，还是前沿中心公共政策的高级研究员。</p><p>原文Fear Itself刊载于英文大纪元。</p>';
    const result = run(`${STORY}${note}`);
    expect(result.blocks.map((b) => b.text)).toEqual(['越南北部北宁省的工业城市里，新厂房一座接一座地拔地而起。', '原文Fear Itself刊载于英文大纪元。']);
    expect(result.found.authors).toEqual([{ value: 'Brian Giesbrecht', source: 'credit-line' }]);
    // A page that credits its writer already keeps that credit; the note still goes.
    const credited = run(`${STORY}${note}<p>（作者：张雨霏）</p>`);
    expect(credited.found.authors.map((a) => a.value)).toEqual(['张雨霏']);
    expect(credited.blocks).toHaveLength(2);
    // A label over something that is not a note about a named writer is left alone.
    expect(run(`${STORY}<p>作者简介：</p><p>暂无。</p>`).blocks.map((b) => b.text)).toContain('作者简介：');
  });
});
