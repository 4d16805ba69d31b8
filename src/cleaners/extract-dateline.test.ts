import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { hasUnitWithin } from '../text/units.js';
import { OPENING_BYLINES, extractDateline } from './extract-dateline.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { unwrapLinks } from './unwrap-links.js';

const run = (html: string, url?: string) => pipe(unwrapLinks(), normalizeWhitespace(), extractDateline()).run(html, { url: url ?? null });

describe('extractDateline', () => {
  it('reads a last line that is only a time stamp with its zone as the date, and drops it (香港電台)', () => {
    const result = run('<p>運輸及物流局局長今日向立法會提交文件。</p><p>2024-10-08 HKT 12:03</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['運輸及物流局局長今日向立法會提交文件。']);
    expect(result.found.dates).toEqual([{ value: '2024-10-08T12:03:00+08:00', source: 'text', raw: '2024-10-08 HKT 12:03' }]);
    // Without a zone, a closing date may be any day the story names: it stays.
    expect(run('<p>運輸及物流局局長今日向立法會提交文件。</p><p>2024-10-08 12:03</p>').blocks).toHaveLength(2);
  });

  it('moves the header and the byline after it out of the first paragraph', () => {
    const result = run('<p>【大纪元2022年12月30日讯】（大纪元记者李言综合报导）普京和中共领导人习近平周五举行视频会议。</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['普京和中共领导人习近平周五举行视频会议。']);
    expect(result.found.dateline).toBe('【大纪元2022年12月30日讯】');
    expect(result.found.dates[0]).toMatchObject({ value: '2022-12-30', source: 'dateline' });
    expect(result.found.authors).toEqual([{ value: '李言', source: 'byline' }]);
    expect(result.found.outletHints[0]).toBe('大纪元');
  });

  it('moves a bracketed byline without a role word out of the first paragraph (希望之声, 看中国 法广RFI)', () => {
    const result = run('<p>【希望之声2020年4月19日】（金镇涛分析评论）4月16日，5架B-52H轰炸机飞离关岛。</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['4月16日，5架B-52H轰炸机飞离关岛。']);
    expect(result.found.authors).toEqual([{ value: '金镇涛', source: 'byline' }]);
    const reprint = run('<p>【看中国2020年8月11日讯】（法广RFI）本周一，黎智英父子被捕的消息令欧盟震惊。</p>');
    expect(reprint.blocks.map((b) => b.text)).toEqual(['本周一，黎智英父子被捕的消息令欧盟震惊。']);
    expect(reprint.found.authors).toEqual([]);
    expect(reprint.found.outletHints[0]).toBe('看中国');
    // A part number after the header is the story's.
    expect(run('<p>【大纪元2021年3月1日讯】（一）第一部分。</p>').blocks.map((b) => b.text)).toEqual(['（一）第一部分。']);
  });

  it('reads a header split by tag links, and drops a paragraph that held only the header', () => {
    const result = run(`<p>【<span class='wp_keywordlink_affiliate'><a href="https://www.soundofhope.org">希望之声</a></span>2024年5月18日】（<a class="st_tag" href="/tag/x">希望之声</a>记者王骁采访报导）</p><p>正文。</p>`);
    expect(result.found.dateline).toBe('【希望之声2024年5月18日】');
    expect(result.found.authors.map((a) => a.value)).toEqual(['王骁']);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
  });

  it('leaves bracketed words that are not datelines', () => {
    const result = run('<p>【诚征荣誉会员】溪流能够汇成大海</p>');
    expect(result.found.dateline).toBeNull();
    expect(result.blocks).toHaveLength(1);
  });

  it('completes a wire dateline\'s year from the URL', () => {
    const result = run('<p>（中央社记者林克伦台北30日电）行政院今天表示</p>', 'https://www.cna.com.tw/news/aipl/202212300001.aspx');
    expect(result.found.dates[0]).toMatchObject({ value: '2022-12-30', source: 'dateline' });
    expect(result.found.authors.map((a) => a.value)).toEqual(['林克伦']);
    expect(result.blocks.map((b) => b.text)).toEqual(['行政院今天表示']);
  });

  it('reads a byline that opens the first paragraph when there is no dateline', () => {
    const result = run('<p>（英文大纪元记者Ivan Pentchoukov报导／陈霆编译）川普总统的私人律师表示</p>');
    expect(result.found.authors.map((a) => a.value)).toEqual(['Ivan Pentchoukov', '陈霆']);
    expect(result.blocks.map((b) => b.text)).toEqual(['川普总统的私人律师表示']);
  });

  it('reads a byline holding a bracketed original name to its own closing bracket (大纪元 nsc423/n12073492)', () => {
    const result = run('<p>【大纪元2020年04月30日讯】（英文大纪元专栏作家布莱恩·吉斯布雷希特（Brian Giesbrecht）撰文／青荷翻译）“我们唯一要担心的是恐惧本身。”</p>');
    expect(result.found.authors.map((a) => a.value)).toEqual(['布莱恩·吉斯布雷希特', '青荷']);
    expect(result.blocks.map((b) => b.text)).toEqual(['“我们唯一要担心的是恐惧本身。”']);
  });

  it('reads a header printed on a line of its own, and the byline that opens the next paragraph', () => {
    const result = run('<p>【大纪元6月5日讯】</p><p>（大纪元记者辛菲报导）中共国家统计局日前公布数据。</p>', 'http://www.epochtimes.com/gb/6/6/5/n1340321.htm');
    expect(result.found.dateline).toBe('【大纪元6月5日讯】');
    expect(result.found.dates[0]).toMatchObject({ value: '2006-06-05', source: 'dateline' });
    expect(result.found.authors.map((a) => a.value)).toEqual(['辛菲']);
    expect(result.blocks.map((b) => b.text)).toEqual(['中共国家统计局日前公布数据。']);
  });

  it('reads a date line of the page header as a date and leaves it out of the body, when the page names that day', () => {
    const url = 'https://www.ntdtv.com/gb/2024/03/05/a103869777.html';
    const result = run('<p>发布 / 2024年3月5日 14:06</p><p>2024年3月5日，人大开幕。</p>', url);
    expect(result.found.dates).toEqual([{ value: '2024-03-05T14:06:00', source: 'text', raw: '2024年3月5日 14:06' }]);
    expect(result.blocks.map((b) => b.text)).toEqual(['2024年3月5日，人大开幕。']);
    // A date of the story, not of the page, stays.
    const story = run('<p>1999年7月20日</p><p>1999年7月20日以前，各城市处处可见炼功点。</p>', 'https://www.secretchina.com/news/gb/2020/07/20/940263.html');
    expect(story.blocks).toHaveLength(2);
  });

  it('cuts a bracketed byline that opens the text after a caption left above it', () => {
    const result = run('<p>國防部大樓。（資料照）</p><p>〔記者吳書緯／台北報導〕國防部今（6）日表示，國軍嚴密監控。</p>');
    expect(result.found.authors.map((a) => a.value)).toEqual(['吳書緯']);
    expect(result.blocks.map((b) => b.text)).toEqual(['國防部大樓。（資料照）', '國防部今（6）日表示，國軍嚴密監控。']);
  });

  it('reads a row of byline and date before the story, with no other source naming the day', () => {
    const result = run('<div>民報 / 記者 陳俊廷2024-03-06 16:20</div><p>台北市第三選區立委補選今（6）日起受理登記，首日即有國民黨、民進黨及民眾黨人士到選委會領取登記表件。</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['台北市第三選區立委補選今（6）日起受理登記，首日即有國民黨、民進黨及民眾黨人士到選委會領取登記表件。']);
    expect(result.found.dates).toEqual([{ value: '2024-03-06T16:20:00', source: 'text', raw: '2024-03-06 16:20' }]);
    expect(result.found.authors).toEqual([{ value: '陳俊廷', source: 'byline' }]);
  });

  it('leaves a row of byline and date inside the story', () => {
    const story = '<p>台北市第三選區立委補選今（6）日起受理登記，首日即有國民黨、民進黨及民眾黨人士到選委會領取登記表件。</p>';
    expect(run(`${story}<p>記者 陳俊廷 2024-03-06</p>`).blocks).toHaveLength(2);
  });

  it('cuts a dateless header and the byline after it (新京报讯（记者X）), dating nothing', () => {
    const result = run('<p>新京报讯（记者王佳宁）1月15日，记者从北京市卫生健康委员会获悉。</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['1月15日，记者从北京市卫生健康委员会获悉。']);
    expect(result.found.dateline).toBe('新京报讯');
    expect(result.found.authors.map((a) => a.value)).toEqual(['王佳宁']);
    expect(result.found.dates).toEqual([]);
  });

  it('cuts a byline ending 報道 and a colon after the header (【大公報訊】記者 X報道：, round 8)', () => {
    const result = run('<p>【大公報訊】記者 梁曉晴報道：港鐵北環線主線工程準備工作進入最後階段。</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['港鐵北環線主線工程準備工作進入最後階段。']);
    expect(result.found.authors.map((a) => a.value)).toEqual(['梁曉晴']);
    // A sentence with a colon after the header is the story's.
    expect(run('<p>【大公報訊】政府發言人表示：北環線將於年底動工。</p>').blocks.map((b) => b.text)).toEqual(['政府發言人表示：北環線將於年底動工。']);
  });

  it('cuts an unbracketed byline opening the first paragraph: 報導 and a space, or a reporter\'s name and a space (中華日報, 经济观察网; round 9)', () => {
    const cdns = run('<p>記者蘇怡雯∕台南報導　今年入冬以來氣溫偏高，台南玉井一帶的愛文芒果提早開花。</p>');
    expect(cdns.blocks.map((b) => b.text)).toEqual(['今年入冬以來氣溫偏高，台南玉井一帶的愛文芒果提早開花。']);
    expect(cdns.found.authors.map((a) => a.value)).toEqual(['蘇怡雯']);
    const eeo = run('<p>经济观察网 记者 程锐 8月14日，工信部公示了第五批企业名单，共有42家企业入选。</p>');
    expect(eeo.blocks.map((b) => b.text)).toEqual(['8月14日，工信部公示了第五批企业名单，共有42家企业入选。']);
    expect(eeo.found.authors.map((a) => a.value)).toEqual(['程锐']);
    // A byline that is the whole paragraph goes whole, place of reporting and all.
    expect(run('<p>大众网·海报新闻记者 冯晓彤 东营报道</p><p>4月22日，记者获悉。</p>').blocks.map((b) => b.text)).toEqual(['4月22日，记者获悉。']);
    // A sentence that starts with a reporter is the story's.
    expect(run('<p>记者张三说，工信部公示了第五批企业名单。</p>').blocks.map((b) => b.text)).toEqual(['记者张三说，工信部公示了第五批企业名单。']);
  });

  it('cuts the dated header of an outlet the registry does not know (中国经济网北京5月9日讯（记者 X）, round 8)', () => {
    const result = run('<p>中国经济网北京5月9日讯（记者 周鹏飞）商务部9日发布数据显示，今年一季度服务贸易继续增长。</p>', 'https://www.ce.cn/xwzx/gnsz/gdxw/202505/09/t20250509_1.shtml');
    expect(result.blocks.map((b) => b.text)).toEqual(['商务部9日发布数据显示，今年一季度服务贸易继续增长。']);
    expect(result.found.dateline).toBe('中国经济网北京5月9日讯');
    expect(result.found.authors.map((a) => a.value)).toEqual(['周鹏飞']);
  });

  it('reads a paper\'s own dispatch (本报…电) and its two reporters, its date ranked below the page\'s', () => {
    const result = run('<p>本报北京5月19日电 （记者顾晓阳、罗静怡）记者从农业农村部获悉。</p>', 'https://example.com/2024/05/20/a.html');
    expect(result.blocks.map((b) => b.text)).toEqual(['记者从农业农村部获悉。']);
    expect(result.found.authors.map((a) => a.value)).toEqual(['顾晓阳', '罗静怡']);
    expect(result.found.dates).toEqual([{ value: '2024-05-19', source: 'text', raw: '本报北京5月19日电' }]);
  });

  it('reads a bracketed byline or bare outlet header opening the story, and a paragraph that is only a byline (观察者网, 财新, 网易)', () => {
    const guancha = run('<p>【文/观察者网 郑一帆】据日本共同社2月18日报道，日本政府当天召开会议。</p>');
    expect(guancha.found.authors.map((a) => a.value)).toEqual(['郑一帆']);
    expect(guancha.blocks.map((b) => b.text)).toEqual(['据日本共同社2月18日报道，日本政府当天召开会议。']);
    const caixin = run('<p>【财新网】6月13日，郑州市住房保障和房地产管理局发布通知。</p>');
    expect(caixin.found.dateline).toBe('【财新网】');
    expect(caixin.blocks.map((b) => b.text)).toEqual(['6月13日，郑州市住房保障和房地产管理局发布通知。']);
    const netease = run('<p>红星新闻记者 刘思远 实习记者 何雨桐 德阳报道</p><p>12月17日，德阳市发布措施。</p>');
    expect(netease.found.authors.map((a) => a.value)).toEqual(['刘思远', '何雨桐']);
    expect(netease.blocks.map((b) => b.text)).toEqual(['12月17日，德阳市发布措施。']);
    // 【快讯】 names no outlet: it stays.
    expect(run('<p>【快讯】郑州市发布通知。</p>').blocks.map((b) => b.text)).toEqual(['【快讯】郑州市发布通知。']);
  });

  it('drops the header\'s credit lines around a byline line (凤凰网: 出品｜, 作者｜, 编辑｜)', () => {
    const result = run('<p>出品｜凤凰网科技《浪潮》</p><p>作者｜韦嘉怡</p><p>编辑｜董雨晴</p><p>多家车企近期调整质保政策。</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['多家车企近期调整质保政策。']);
    expect(result.found.authors.map((a) => a.value)).toEqual(['韦嘉怡']);
    expect(result.found.editors.map((a) => a.value)).toEqual(['董雨晴']);
  });

  it('reads a header date line that says where it was posted from (腾讯: 发布于河南), when the page names that day', () => {
    const result = run('<p>2024-05-20 14:32发布于河南</p><p>5月20日，记者从郑州市获悉。</p>', 'https://example.com/2024/05/20/a1.html');
    expect(result.blocks.map((b) => b.text)).toEqual(['5月20日，记者从郑州市获悉。']);
  });
});

describe('extractDateline in the default pipeline', () => {
  it('drops what the header leaves of its paragraph when that is the title (新唐人 prog202/a102948233)', async () => {
    const { extractArticle } = await import('../extract/extract-article.js');
    const page = '### 【环球直击】9月24日完整版（1）\n------------------------\n<div><p>【新唐人北京时间2020年09月24日讯】【环球直击】9月24日完整版（1）</p><h2>提要</h2><p>孩子住院染疫致死 家属提追责索赔诉讼</p><p>大陆学生自杀频传 师：中共教育制度导致</p></div>';
    const result = extractArticle(page);
    expect(result.ok && result.article.title).toBe('【环球直击】9月24日完整版（1）');
    expect(result.ok && result.article.body.map((b) => b.text)).toEqual(['提要', '孩子住院染疫致死 家属提追责索赔诉讼', '大陆学生自杀频传 师：中共教育制度导致']);
  });
});

describe('extractDateline: the look before the opening byline patterns', () => {
  it('finds the word of every byline its pattern reads, however far in and however wide its characters', () => {
    const unit = fc.constantFrom('李', '𠀀', ' ', '\u3000', '／', '：', '报', '記', '報道', '报导：', '记者', '記者 ', '李明 ');
    const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));
    for (const { pattern, word, reach } of OPENING_BYLINES) {
      fc.assert(fc.property(text, (t) => !pattern.test(t) || hasUnitWithin(t, word, reach)), { numRuns: 20000 });
    }
    // The farthest each word can start: after 24 (or 12) characters of two units each, and a space.
    const [reported, spaced] = OPENING_BYLINES;
    const farthest = [[reported!, `${'𠀀'.repeat(24)}報道：正文`], [spaced!, `${'𠀀'.repeat(12)}\u3000記者 李明 正文`]] as const;
    for (const [{ pattern, word, reach }, text] of farthest) expect(pattern.test(text) && hasUnitWithin(text, word, reach), String(pattern)).toBe(true);
  });
});
