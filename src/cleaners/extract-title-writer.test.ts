import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { extractCredits } from './extract-credits.js';
import { extractPageMeta } from './extract-page-meta.js';
import { extractTitleWriter } from './extract-title-writer.js';

const run = (html: string) => pipe(extractPageMeta(), extractCredits(), extractTitleWriter()).run(html, { explain: true });
const page = (title: string, story: string, tail = '') => `<html><head><title>${title}</title></head><body><p>${story}</p>${tail}</body></html>`;
/** nsc423/n9529599: the column never names its writer. */
const COLUMN = '台湾与中国大陆的关系，一直都是国际关注的焦点。唯有实力才能确保和平。';

describe('extractTitleWriter', () => {
  it('credits the columnist a headline opens with when nothing else credits anyone (大纪元, RFA 评论)', () => {
    expect(run(page('吴惠林：唯有实力才有和平', COLUMN)).found.authors).toEqual([{ value: '吴惠林', source: 'title' }]);
    // pinglun/linbaohua-11042019120303: RFA's column label before the name.
    expect(run(page('评论 | 林保华：  19届4中全会的诡谲', COLUMN)).found.authors).toEqual([{ value: '林保华', source: 'title' }]);
    expect(run(page('欧阳修：醉翁亭记', COLUMN)).found.authors.map((a) => a.value)).toEqual(['欧阳修']);
    // An ASCII colon names the writer too; a headline without a colon names nobody.
    expect(run(page('吴惠林:唯有实力才有和平', COLUMN)).found.authors.map((a) => a.value)).toEqual(['吴惠林']);
    expect(run(page('吴惠林 唯有实力才有和平', COLUMN)).found.authors).toEqual([]);
  });

  it('credits any name after RFA\'s 评论 | label, surname or not (pinglun/ws-02072020113325)', () => {
    const story = '至2月6日，由各地报道的各藏区感染新型冠状病毒肺炎的确诊病例情况，大致为：西藏自治区1例。';
    expect(run(page('评论 | 唯色：呼吁关注各藏区及甘孜州新型冠状病毒肺炎疫情！', story)).found.authors).toEqual([{ value: '唯色', source: 'title' }]);
    // Without the label a name with no common surname stays unread: it may be a label (揭秘：, 端午：).
    expect(run(page('唯色：呼吁关注各藏区疫情', story)).found.authors).toEqual([]);
    // A column's name after 专栏 | is no writer, and a medium after 评论 | is no person.
    expect(run(page('专栏 | 中国透视：2020台湾大选', story)).found.authors).toEqual([]);
    expect(run(page('评论 | 德媒：中国经济放缓', story)).found.authors).toEqual([]);
  });

  it('credits the name after RFA\'s other commentary labels (pinglun/yj-04072020180020, pinglun/ylxt-09182020113608)', () => {
    const story = '“武汉义务送药人被举报赚差价”——《新京报》的一则报导，日前引发关注。';
    expect(run(page('禁书解读 | 余杰：失明症与武汉肺炎哪个更可怕？-萨拉马戈《失明症漫记》', story)).found.authors).toEqual([{ value: '余杰', source: 'title' }]);
    expect(run(page('聚焦维吾尔 | 伊利夏提：被汉化的维吾尔人名', story)).found.authors).toEqual([{ value: '伊利夏提', source: 'title' }]);
  });

  it('does not credit a speaker the story names, a word that is no name, or over a writer the page credits', () => {
    // A quote headline: the speaker is named in the story.
    expect(run(page('蓬佩奥：中共是世界最大威胁', '美国国务卿蓬佩奥周四表示，中共是世界最大威胁。')).found.authors).toEqual([]);
    expect(run(page('王毅：中美关系要回到正轨', '中共外长王毅说，中美关系要回到正轨。')).found.authors).toEqual([]);
    // Labels and media shaped like names (corpus titles).
    for (const title of ['揭密：中南海内斗', '德媒：中国经济放缓', '组图：香港街头', '全球首次：新药上市', '党媒：改革开放', '美专家：贸易战']) {
      expect(run(page(title, COLUMN)).found.authors, title).toEqual([]);
    }
    // A credit line naming a writer wins; one naming only the editor leaves the column its writer.
    expect(run(page('吴惠林：唯有实力才有和平', COLUMN, '<p>作者：李言</p>')).found.authors.map((a) => a.value)).toEqual(['李言']);
    const edited = run(page('吴惠林：唯有实力才有和平', COLUMN, '<p>（责任编辑：林妍）</p>')).found;
    expect([edited.authors.map((a) => a.value), edited.editors.map((e) => e.value)]).toEqual([['吴惠林'], ['林妍']]);
  });

  it('credits the columnist a 看中国 column label names, not a label that is no name', () => {
    // p7/937153, p4/944583: the label is the writer's name; p7/948692's story links the series by it.
    expect(run(page('【戴东尼专栏】帝王书法——雍正', COLUMN)).found.authors).toEqual([{ value: '戴东尼', source: 'title' }]);
    expect(run(page('【李道真专栏】神传文字藏天机（五）', '接续：【李道真专栏】神传文字藏天机（四）')).found.authors.map((a) => a.value)).toEqual(['李道真']);
    // 大纪元's column labels (nsc423), and a label with no surname.
    for (const title of ['【名家专栏】公立学校的起源', '【纪元专栏】加拿大撒大钱 酿大错', '【薇羽看世间】骇人的数据库', '【独家】文件揭秘']) {
      expect(run(page(title, COLUMN)).found.authors, title).toEqual([]);
    }
  });

  it('leaves the writer to the page\'s author metadata when it has some', () => {
    const html = `<html><head><meta name="author" content="王华"><title>吴惠林：唯有实力才有和平</title></head><body><p>${COLUMN}</p></body></html>`;
    expect(run(html).found.authors).toEqual([]);
  });
});
