/**
 * parseCredits, table-driven. Cases marked with a page were taken from the
 * shared corpus (../shared/corpus/banned-news2/<page>).
 */
import { describe, expect, it } from 'vitest';
import { firstUnits } from '../text/first-units.js';
import { OPENING_UNITS, parseCredits } from './parse-credits.js';

interface Case {
  readonly text: string;
  readonly authors: string[];
  readonly editors?: string[];
  readonly outlets?: string[];
  /** Whether the whole text is credits (a credit line that can leave the body). */
  readonly pure?: boolean;
  readonly page?: string;
}

const CASES: readonly Case[] = [
  // Bylines after the dateline
  { text: '（大纪元记者李言综合报导）', authors: ['李言'], outlets: ['大纪元'], page: 'seed 004' },
  // 民報's byline row: a separator between the outlet and the role
  { text: '民報 / 記者 陳俊廷', authors: ['陳俊廷'], outlets: ['民報'] },
  // 聯合新聞網's byline: 即時報導 (a breaking-news report) is work done, not a name
  { text: '聯合報／記者陳雨鑫／即時報導', authors: ['陳雨鑫'], outlets: ['聯合報'] },
  { text: '（大纪元记者林燕编译报导）', authors: ['林燕'], outlets: ['大纪元'], page: 'nsc412/n12458440.md' },
  { text: '（大纪元记者李靖、杜夫香港报导）', authors: ['李靖', '杜夫'], outlets: ['大纪元'], page: 'nsc415/n12262122.md' },
  { text: '（大纪元记者张家熙香港综合报导）', authors: ['张家熙'], page: 'nsc415/n12456004.md' },
  { text: '（大纪元记者谢佳宣编译报导）', authors: ['谢佳宣'], page: 'nf4514/n12481308.md' },
  { text: '（大纪元记者李奕墨尔本报导）', authors: ['李奕'], page: 'nf4514/n12412365.md' },
  { text: '（香港大纪元记者黄采文、梁珍采访报导）', authors: ['黄采文', '梁珍'], outlets: ['大纪元'], page: 'nsc415/n12417157.md' },
  { text: '（英文大纪元记者Ella Kietlinska报导/陈霆编译）', authors: ['Ella Kietlinska', '陈霆'], page: 'nf4514/n12463910.md' },
  { text: '（英文大纪元专栏作家Austin Bay撰文／张雨霏编译）', authors: ['Austin Bay', '张雨霏'], page: 'nsc413/n12472506.md' },
  { text: '（大纪元香港新闻中心报导）', authors: [], page: 'nsc412/n12470806.md' },
  // The edition after the outlet's name (大纪元英文记者), a Latin name in capitals, 撰写 as the work done
  { text: '（大纪元英文记者Frank Fang报导/高杉编译）', authors: ['Frank Fang', '高杉'], outlets: ['大纪元'], page: 'nsc418/n12443305.md' },
  { text: '（大纪元英文记者ALLEN ZHONG报道／李言编译）', authors: ['ALLEN ZHONG', '李言'], outlets: ['大纪元'], page: 'nf4514/n12457134.md' },
  // A transliterated name longer than eight, its original in brackets; the translator's 翻译 after the name
  { text: '（英文大纪元专栏作家布莱恩·吉斯布雷希特（Brian Giesbrecht）撰文／青荷翻译）', authors: ['布莱恩·吉斯布雷希特', '青荷'], outlets: ['大纪元'], page: 'nsc423/n12073492.md' },
  { text: '（英文大纪元专栏作家Roger L. Simon撰写／原泉编译）', authors: ['Roger L. Simon', '原泉'], outlets: ['大纪元'], page: 'nsc423/n11814093.md' },
  // A desk: 记者站 is the bureau, not a reporter
  { text: '（大纪元香港记者站报导）', authors: [], pure: true, page: 'nsc415/n12288172.md' },
  { text: '新唐人日本记者站采访报导', authors: [], pure: true, page: 'prog1530/a102643306.md' },
  { text: '新唐人电视 加州记者站 采访报导', authors: [], pure: true, page: 'prog203/a102947608.md' },
  // …and the place it reported from: no name in 站丹麦哥本哈根的
  { text: '新唐人记者站丹麦哥本哈根的报道', authors: [], pure: true, page: 'prog1530/a102669184.md' },
  // The second reporter's place: a country, then a city the places table does not hold
  { text: '（大纪元记者尹婉、周静静美国大急流城报导）', authors: ['尹婉', '周静静'], outlets: ['大纪元'], page: 'nsc412/n12476969.md' },
  // 看中古: the outlet's typo of its own name
  { text: '（看中古记者苗薇综合报导）', authors: ['苗薇'], outlets: ['看中古'], page: 'p2/946101.md' },
  { text: '（看中国记者路克编译）', authors: ['路克'], outlets: ['看中国'], page: 'p9/941933.md' },
  { text: '（看中国记者苗薇综合报导）', authors: ['苗薇'] },
  { text: '（明德网记者田静综合报道）', authors: ['田静'], outlets: ['明德网'], page: 'seed 000' },
  { text: '（希望之声记者王骁采访报导）', authors: ['王骁'], outlets: ['希望之声'], page: 'seed 001' },
  { text: '（本台记者贺景田综合报导）', authors: ['贺景田'], page: 'soh59/388471.md' },
  { text: '（本台记者季云综合编译）', authors: ['季云'], page: 'soh59/364732.md' },
  { text: '（本台记者宇宁综合编译）', authors: ['宇宁'], page: 'soh186/256924.md' },
  { text: '（本台记者鄭銘采访报导）', authors: ['鄭銘'], page: 'soh55/414994.md' },
  { text: '（本臺記者伊虎綜合報導）', authors: ['伊虎'], page: 'soh3/385031.md' },
  { text: '端傳媒記者 陳倩兒 發自香港', authors: ['陳倩兒'], outlets: ['端傳媒'], page: 'fixtures/generic/initium-growth-target' },
  { text: 'BBC记者王明发自北京', authors: ['王明'] },
  { text: '〔記者吳書緯／台北報導〕', authors: ['吳書緯'], page: 'quality/holdout/ltn-drills' },
  { text: '（明慧网通讯员河北报道）', authors: [], outlets: ['明慧网'], page: 'quality/holdout/minghui-persecution' },
  { text: '（本台制作人方伟评论）', authors: ['方伟'], page: 'soh59/320827.md' },
  { text: '（作者：紫君）', authors: ['紫君'], page: 'soh4/385027.md' },
  { text: '（编辑：王润）', authors: [], editors: ['王润'], page: 'soh3/242626.md' },
  { text: '（特约记者：天溢）', authors: ['天溢'], page: 'guojishijiao/gr-09302016101304.md' },
  // 采访编辑: the reporter who interviewed and wrote it up, not an editor
  { text: '采访编辑/刘惠 后制/金叶萱', authors: ['刘惠'], editors: [], page: 'prog1695/a1381843.md' },
  { text: '（编译：Wendy）', authors: ['Wendy'], page: 'prog1530/a102635609.md' },
  // A programme's host is its author
  { text: '主持人：陈奎德', authors: ['陈奎德'], page: 'zhongguotoushi/panel-01162020110552.md' },
  // Closing credit lines
  { text: '（记者郑鼓笙综合报导/责任编辑：林清）', authors: ['郑鼓笙'], editors: ['林清'], page: 'seed 003' },
  { text: '（记者李芸报导/责任编辑辑：戴明）', authors: ['李芸'], editors: ['戴明'], page: 'prog1699/a102598958.md' },
  { text: '（记者李韵报导/责任编辑：戴明 ）', authors: ['李韵'], editors: ['戴明'], page: 'prog1695/a102604230.md' },
  { text: '（记者文馨报导／责任编辑：李泉）', authors: ['文馨'], editors: ['李泉'] },
  { text: '（转自大纪元/责任编辑：李明）', authors: [], editors: ['李明'], outlets: ['大纪元'] },
  { text: '（转自明慧网／责任编辑：文慧）', authors: [], editors: ['文慧'], outlets: ['明慧网'], page: 'prog204/a102950727.md' },
  { text: '（转自《希望之声》/责任编辑：文慧）', authors: [], editors: ['文慧'], outlets: ['希望之声'] },
  { text: '（转载：美国之音）#', authors: [], outlets: ['美国之音'], page: 'nsc413/n12452676.md' },
  { text: '──转自《明慧网》', authors: [], outlets: ['明慧网'] },
  { text: '文章来源：看中国', authors: [], outlets: ['看中国'] },
  { text: '责任编辑:王君', authors: [], editors: ['王君'], page: 'seed 002' },
  { text: '责任编辑：王君', authors: [], editors: ['王君'] },
  { text: '责任编辑：林妍#', authors: [], editors: ['林妍'], page: 'seed 004' },
  { text: '责任编辑：林妍 ＃', authors: [], editors: ['林妍'], page: 'nf4514/n12415697.md' },
  { text: '責任編輯：宋月', authors: [], editors: ['宋月'] },
  { text: '责任编辑：赵纯清/文思敏', authors: [], editors: ['赵纯清', '文思敏'], page: 'soh3/362524.md' },
  { text: '责任编辑：吴永健/楊述之', authors: [], editors: ['吴永健', '楊述之'], page: 'soh4/309518.md' },
  { text: '(责任编辑：卢勇信)', authors: [], editors: ['卢勇信'], page: 'prog202/a102947101.md' },
  { text: '记者 高锋    责编 胡力汉', authors: ['高锋'], editors: ['胡力汉'] },
  { text: '（记者：王允   责编：申铧   网编：洪伟）', authors: ['王允'], editors: ['申铧', '洪伟'], page: 'yataibaodao/wy-07022020111728.md' },
  { text: '自由亚洲电台记者 夏小华  台北报导 责编 许书婷 胡力汉', authors: ['夏小华'], editors: ['许书婷', '胡力汉'], outlets: ['自由亚洲电台'] },
  { text: '自由亚洲电台记者郑崇生华盛顿报道责编：何平', authors: ['郑崇生'], editors: ['何平'], page: 'yataibaodao/rc-06052020110507.md' },
  { text: '新唐人记者李兰丶尚敬综合报导', authors: ['李兰', '尚敬'], outlets: ['新唐人'], page: 'prog203/a102960612.md' },
  { text: '新唐人记者熊斌、黄宇宁采访报导', authors: ['熊斌', '黄宇宁'] },
  { text: '采访/陈汉 编辑/黄亿美 后制/周天', authors: ['陈汉'], editors: ['黄亿美'], page: 'prog204/a102958289.md' },
  { text: '采访/陈汉编辑/尚燕后制/钟元', authors: ['陈汉'], editors: ['尚燕'] },
  { text: '文字整理：李洁思', authors: ['李洁思'], page: 'prog204/a102962208.md' },
  { text: '本台记者宇宁', authors: ['宇宁'] },
  { text: '特约记者：天溢', authors: ['天溢'] },
  { text: '文/王大明', authors: ['王大明'] },
  { text: '文／王大明', authors: ['王大明'] },
  { text: '撰文：李四', authors: ['李四'] },
  { text: '撰文者：林昱辰', authors: ['林昱辰'] },
  { text: '作者：文逸飛', authors: ['文逸飛'] },
  { text: '审校：张三', authors: [], editors: ['张三'] },
  { text: '審校：張三', authors: [], editors: ['張三'] },
  { text: '网编：瑞哲', authors: [], editors: ['瑞哲'] },
  { text: '编译：李明 审校：张三', authors: ['李明'], editors: ['张三'] },
  { text: '记者 John Smith 报导', authors: ['John Smith'] },
  { text: '（记者纳伦德拉‧莫迪报导）', authors: ['纳伦德拉‧莫迪'] },
  { text: '新唐人大纪元《直播节目》制作组', authors: [] },
  // Mentions and prose are not credits
  { text: '《曼谷邮报》记者帕彭说，泰国政府将调查。', authors: [], pure: false },
  { text: '《九评》编辑部新书', authors: [], pure: false },
  { text: '记者会上，他说明了情况。', authors: [], pure: false },
  { text: '（资料来源：《现果随录》）', authors: [], pure: false, page: 'prog647/a102838885.md' },
  { text: '他曾任《李慧娘》的责任编辑', authors: [], pure: false },
  { text: '', authors: [], pure: false },
];

describe('parseCredits', () => {
  it.each(CASES)('$text', ({ text, authors, editors, outlets, pure }) => {
    const credits = parseCredits(text);
    expect(credits.authors).toEqual(authors);
    if (editors !== undefined) expect(credits.editors).toEqual(editors);
    if (outlets !== undefined) expect(credits.outlets).toEqual(outlets);
    expect(credits.rest === '' && credits.roles.length + credits.outlets.length > 0).toBe(pure ?? true);
  });

  it('reads a text holding a sentence mark as prose before cleaning it, labelled or bracketed', () => {
    expect(parseCredits(' 作者：张三。 ')).toEqual({ authors: [], editors: [], roles: [], outlets: [], rest: '作者：张三。' });
    expect(parseCredits('（记者李言报导；另有编辑：林清）')).toMatchObject({ authors: [], roles: [], rest: '（记者李言报导；另有编辑：林清）' });
    expect(parseCredits('【记者】“林晓婷”')).toMatchObject({ authors: [], rest: '【记者】“林晓婷”' });
    // `，` alone is no sentence mark after a role label: the names it lists are read.
    expect(parseCredits('作者：张三，李四')).toMatchObject({ authors: ['张三', '李四'], rest: '' });
  });

  it('reads a `；` or `。` right before a role word and its separator as parting two credits (RFA)', () => {
    // yataibaodao/wy-08172020152914, guojishijiao/bl-06202016123531, yataibaodao/bx-09232020143148
    expect(parseCredits('（记者：王允；编辑：申铧 网编：郭度）')).toMatchObject({ authors: ['王允'], editors: ['申铧', '郭度'], rest: '' });
    expect(parseCredits('（特约记者：冰凌；责编：寇天力）')).toMatchObject({ authors: ['冰凌'], editors: ['寇天力'], rest: '' });
    expect(parseCredits('自由亚洲电台记者肖一冰华盛顿报道。责编：申铧 网编：郭度')).toMatchObject({ authors: ['肖一冰'], editors: ['申铧', '郭度'], rest: '' });
    // Before anything but a role word and its separator, the mark still ends a sentence.
    expect(parseCredits('他说。编辑：李明').rest).toBe('他说。编辑：李明');
    expect(parseCredits('（记者：王允；编辑申铧）').authors).toEqual([]);
  });

  it('reads a desk between an outlet and the place of reporting as a desk, not a reporter (新唐人 prog203/a102947608)', () => {
    const credits = parseCredits('新唐人电视 加州记者站 采访报导');
    expect(credits.authors).toEqual([]);
    expect(credits.roles).toEqual([{ name: '加州记者站', role: 'desk', kind: 'other' }]);
    expect(credits.rest).toBe('');
  });

  it('tells a role word by the character right after it: a separator, a desk, or the end of the text', () => {
    expect(parseCredits('编辑 李明')).toMatchObject({ editors: ['李明'], rest: '' });
    expect(parseCredits('编辑｜李明')).toMatchObject({ editors: ['李明'], rest: '' });
    // 文 needs a separator; 编辑 before 部 names a desk, not a role.
    expect(parseCredits('文化李明').roles).toEqual([]);
    expect(parseCredits('编辑部李明')).toMatchObject({ editors: [], roles: [], rest: '编辑部李明' });
    expect(parseCredits('李明记者').rest).toBe('李明记者');
  });

  it('keeps every name with its role word', () => {
    expect(parseCredits('采访/陈汉 编辑/黄亿美 后制/周天').roles).toEqual([
      { name: '陈汉', role: '采访', kind: 'author' },
      { name: '黄亿美', role: '编辑', kind: 'editor' },
      { name: '周天', role: '后制', kind: 'other' },
    ]);
    expect(parseCredits('（英文大纪元记者Ella Kietlinska报导/陈霆编译）').roles.map((r) => r.role)).toEqual(['记者', '编译']);
  });
});

describe('parseCredits: round-4 bylines', () => {
  it('reads 文｜outlet X，Y, a note after a name, the place of reporting, a staff code', () => {
    expect(parseCredits('文｜财新 王梓涵，陈一鸣')).toMatchObject({ authors: ['王梓涵', '陈一鸣'], outlets: ['财新'], rest: '' });
    expect(parseCredits('文／林承翰（資深媒體人）')).toMatchObject({ authors: ['林承翰'], rest: '' });
    expect(parseCredits('红星新闻记者 刘思远 实习记者 何雨桐 德阳报道').authors).toEqual(['刘思远', '何雨桐']);
    expect(parseCredits('【文/观察者网 郑一帆】')).toMatchObject({ authors: ['郑一帆'], rest: '' });
    expect(parseCredits('责任编辑：王萍_NF5619').editors).toEqual(['王萍']);
    // Two names in a list: the second, with its work word, is a name, not a place.
    expect(parseCredits('（大纪元记者魏思明、唐风报导）').authors).toEqual(['魏思明', '唐风']);
    // A sentence with a comma stays prose.
    expect(parseCredits('记者发现，张三').authors).toEqual([]);
  });

  it('reads a bulleted byline, an intern, and an outlet before the next role as that role\'s (round 5)', () => {
    expect(parseCredits('●本报记者 李慧敏 张钰')).toMatchObject({ authors: ['李慧敏', '张钰'], rest: '' });
    expect(parseCredits('南方周末实习生 邓可欣')).toMatchObject({ authors: ['邓可欣'], outlets: ['南方周末'], rest: '' });
    expect(parseCredits('南方周末记者 刘怡然 南方周末实习生 邓可欣').authors).toEqual(['刘怡然', '邓可欣']);
    expect(parseCredits('（英文新唐人记者Holly Kellum、大纪元记者李辰报导）').authors).toEqual(['Holly Kellum', '李辰']);
  });

  it('reads an outlet named for its reports, an outlet\'s report, and a paper joined to its desk before the role', () => {
    expect(parseCredits('21世纪经济报道记者 陶沐阳 深圳报道')).toMatchObject({ authors: ['陶沐阳'], outlets: ['21世纪经济报道'], rest: '' });
    expect(parseCredits('【环球网报道 记者 闫思远】')).toMatchObject({ authors: ['闫思远'], rest: '' });
    expect(parseCredits('（大河报·豫视频记者 李文博）')).toMatchObject({ authors: ['李文博'], outlets: ['大河报·豫视频'], rest: '' });
    // A place's 报道 after the names stays a place, not an outlet.
    expect(parseCredits('红星新闻记者 刘思远 德阳报道').outlets).toEqual(['红星新闻']);
    // Something that is no medium before the role is still a mention.
    expect(parseCredits('他对记者 王五说').authors).toEqual([]);
  });

  it('drops a staff code printed after an editor\'s name (和讯: 王治强 HF013)', () => {
    expect(parseCredits('（责任编辑：王治强 HF013）')).toMatchObject({ editors: ['王治强'], rest: '' });
  });

  it('reads a bare name before a crew role as the reporter when the line ends with the place of reporting (TVBS)', () => {
    expect(parseCredits('高怡蓁 攝影 莊承翰 / 台北報導')).toMatchObject({ authors: ['高怡蓁'], rest: '' });
    expect(parseCredits('高怡蓁 攝影 莊承翰 / 台北報導').roles.map((r) => r.kind)).toEqual(['author', 'other']);
    // Not before 记者 in prose, not without the place of reporting.
    expect(parseCredits('他对记者 王五说 / 台北報導').authors).toEqual([]);
    expect(parseCredits('高怡蓁 攝影 莊承翰').authors).toEqual([]);
  });

  it('reads media joined by · before the next role as the outlet, not an author (中青报·中青网)', () => {
    expect(parseCredits('作者：中青报·中青网记者 刘嘉琪 实习生 陈晨')).toMatchObject({ authors: ['刘嘉琪', '陈晨'], outlets: ['中青报·中青网'], rest: '' });
  });

  it('reads a short outlet name glued to a role word with a bar after it (每经记者｜X)', () => {
    expect(parseCredits('每经记者｜张晓川　　每经编辑｜廖丹')).toMatchObject({ authors: ['张晓川'], editors: ['廖丹'], rest: '' });
    // Without the bar, a short run before 记者 is still a mention, not a byline.
    expect(parseCredits('据悉记者王五').authors).toEqual([]);
  });

  it('reads a byline of medium, names and place of reporting with no role word', () => {
    expect(parseCredits('民視新聞／王冠勛、林書宇 屏東報導')).toMatchObject({ authors: ['王冠勛', '林書宇'], outlets: ['民視新聞'], rest: '' });
    // A transliterated foreign name keeps its ·.
    expect(parseCredits('英国《金融时报》 乔纳森·怀尔德 曼谷报道')).toMatchObject({ authors: ['乔纳森·怀尔德'], rest: '' });
    // Not a medium before the names, or no place of reporting: not a byline.
    expect(parseCredits('王五／李四、张三 屏東報導').authors).toEqual([]);
    expect(parseCredits('民視新聞／王冠勛、林書宇').authors).toEqual([]);
  });

  it('reads the writer a 文章来源 names beside a known outlet, either way round (希望之声 soh3/392005, soh4/423718)', () => {
    expect(parseCredits('文章来源：古金/明慧网')).toMatchObject({ authors: ['古金'], outlets: ['明慧网'], rest: '' });
    expect(parseCredits('文章来源：大纪元/林辉')).toMatchObject({ authors: ['林辉'], outlets: ['大纪元'], rest: '' });
    // No known outlet beside the name, or a desk, or 来源 alone (a picture's source): nobody is credited.
    expect(parseCredits('文章来源：章天亮/史海扬帆').authors).toEqual([]);
    expect(parseCredits('文章来源：神传文化之中国历史研究组/大纪元').authors).toEqual([]);
    expect(parseCredits('来源：温圣缘/大纪元').authors).toEqual([]);
  });

  it('reads the country a closing credit places its reporter in as no part of the byline (新唐人 prog1530/a102663578)', () => {
    expect(parseCredits('英国记者Jane Werrell伦敦报导')).toMatchObject({ authors: ['Jane Werrell'], outlets: [], rest: '' });
    // Without the place of reporting closing the line it may be a mention: left as text.
    expect(parseCredits('英国记者Jane Werrell').authors).toEqual([]);
  });

  it('reads a role printed as a bracketed label, and a news app\'s brand before a role (南方+, round 8)', () => {
    expect(parseCredits('【记者】林晓婷')).toMatchObject({ authors: ['林晓婷'], rest: '' });
    expect(parseCredits('【摄影】陈泽文')).toMatchObject({ authors: [], roles: [{ name: '陈泽文', role: '摄影', kind: 'other' }], rest: '' });
    expect(parseCredits('南方+记者 林晓婷')).toMatchObject({ authors: ['林晓婷'], outlets: ['南方+'], rest: '' });
    // A bracket that holds no role word is not a label.
    expect(parseCredits('【独家】林晓婷')).toMatchObject({ authors: [], rest: '【独家】林晓婷' });
  });

  it('reads desk credits, media credits and a staff code in a name\'s place, a news app\'s 客户端 and a Big5 ∕ (round 9)', () => {
    expect(parseCredits('栏目主编：张骏 文字编辑：钱蓓')).toMatchObject({ editors: ['张骏', '钱蓓'], rest: '' });
    expect(parseCredits('题图来源：顾一鸣 摄 图片编辑：雍凯')).toMatchObject({ authors: [], editors: ['雍凯'], rest: '' });
    expect(parseCredits('视频来源：武汉地铁集团')).toMatchObject({ authors: [], outlets: [], rest: '' });
    expect(parseCredits('流程编辑：U072')).toMatchObject({ editors: [], rest: '', roles: [{ name: 'U072', role: '流程编辑', kind: 'other' }] });
    expect(parseCredits('潮新闻客户端 记者 李雯 通讯员 周敏')).toMatchObject({ authors: ['李雯', '周敏'], outlets: ['潮新闻客户端'], rest: '' });
    expect(parseCredits('記者蘇怡雯∕台南報導')).toMatchObject({ authors: ['蘇怡雯'], rest: '' });
    // 图片来源 stays a line of its own kind (the image-credit phrase rule), not a credit.
    expect(parseCredits('图片来源：视觉中国').rest).toBe('图片来源：视觉中国');
  });

  it('reads 见习记者, a 报导： label, and a byline with the outlet\'s web address in brackets (华夏时报, 光华日报; round 12)', () => {
    expect(parseCredits('华夏时报（www.chinatimes.net.cn）记者 孙文静 见习记者 杨帆 北京报道')).toMatchObject({ authors: ['孙文静', '杨帆'], outlets: ['华夏时报'], rest: '' });
    expect(parseCredits('报导：黄子扬 摄影：陈国良')).toMatchObject({ authors: ['黄子扬'], rest: '' });
    // 报导 after a name, with no separator, is the work done, not a label.
    expect(parseCredits('记者张三北京报道')).toMatchObject({ authors: ['张三'], rest: '' });
  });
});

describe('parseCredits: a platform where a name stands', () => {
  it('does not credit 脸书 in `——作者脸书` (the author\'s own Facebook page as the source, nsc993/n12231992)', () => {
    expect(parseCredits('——作者脸书').authors).toEqual([]);
    expect(parseCredits('作者：Facebook').authors).toEqual([]);
    expect(parseCredits('作者：李洞宰').authors).toEqual(['李洞宰']);
  });
});

describe('parseCredits: the screens before its patterns', () => {
  it('tries a pattern anchored at the start on every text opening with a unit its match can begin with', () => {
    for (const [pattern, units] of OPENING_UNITS) expect(units, String(pattern)).toEqual(firstUnits(pattern));
  });

  it('still reads what each screened pattern is for', () => {
    // The web address in capitals (the pattern ignores case), a bullet, a dash, a bracketed role label.
    expect(parseCredits('华夏时报（WWW.CHINATIMES.NET.CN）记者 孙文静')).toMatchObject({ authors: ['孙文静'], outlets: ['华夏时报'], rest: '' });
    expect(parseCredits('● 记者 王明')).toMatchObject({ authors: ['王明'], rest: '' });
    expect(parseCredits('—— 记者 王明')).toMatchObject({ authors: ['王明'], rest: '' });
    expect(parseCredits('【记者】林晓婷')).toMatchObject({ authors: ['林晓婷'], rest: '' });
    // A staff code and a note after the name, a place after a slash, work words after names.
    expect(parseCredits('责任编辑：王萍_NF5619')).toMatchObject({ editors: ['王萍'], rest: '' });
    expect(parseCredits('文／林承翰（資深媒體人）')).toMatchObject({ authors: ['林承翰'], rest: '' });
    expect(parseCredits('（记者陈霆编译／青荷翻译）')).toMatchObject({ authors: ['陈霆', '青荷'], rest: '' });
    expect(parseCredits('记者 陳倩兒 發自香港')).toMatchObject({ authors: ['陳倩兒'], rest: '' });
    // A platform in capitals, a staff code alone, a bar after the role word, a Latin name with a space.
    expect(parseCredits('作者：TWITTER').authors).toEqual([]);
    expect(parseCredits('每经记者｜王晶　　每经编辑｜陈星')).toMatchObject({ authors: ['王晶'], editors: ['陈星'], rest: '' });
    expect(parseCredits('记者：Jane Werrell')).toMatchObject({ authors: ['Jane Werrell'], rest: '' });
  });
});
