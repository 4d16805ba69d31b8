import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { extractCredits } from './extract-credits.js';
import { extractDateline } from './extract-dateline.js';
import { removeBoilerplateText } from './remove-boilerplate-text.js';
import { normalizeWhitespace } from './normalize-whitespace.js';

const run = (html: string) => pipe(normalizeWhitespace(), extractCredits()).run(html);
const names = (list: { value: string }[]) => list.map((c) => c.value);

describe('extractCredits', () => {
  it('reads and removes closing credit lines', () => {
    const result = run('<p>正文。</p><p>（记者郑鼓笙综合报导/责任编辑：林清）</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(names(result.found.authors)).toEqual(['郑鼓笙']);
    expect(names(result.found.editors)).toEqual(['林清']);
  });

  it('splits two reporters\' names printed glued when the byline credited one of them (希望之声 soh5/426082)', () => {
    const html = '<p>【希望之声2020年9月26日】（本台记者王倩采访报导）正文。</p><p>希望之声国际广播电台记者李方王倩采访报导</p>';
    expect(names(pipe(normalizeWhitespace(), extractDateline(), extractCredits()).run(html).found.authors)).toEqual(['王倩', '李方']);
    // A four-character name nobody else on the page bears stays whole.
    expect(names(run('<p>正文。</p><p>（记者欧阳建华报导）</p>').found.authors)).toEqual(['欧阳建华']);
  });

  it('reads a byline set as a subheading under the story\'s heading (希望之声 soh186/256729)', () => {
    const result = run('<h2>《共产主义黑皮书》：苏联版的户籍制</h2><h4>作者：尼古拉‧韦尔特（Nicolas Werth）</h4><p>这项新立法的基石是内部护照的推行。</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['《共产主义黑皮书》：苏联版的户籍制', '这项新立法的基石是内部护照的推行。']);
    expect(names(result.found.authors)).toEqual(['尼古拉‧韦尔特']);
    // Under a heading that is itself the byline, the next heading stays.
    const host = run('<h2>主持人：陈奎德</h2><h3>嘉宾：王五</h3><p>正文。</p>');
    expect(host.blocks.map((b) => b.text)).toEqual(['嘉宾：王五', '正文。']);
  });

  it('reads a signature closing the piece as its writer and keeps it (看中国 p6/948123)', () => {
    const result = run('<p>无──不──及！</p><p>魏紫丹 写于 2007年</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['无──不──及！', '魏紫丹 写于 2007年']);
    expect(names(result.found.authors)).toEqual(['魏紫丹']);
    // No common surname: not read as a name.
    expect(run('<p>正文。</p><p>此文写于 2007年</p>').found.authors).toEqual([]);
    // Where a signature would end, a comma or a full stop makes the line prose: it credits nobody.
    expect(run('<p>正文。</p><p>魏紫丹 写于 2007年，北京</p>').found.authors).toEqual([]);
    expect(run('<p>正文。</p><p>魏紫丹 写于 2007年。</p>').found.authors).toEqual([]);
    expect(names(run('<p>正文。</p><p>魏紫丹 写于 2007年秋</p>').found.authors)).toEqual(['魏紫丹']);
  });

  it('credits a bare name right above a credit line, and not a line with a comma or full stop there', () => {
    const named = run('<p>正文。</p><p>唐浩</p><p>（责任编辑：林清）</p>');
    expect(named.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(names(named.found.authors)).toEqual(['唐浩']);
    expect(names(run('<p>正文。</p><p>唐浩，</p><p>（责任编辑：林清）</p>').found.authors)).toEqual([]);
    expect(names(run('<p>正文。</p><p>唐浩。</p><p>（责任编辑：林清）</p>').found.authors)).toEqual([]);
  });

  it('leaves a letter\'s signature under its date in the body, not credited (看中国 prog1695/a102818505)', () => {
    const result = run('<p>顺祝安谧</p><p>民国71年8月17日</p><p>宋美龄</p><p>（转自看中国/责任编辑：张莉）</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['顺祝安谧', '民国71年8月17日', '宋美龄']);
    expect(result.found.authors).toEqual([]);
    expect(names(result.found.editors)).toEqual(['张莉']);
  });

  it('reads 新唐人电视\'s closing credit lines: reporters named, or the station alone (prog1530/a102676834, a102643560; prog202/a102951959; prog203/a102952053)', () => {
    const named = run('<p>正文。</p><p>新唐人电视记者宋碧龙、梁珍香港采访报导</p>');
    expect(named.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(names(named.found.authors)).toEqual(['宋碧龙', '梁珍']);
    for (const line of ['新唐人电视综合报导', '新唐人电视纽约报导', '新唐人亚太电视台湾台北综合报导']) {
      const station = run(`<p>正文。</p><p>${line}</p>`);
      expect(station.blocks.map((b) => b.text)).toEqual(['正文。']);
      expect(station.found.authors).toEqual([]);
    }
    expect(run('<p>正文。</p><p>新唐人电视在纽约报导了这件事。</p>').blocks).toHaveLength(2);
    // The station, then its writer and the work, each apart (prog202/a102961617).
    const writer = run('<p>正文。</p><p>新唐人亚太电视 江子扬 编译</p>');
    expect(writer.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(names(writer.found.authors)).toEqual(['江子扬']);
  });

  it('reads a video page\'s crew lines, the picture credit included, and an empty label under them goes (看中国, 新唐人)', () => {
    const crew = run('<p>正文。</p><p>采访:Nina</p><p>剪辑:Jacky</p><p>配图:Mrs.Wu</p>');
    expect(crew.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(names(crew.found.authors)).toEqual(['Nina']);
    const labelled = pipe(normalizeWhitespace(), removeBoilerplateText(), extractCredits()).run('<p>正文。</p><p>撰稿：梁东</p><p>剪辑：</p>');
    expect(labelled.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(names(labelled.found.authors)).toEqual(['梁东']);
  });

  it('reads credit groups printed one after another on a line, a contribution note among them (RFA)', () => {
    // yataibaodao/wy-08192020151711
    const result = run('<p>周锋锁则告诉本台，他愿意站出来反对诉讼。</p><p>（本台记者唐家婕对报道有贡献。）（记者：王允；编辑：申铧） 网编：申铧</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['周锋锁则告诉本台，他愿意站出来反对诉讼。']);
    expect(names(result.found.authors)).toEqual(['唐家婕', '王允']);
    expect(names(result.found.editors)).toEqual(['申铧']);
    // A group that is no credit keeps the line.
    expect(run('<p>正文。</p><p>（他说。）（记者：王允） 网编：申铧</p>').blocks).toHaveLength(2);
  });

  it('reads a closing note of contributors by name (大纪元, nf4514/n12457134)', () => {
    const result = run('<p>正文。</p><p>Jan Jekielek和Jack Phillips对此文有所贡献。</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(names(result.found.authors)).toEqual(['Jan Jekielek', 'Jack Phillips']);
  });

  it('reads several trailing lines in page order', () => {
    const result = run('<p>正文。</p><p>（转载：美国之音）#</p><p>责任编辑：林诗远</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(names(result.found.editors)).toEqual(['林诗远']);
  });

  it('traces a dropped credit line without the closing # some outlets print after it', () => {
    const explain = (html: string) => pipe(normalizeWhitespace(), extractCredits()).run(html, { explain: true }).trace.map((entry) => entry.snippet);
    expect(explain('<p>正文。</p><p>责任编辑：林妍#</p>')).toEqual(['责任编辑：林妍']);
    expect(explain('<p>正文。</p><p>（转载：美国之音）#</p><p>责任编辑：林妍 ＃</p>')).toEqual(['责任编辑：林妍', '（转载：美国之音）']);
  });

  it('cuts a credit that ends the last paragraph', () => {
    const result = run('<p>舆论也质疑中共。（责任编辑：林清）</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['舆论也质疑中共。']);
    expect(names(result.found.editors)).toEqual(['林清']);
  });

  it('reads RFA\'s credit line and radio outro', () => {
    const rfa = run('<p>正文。</p><p>自由亚洲电台记者 夏小华 台北报导 责编 许书婷 胡力汉 网编 瑞哲</p>');
    expect(names(rfa.found.authors)).toEqual(['夏小华']);
    expect(names(rfa.found.editors)).toEqual(['许书婷', '胡力汉', '瑞哲']);
    const outro = run('<p>正文。</p><p>以上是自由亚洲电台特约评论员王丹为您做的评论。</p>');
    expect(names(outro.found.authors)).toEqual(['王丹']);
    expect(outro.blocks).toHaveLength(1);
  });

  it('does not take a reporter merely mentioned in the story', () => {
    const result = run('<p>正文。</p><p>《曼谷邮报》记者帕彭说，泰国政府将调查。</p>');
    expect(result.found.authors).toEqual([]);
    expect(result.blocks).toHaveLength(2);
  });

  it('reads a closing credit stamped with the ROC date, and a byline set as a list', () => {
    const cna = run('<p>正文。</p><p>（編輯：林克倫）1130306</p>');
    expect(names(cna.found.editors)).toEqual(['林克倫']);
    expect(cna.blocks.map((b) => b.text)).toEqual(['正文。']);
    const bbc = run('<ul><li>作者, 林嘉文</li><li>Role, BBC中文記者</li></ul><p>正文。</p>');
    expect(names(bbc.found.authors)).toEqual(['林嘉文']);
    expect(bbc.blocks.map((b) => b.text)).toEqual(['正文。']);
    const list = run('<ul><li>第一，经济增长目标维持不变。</li><li>第二，发行特别国债。</li></ul><p>正文。</p>');
    expect(list.blocks).toHaveLength(2);
  });

  it('reads a closing line of agencies as the sources, not as text', () => {
    const result = run('<p>正文。</p><p>（路透社、德新社）</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(run('<p>正文。</p><p>（德国之声中文网报道）</p>').blocks).toHaveLength(2);
  });

  it('cuts the story\'s closing mark above the credits (（全文完）), and reads 核稿編輯', () => {
    const result = run('<p>正文的下一步。（全文完）</p><p>責任編輯：王昱婷</p><p>核稿編輯：陳柏宇</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['正文的下一步。']);
    expect(names(result.found.editors)).toEqual(['王昱婷', '陳柏宇']);
    expect(run('<p>正文。</p><p>（全文完）</p>').blocks.map((b) => b.text)).toEqual(['正文。', '']);
    // Half-width brackets too; a mark that is not the paragraph's end stays.
    expect(run('<p>正文的下一步。(完)</p>').blocks.map((b) => b.text)).toEqual(['正文的下一步。']);
    expect(run('<p>正文（完）之后。</p>').blocks.map((b) => b.text)).toEqual(['正文（完）之后。']);
  });

  it('reads a ROC date stamp only at the very end of a closing credit', () => {
    expect(names(run('<p>正文。</p><p>（編輯：林克倫） 1130306</p>').found.editors)).toEqual(['林克倫']);
    expect(run('<p>正文。</p><p>（編輯：林克倫）1130306號</p>').found.editors).toEqual([]);
  });
});
