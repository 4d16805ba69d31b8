import { describe, expect, it } from 'vitest';
import { lastOpening, mayEndInBareCredit, splitCaption, unlabelCredit } from './split-caption.js';

describe('splitCaption', () => {
  it('splits labelled credits, agencies and registry outlets wherever they stand', () => {
    expect(splitCaption('普京与习近平（图：美联社）')).toEqual({ caption: '普京与习近平', credit: '美联社' });
    expect(splitCaption('图为埃及伊蚊。（public domain）')).toEqual({ caption: '图为埃及伊蚊。', credit: 'public domain' });
    expect(splitCaption('蔡英文与韩国瑜。（资料照、记者夏小华摄）')).toEqual({ caption: '蔡英文与韩国瑜。', credit: '资料照、记者夏小华摄' });
    expect(splitCaption('沙哈(AP Photo/Manuel Balce Ceneta)。')).toEqual({ caption: '沙哈。', credit: 'AP Photo/Manuel Balce Ceneta' });
  });

  it('takes off the label 看中国 credits the pictures below or above with (p8/948588, p8/945358, p8/938971)', () => {
    expect(splitCaption('婚姻誓约的真相是“爱情坟墓”？（以下图片来源：Adobe stock)')).toEqual({ caption: '婚姻誓约的真相是“爱情坟墓”？', credit: 'Adobe stock' });
    expect(splitCaption('人生不想被孤立，10件事要避免。（以下图片来源皆为Adobestock）')).toEqual({ caption: '人生不想被孤立，10件事要避免。', credit: 'Adobestock' });
    expect(splitCaption('瑞士首都伯尔尼及教堂。（以下图片来源皆为：Adobe stock）')).toEqual({ caption: '瑞士首都伯尔尼及教堂。', credit: 'Adobe stock' });
    expect(splitCaption('7-Eleven卖的东西有很多的品项。（以上图片来源：心如）')).toEqual({ caption: '7-Eleven卖的东西有很多的品项。', credit: '心如' });
    expect(splitCaption('吃地瓜易“腹胀”，简单一招轻松预防。（以下图片来源：Adobestock）')).toEqual({ caption: '吃地瓜易“腹胀”，简单一招轻松预防。', credit: 'Adobestock' });
    expect(splitCaption('无论是大街小巷都可看到它。（以下照片摄影／心如）')).toEqual({ caption: '无论是大街小巷都可看到它。', credit: '心如' });
    expect(unlabelCredit('以下照片摄影／心如')).toBe('心如');
  });

  it('reads credits listed with a comma as the credit, not a note among them (soh5/426082, soh5/431023)', () => {
    expect(splitCaption('武汉肺炎死者家属张海（受访者供图，希望之声）')).toEqual({ caption: '武汉肺炎死者家属张海', credit: '受访者供图，希望之声' });
    expect(splitCaption('不幸感染中共病毒病逝。（受访者提供，希望之声）')).toEqual({ caption: '不幸感染中共病毒病逝。', credit: '受访者提供，希望之声' });
    expect(splitCaption('美国一孔子学院院长突然死亡。（示意图，美联社）')).toEqual({ caption: '美国一孔子学院院长突然死亡。', credit: '示意图，美联社' });
    expect(splitCaption('金无怠（左）与妻子（示意图，左二）')).toEqual({ caption: '金无怠（左）与妻子（示意图，左二）' });
  });

  it('reads a credit after a dash, and an agency printed bare after the sentence (guojishijiao/gr-06102016103359, soh55/423406)', () => {
    expect(splitCaption('现任负责人博珀女士（Ulrike Boppe）——天溢提供')).toEqual({ caption: '现任负责人博珀女士（Ulrike Boppe）', credit: '天溢提供' });
    expect(splitCaption('郦英杰（Brent Christensen）（前中）出席。中央社')).toEqual({ caption: '郦英杰（Brent Christensen）（前中）出席。', credit: '中央社' });
    // A dash before other words, and a sentence after a stop, stay.
    expect(splitCaption('他说——我们要自由')).toEqual({ caption: '他说——我们要自由' });
    expect(splitCaption('民众出席。场面热烈')).toEqual({ caption: '民众出席。场面热烈' });
  });

  it('reads a credit whose bracket the page left unclosed or doubled, and a label printed twice (RFA ckd-10292019151534; 看中国 p3/946922, p8/937696, p1/947336)', () => {
    expect(splitCaption('2019年10月24日，美国副总统彭斯在华盛顿就中美关系发表演说。（美联社')).toEqual({ caption: '2019年10月24日，美国副总统彭斯在华盛顿就中美关系发表演说。', credit: '美联社' });
    expect(splitCaption('女乘客正在阅读机场健康申报表。（示意图/非本文图片/图片来源：ROMEO GACAD/AFP via Getty Images')).toEqual({ caption: '女乘客正在阅读机场健康申报表。', credit: '示意图/非本文图片/图片来源：ROMEO GACAD/AFP via Getty Images' });
    expect(splitCaption('康熙皇帝。（（图片来源：维基百科）')).toEqual({ caption: '康熙皇帝。', credit: '维基百科' });
    expect(splitCaption('成龙代言的广告再成为焦点。（图片来源：图片来源:Ulet Ifansasti/Getty Images）')).toEqual({ caption: '成龙代言的广告再成为焦点。', credit: 'Ulet Ifansasti/Getty Images' });
    // An unclosed bracket that opens no credit stays.
    expect(splitCaption('习近平（左')).toEqual({ caption: '习近平（左' });
    expect(splitCaption('他说（我们要自由')).toEqual({ caption: '他说（我们要自由' });
  });

  it('reads a short bare name after the caption\'s own sentence as the credit (RFA: …感染。（丁香园）)', () => {
    const zika = '目前美洲已经有23 个国家和地区受到寨卡病毒（Zika virus）感染。（丁香园）';
    expect(splitCaption(zika)).toEqual({ caption: '目前美洲已经有23 个国家和地区受到寨卡病毒（Zika virus）感染。', credit: '丁香园' });
    expect(splitCaption('民众在街头抗议。（大纪元香港新闻中心）')).toEqual({ caption: '民众在街头抗议。', credit: '大纪元香港新闻中心' });
    expect(splitCaption('他为什么这样说？ （公有领域）')).toEqual({ caption: '他为什么这样说？', credit: '公有领域' });
    expect(splitCaption('他说：“行胜于言。”（余刚_大纪元）')).toEqual({ caption: '他说：“行胜于言。”', credit: '余刚_大纪元' });
  });

  it('keeps a bracket that glosses a word or places a person, even with a name-like text', () => {
    expect(splitCaption('世卫总干事陈冯富珍（丁香园）')).toEqual({ caption: '世卫总干事陈冯富珍（丁香园）' });
    expect(splitCaption('美洲受到寨卡病毒（寨卡）感染')).toEqual({ caption: '美洲受到寨卡病毒（寨卡）感染' });
    expect(splitCaption('秦刚（右）出席论坛')).toEqual({ caption: '秦刚（右）出席论坛' });
  });

  it('keeps notes and asides after the sentence: positions, 示意图, dates, clauses, long text', () => {
    for (const note of ['（右）', '（左二）', '（前排右三）', '（示意图）', '（局部）', '（图为青岛）', '（2019年）', '（王丽推特，拍摄日期不详）', '（手绘插画：王双宽）', '（这是一段很长的说明文字讲的是照片拍摄的经过）']) {
      expect(splitCaption(`两人在北京会晤。${note}`), note).toEqual({ caption: `两人在北京会晤。${note}` });
    }
  });

  it('still reads （资料图） as a credit word, as before', () => {
    expect(splitCaption('世界台湾同乡会会长傅佩芬（左二）。（资料图片）')).toEqual({ caption: '世界台湾同乡会会长傅佩芬（左二）。', credit: '资料图片' });
    expect(splitCaption('天安门广场（资料图）')).toEqual({ caption: '天安门广场', credit: '资料图' });
  });

  it('splits a bare credit ending in 摄 or a spaced 图 after the sentence, with an agency in brackets', () => {
    expect(splitCaption('保育员正在照看婴幼儿。新京报记者 李木易 摄')).toEqual({ caption: '保育员正在照看婴幼儿。', credit: '新京报记者 李木易 摄' });
    expect(splitCaption('护渔员正在开展日常巡查。张文杰摄（人民视觉）')).toEqual({ caption: '护渔员正在开展日常巡查。', credit: '张文杰摄（人民视觉）' });
    expect(splitCaption('新装电梯投入使用。 澎湃新闻记者 周可欣 图')).toEqual({ caption: '新装电梯投入使用。', credit: '澎湃新闻记者 周可欣 图' });
  });

  it('splits a 供图 credit after the caption\'s sentence (受访者供图, round 9)', () => {
    expect(splitCaption('天长小学的学生在课间跳绳。受访者供图')).toEqual({ caption: '天长小学的学生在课间跳绳。', credit: '受访者供图' });
    expect(splitCaption('涉事车辆已被拖离现场。警方提供图')).toEqual({ caption: '涉事车辆已被拖离现场。', credit: '警方提供图' });
  });

  it('splits a credit labelled 图/ after the sentence (中国新闻周刊, round 10)', () => {
    expect(splitCaption('县医院派驻医生在为村民看诊。图/受访者提供')).toEqual({ caption: '县医院派驻医生在为村民看诊。', credit: '受访者提供' });
  });

  it('reads a bracketed credit labelled with a slash, any slash (（图/中央社）, 自立晚報\'s Big5 ∕; round 12)', () => {
    expect(splitCaption('新北市高灘處說明自行車道計畫。（圖∕新北市高灘處提供）')).toEqual({ caption: '新北市高灘處說明自行車道計畫。', credit: '新北市高灘處提供' });
    expect(splitCaption('黄之锋到选区拉票。（图/黄之锋脸书）')).toEqual({ caption: '黄之锋到选区拉票。', credit: '黄之锋脸书' });
  });

  it('splits a reporter\'s 摄 credit printed after a space, with no stop before it (新民晚报, round 8)', () => {
    expect(splitCaption('长者食堂晚餐时段，老人们在窗口排队取餐 新民晚报记者 赵立伟 摄')).toEqual({ caption: '长者食堂晚餐时段，老人们在窗口排队取餐', credit: '新民晚报记者 赵立伟 摄' });
    expect(splitCaption('村民在晒场翻晒小麦 通讯员 郭文静 攝')).toEqual({ caption: '村民在晒场翻晒小麦', credit: '通讯员 郭文静 攝' });
    // Without a reporter's title, or without 摄 at the very end, nothing is split.
    expect(splitCaption('他说记者 张三 摄影很好')).toEqual({ caption: '他说记者 张三 摄影很好' });
    expect(splitCaption('村民在晒场翻晒小麦 张三 摄')).toEqual({ caption: '村民在晒场翻晒小麦 张三 摄' });
  });

  it('leaves 示意图 and a sentence that merely ends in 图 alone', () => {
    expect(splitCaption('李斌爬上高位。示意图')).toEqual({ caption: '李斌爬上高位。示意图' });
    expect(splitCaption('两人会晤。详见下图')).toEqual({ caption: '两人会晤。详见下图' });
  });

  it('splits a labelled credit printed bare after the sentence or a space (图：X, 图据X)', () => {
    expect(splitCaption('2024年5月，郑州一处在售楼盘。图：视觉中国')).toEqual({ caption: '2024年5月，郑州一处在售楼盘。', credit: '视觉中国' });
    expect(splitCaption('德阳市区一处新建楼盘 图据视觉中国')).toEqual({ caption: '德阳市区一处新建楼盘', credit: '视觉中国' });
    // 地图：… inside a caption is no credit.
    expect(splitCaption('郑州地图：郑东新区')).toEqual({ caption: '郑州地图：郑东新区' });
    // The name may end in a Latin letter, not in a stop: a credit is the caption's last word.
    expect(splitCaption('郑州一处在售楼盘。图：CFP')).toEqual({ caption: '郑州一处在售楼盘。', credit: 'CFP' });
    expect(splitCaption('郑州一处在售楼盘。图：视觉中国。')).toEqual({ caption: '郑州一处在售楼盘。图：视觉中国。' });
  });

  it('takes the label off a caption that only says it is one (图片：, 图：, 图说：, 资料图片：; RFA, 希望之声) but keeps 图1： and 左图：', () => {
    expect(splitCaption('资料图片：异议人士吕新华的农场遭到强拆（图源：博讯网）')).toEqual({ caption: '异议人士吕新华的农场遭到强拆', credit: '博讯网' });
    expect(splitCaption('图片: 泰国民众穿素服悼念国王普密蓬。（邢鉴摄/记者乔龙）')).toEqual({ caption: '泰国民众穿素服悼念国王普密蓬。', credit: '邢鉴摄/记者乔龙' });
    expect(splitCaption('图说：2018年10月，出现在布达拉宫的灯光秀。（唯色摄）')).toEqual({ caption: '2018年10月，出现在布达拉宫的灯光秀。', credit: '唯色摄' });
    expect(splitCaption('图：美国国会大厦（SOH/文兴摄）')).toEqual({ caption: '美国国会大厦', credit: 'SOH/文兴摄' });
    expect(splitCaption('图1：瑞典议员尼古拉斯·马尔姆伯格先生')).toEqual({ caption: '图1：瑞典议员尼古拉斯·马尔姆伯格先生' });
    expect(splitCaption('左图：中国国家主席习近平；右图：台湾总统蔡英文。（路透社）')).toEqual({ caption: '左图：中国国家主席习近平；右图：台湾总统蔡英文。', credit: '路透社' });
    // A caption that is only a source and its label is all credit (希望之声 soh5/432415).
    expect(splitCaption('图片来源：微博')).toEqual({ credit: '微博' });
    expect(splitCaption('资料来源：西北师范学院地理系、地图出版社：《中国自然地理图集》')).toEqual({ caption: '资料来源：西北师范学院地理系、地图出版社：《中国自然地理图集》' });
  });

  it('reads source forms found at caption ends in the corpus as credits wherever they stand', () => {
    const cases: [string, string, string][] = [
      ['郝海东（右）与妻子叶钊颖（知乎网）', '郝海东（右）与妻子叶钊颖', '知乎网'],
      ['南宋画家马麟所作的大禹画像（公共领域）', '南宋画家马麟所作的大禹画像', '公共领域'],
      ['2012年美国宇航局拍摄的夜晚中的朝鲜半岛。（NASA，公有领域）', '2012年美国宇航局拍摄的夜晚中的朝鲜半岛。', 'NASA，公有领域'],
      ['德国统一国庆日(维基百科)', '德国统一国庆日', '维基百科'],
      ['校园一景（北德州大学官网）', '校园一景', '北德州大学官网'],
      ['首场电视辩论（中国外交部网站）', '首场电视辩论', '中国外交部网站'],
      ['2017年至今的社融、M2及两者之差比较（作者博客）', '2017年至今的社融、M2及两者之差比较', '作者博客'],
      ['美国人权组织公民力量创办人杨建利（记者王允摄影）', '美国人权组织公民力量创办人杨建利', '记者王允摄影'],
      ['1989年6月2日的北京天安门广场（六四档案图）', '1989年6月2日的北京天安门广场', '六四档案图'],
      ['数字货币（图片素材来自法新社）', '数字货币', '图片素材来自法新社'],
      ['图为美陆军发射M777榴弹炮。(Photo Credit: U.S. Army)', '图为美陆军发射M777榴弹炮。', 'U.S. Army'],
      ['叶公率军前往国都平乱。（示意图片：〔明〕仇英画作局部）', '叶公率军前往国都平乱。', '〔明〕仇英画作局部'],
      ['班婕妤却贤德守礼，婉言推拒。（局部图片：〔东晋〕顾恺之绘，故宫博物院藏）', '班婕妤却贤德守礼，婉言推拒。', '〔东晋〕顾恺之绘，故宫博物院藏'],
    ];
    for (const [text, caption, credit] of cases) expect(splitCaption(text), text).toEqual({ caption, credit });
    // 示意图/ opens a list of notes, not a label before a name: the credit stays whole.
    expect(splitCaption('赌场（示意图/非本文图片/图片来源：Pixabay）')).toEqual({ caption: '赌场', credit: '示意图/非本文图片/图片来源：Pixabay' });
    // A word glossed in brackets is no site.
    expect(splitCaption('他在推特（Twitter）')).toEqual({ caption: '他在推特（Twitter）' });
  });

  it('takes the label off a credit printed apart (RFA span.copyright)', () => {
    expect(unlabelCredit('Photo: RFA')).toBe('RFA');
    expect(unlabelCredit('图片来源：美联社')).toBe('美联社');
    expect(unlabelCredit('美联社')).toBe('美联社');
  });
});

describe('mayEndInBareCredit', () => {
  const ends = (text: string): boolean => mayEndInBareCredit(text, text.charCodeAt(text.length - 1));

  it('lets through a credit word at the end, or before an agency in brackets', () => {
    expect(ends('巡查的护渔员。张文杰摄')).toBe(true);
    expect(ends('巡查的护渔员。张文杰摄（人民视觉）')).toBe(true);
    expect(ends('巡查的护渔员。澎湃新闻记者 周可欣 图(IC photo)')).toBe(true);
    expect(splitCaption('巡查的护渔员。张文杰摄（人民视觉）')).toEqual({ caption: '巡查的护渔员。', credit: '张文杰摄（人民视觉）' });
  });

  it('screens out a bracketed credit with no credit word before it, and other endings', () => {
    expect(ends('“武汉肺炎”疫情恶化。（美联社）')).toBe(false);
    expect(ends('（美联社）')).toBe(false);
    expect(ends('示威者在香港街头')).toBe(false);
    expect(ends('')).toBe(false);
  });
});

describe('lastOpening', () => {
  it.each(['', '美联社', '（美联社）', '普京(AP)（图：美联社）', '（a（b', '(a）b（', 'x(', '（'])('answers as the larger of the two lastIndexOf: %s', (text) => {
    expect(lastOpening(text)).toBe(Math.max(text.lastIndexOf('（'), text.lastIndexOf('(')));
  });
});

describe('splitCaption of a credit group and a stop', () => {
  it.each([
    ['沙哈(AP Photo/Manuel Balce Ceneta)。', { caption: '沙哈。', credit: 'AP Photo/Manuel Balce Ceneta' }],
    ['沙哈（美联社）.', { caption: '沙哈.', credit: '美联社' }],
    ['（美联社）。', { credit: '美联社' }],
    ['示威（（图片来源：维基百科）', { caption: '示威', credit: '维基百科' }],
    ['演说。（美联社', { caption: '演说。', credit: '美联社' }],
    ['演说（左）（右）', { caption: '演说（左）（右）' }],
    ['。', { caption: '。' }],
  ])('%s', (text, parts) => {
    expect(splitCaption(text)).toEqual(parts);
  });
});

describe('splitCaption of nothing', () => {
  it('is nothing', () => {
    expect(splitCaption('')).toEqual({});
  });
});

