/**
 * parseDateline, table-driven. Cases marked with a page were taken from the
 * shared corpus (../shared/corpus/banned-news2/<page>).
 */
import { describe, expect, it } from 'vitest';
import { type Dateline, parseDateline } from './parse-dateline.js';

interface Case {
  readonly text: string;
  readonly expected: Partial<Dateline> | null;
  readonly reference?: string;
  readonly page?: string;
}

const CASES: readonly Case[] = [
  // The outlets' own headers
  { text: '【大纪元2022年12月30日讯】（大纪元记者李言综合报导）普京', expected: { raw: '【大纪元2022年12月30日讯】', outlet: '大纪元', published: '2022-12-30' }, page: 'nsc413/n13895357 (seed 004)' },
  { text: '【大纪元2020年10月07日讯】（大纪元记者林燕编译报导）美国', expected: { raw: '【大纪元2020年10月07日讯】', outlet: '大纪元', published: '2020-10-07' }, page: 'nsc412/n12458440.md' },
  { text: '【新唐人北京时间2022年07月05日讯】日媒消息', expected: { raw: '【新唐人北京时间2022年07月05日讯】', outlet: '新唐人', published: '2022-07-05', timezone: 'Asia/Shanghai' }, page: 'prog202/a103471995 (seed 003)' },
  { text: '【新唐人2019年01月06日讯】政变', expected: { raw: '【新唐人2019年01月06日讯】', outlet: '新唐人', published: '2019-01-06' }, page: 'prog1695/a102482353.md' },
  { text: '【看中国2022年7月24日讯】俄罗斯', expected: { raw: '【看中国2022年7月24日讯】', outlet: '看中国', published: '2022-07-24' }, page: 'p9/1012543 (seed 002)' },
  { text: '【看中国2020年8月5日讯】（看中国记者路克编译）据外媒报道', expected: { raw: '【看中国2020年8月5日讯】', outlet: '看中国', published: '2020-08-05' }, page: 'p9/941933.md' },
  { text: '【希望之声2024年5月18日】（希望之声记者王骁采访报导）', expected: { raw: '【希望之声2024年5月18日】', outlet: '希望之声', published: '2024-05-18' }, page: 'seed 001' },
  { text: '【希望之声2020年6月28日】（编辑：王润）', expected: { raw: '【希望之声2020年6月28日】', outlet: '希望之声', published: '2020-06-28' }, page: 'soh3/242626.md' },
  { text: '【希望之聲2020年6月10日】（本台記者伊虎綜合報導）', expected: { raw: '【希望之聲2020年6月10日】', outlet: '希望之聲', published: '2020-06-10' }, page: 'soh3/385031.md' },
  { text: '【2022年06月08日】（明德网记者田静综合报道）中共', expected: { raw: '【2022年06月08日】', published: '2022-06-08' }, page: 'seed 000' },
  { text: '【新华社长春一九五七年七月三十日讯】', expected: { raw: '【新华社长春一九五七年七月三十日讯】', outlet: '新华社', place: '长春', published: '1957-07-30' }, page: 'p6/939179.md' },
  // Traditional forms
  { text: '【大紀元2022年12月30日訊】', expected: { raw: '【大紀元2022年12月30日訊】', outlet: '大紀元', published: '2022-12-30' } },
  { text: '【新唐人北京時間2022年07月05日訊】', expected: { outlet: '新唐人', published: '2022-07-05', timezone: 'Asia/Shanghai' } },
  { text: '【大紀元2022年12月30日電】', expected: { raw: '【大紀元2022年12月30日電】', published: '2022-12-30' } },
  { text: '【看中國2022年7月24日訊】', expected: { outlet: '看中國', published: '2022-07-24' } },
  // Zones, times, numerals, eras
  { text: '【大纪元美东时间2022年7月4日下午3点讯】', expected: { outlet: '大纪元', published: '2022-07-04T15:00:00-04:00', timezone: 'America/New_York' } },
  { text: '【新唐人台北时间2022年12月30日讯】', expected: { outlet: '新唐人', timezone: 'Asia/Taipei', published: '2022-12-30' } },
  { text: '【香港时间2022年12月30日21:05】', expected: { published: '2022-12-30T21:05:00+08:00', timezone: 'Asia/Hong_Kong' } },
  { text: '【大纪元２０２２年１２月３０日讯】', expected: { published: '2022-12-30' } },
  { text: '【大纪元二〇二二年十二月三十日讯】', expected: { published: '2022-12-30' } },
  { text: '【中央社民國111年12月30日電】', expected: { outlet: '中央社', published: '2022-12-30' } },
  { text: '【美国之音2022年12月30日晚间讯】', expected: { outlet: '美国之音', published: '2022-12-30' } },
  // Reporter and place inside the header
  { text: '【大纪元记者李言台北2022年12月30日讯】', expected: { outlet: '大纪元', reporter: '李言', place: '台北', published: '2022-12-30' } },
  { text: '（中央社记者林克伦台北30日电）', expected: { raw: '（中央社记者林克伦台北30日电）', outlet: '中央社', reporter: '林克伦', place: '台北', published: '2022-12-30' }, reference: '2022-12-30' },
  { text: '（中央社記者林克倫台北30日電）', expected: { outlet: '中央社', reporter: '林克倫', place: '台北', published: '2022-12-30' }, reference: '2022-12-31' },
  { text: '【博谈网2022年1月2日讯】', expected: { outlet: '博谈网', published: '2022-01-02' } },
  // Wire datelines: the year comes from other evidence
  { text: '路透北京8月30日 - 中国', expected: { raw: '路透北京8月30日 -', outlet: '路透', place: '北京', published: '2022-08-30' }, reference: '2022-08-31' },
  { text: '路透北京8月30日 - 中国', expected: { raw: '路透北京8月30日 -', outlet: '路透', place: '北京', published: null } },
  { text: '新华社北京12月30日电 记者', expected: { raw: '新华社北京12月30日电', outlet: '新华社', place: '北京', published: '2022-12-30' }, reference: '2023-01-01' },
  { text: '（路透社华盛顿12月30日电）美国', expected: { outlet: '路透社', place: '华盛顿', published: '2022-12-30' }, reference: '2022-12-30' },
  { text: '美联社纽约12月30日电：', expected: { outlet: '美联社', place: '纽约', published: '2022-12-30' }, reference: '2022-12-31' },
  { text: '法新社巴黎30日电 法国', expected: { outlet: '法新社', place: '巴黎', published: '2022-12-30' }, reference: '2022-12-30' },
  { text: '   【大纪元2022年12月30日讯】', expected: { raw: '【大纪元2022年12月30日讯】' } },
  // Invalid dates: the header is read, the date rejected
  { text: '【大纪元2022年2月30日讯】', expected: { raw: '【大纪元2022年2月30日讯】', published: null, invalid: true } },
  { text: '【看中国2022年13月1日讯】', expected: { published: null, invalid: true } },
  // Not datelines
  { text: '【诚征荣誉会员】溪流能够汇成大海', expected: null, page: 'p9/1012543 (seed 002)' },
  { text: '【国际风云】', expected: null, page: 'seed 000 (related list)' },
  { text: '【九評之七】评中国共产党的杀人历史', expected: null, page: 'nsc413/n13895357 (seed 004)' },
  { text: '【原文】', expected: null, page: 'p6/931152.md' },
  { text: '【方方日记】', expected: null, page: 'butongdeshengyin/jkdv-03262020112954.md' },
  { text: '【今日点击】', expected: null, page: 'prog204/a102962222.md' },
  { text: '【日本新首相菅义伟期待与蔡英文通电话】', expected: null, page: 'nsc993/n12416250.md' },
  { text: '【有冇搞错】', expected: null },
  { text: '－点阅【民间故事】系列－', expected: null, page: 'prog647/a102838885.md' },
  { text: '大纪元2022年12月30日讯 普京', expected: { raw: '大纪元2022年12月30日讯', outlet: '大纪元', published: '2022-12-30' } },
  { text: '据路透北京8月30日报道', expected: null },
  { text: '【关于2022年12月30日的会议纪要】', expected: null },
  { text: '（2020年4月26日）', expected: { published: '2020-04-26' }, page: 'pinglun/js-04272020121624.md' },
  { text: `【${'大'.repeat(100)}2022年12月30日讯】`, expected: null },
  { text: '', expected: null },
];

describe('parseDateline', () => {
  it.each(CASES)('$text', ({ text, expected, reference }) => {
    const result = parseDateline(text, reference === undefined ? {} : { reference });
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject(expected);
  });

  it('reads a header that prints no date, only whose news it is (【明報專訊】, 新京报讯（…）, 本报讯)', () => {
    expect(parseDateline('【明報專訊】長者醫療券')).toEqual({ raw: '【明報專訊】', published: null, date: '', outlet: '明報' });
    expect(parseDateline('【on.cc東網專訊】港鐵東鐵線')).toMatchObject({ raw: '【on.cc東網專訊】', outlet: 'on.cc東網' });
    expect(parseDateline('新京报讯（记者王佳宁）1月15日')).toEqual({ raw: '新京报讯', published: null, date: '', outlet: '新京报' });
    expect(parseDateline('本报讯 记者')).toEqual({ raw: '本报讯', published: null, date: '' });
    for (const text of ['【快讯】美国', '【诚征荣誉会员】', '報社訊息如下', '新闻讯问']) expect(parseDateline(text), text).toBeNull();
  });

  it('reads a wire service website\'s own dispatch (中新网…电) (round 5)', () => {
    expect(parseDateline('中新网广州6月12日电 (记者 蔡敏婕 王坚)广东省疾控中心12日通报', { reference: '2024-06-12' })).toMatchObject({
      raw: '中新网广州6月12日电', published: '2024-06-12', outlet: '中新网', place: '广州',
    });
  });

  it('reads a dated header of an outlet the registry does not know, by the shape of its name (round 8)', () => {
    expect(parseDateline('中国经济网北京5月9日讯（记者 周鹏飞）商务部9日发布数据显示', { reference: '2025-05-09' })).toMatchObject({
      raw: '中国经济网北京5月9日讯', published: '2025-05-09', outlet: '中国经济网', place: '北京',
    });
    expect(parseDateline('【博谈网北京2022年12月3日讯】某某')).toMatchObject({ outlet: '博谈网', place: '北京', published: '2022-12-03' });
    // The brand, the reporter and the place, split (since round 11 a shaped brand may stand before 记者).
    expect(parseDateline('中国网记者 张三 北京5月9日电')).toMatchObject({ outlet: '中国网', reporter: '张三', place: '北京' });
    expect(parseDateline('据新华网5月9日电，某某')).toBeNull();
    expect(parseDateline('北京时间5月9日讯')).toBeNull();
  });

  it('reads a brand of media joined by ·, a sub-brand and a comma after a bare 讯 (齐鲁网·闪电新闻, 证券时报e公司; round 10)', () => {
    expect(parseDateline('齐鲁网·闪电新闻11月18日讯 11月18日，记者从山东省住建厅获悉', { reference: '2024-11-18' })).toMatchObject({ raw: '齐鲁网·闪电新闻11月18日讯', outlet: '齐鲁网·闪电新闻', published: '2024-11-18' });
    expect(parseDateline('证券时报e公司讯，10月28日晚间，晟华电子公告')).toEqual({ raw: '证券时报e公司讯，', published: null, date: '', outlet: '证券时报e公司' });
    expect(parseDateline('某某公司讯，10月28日')).toBeNull();
  });

  it('reads a reporter\'s report in brackets, with the place before 报道, as a dispatch dated the day it was filed (侨报, round 11)', () => {
    expect(parseDateline('【侨报记者梁子琪5月9日洛杉矶报道】圣盖博谷一华人社团', { reference: '2024-05-10' })).toEqual({
      raw: '【侨报记者梁子琪5月9日洛杉矶报道】', published: '2024-05-09', date: '5月9日', outlet: '侨报', reporter: '梁子琪', dispatch: true,
    });
  });

  it('reads a compiler named after the date, and a sub-brand after a slash (欧洲时报, 现代快报/现代+; round 12)', () => {
    expect(parseDateline('【欧洲时报1月21日方舟编译报道】巴黎大区', { reference: '2025-01-21' })).toMatchObject({ outlet: '欧洲时报', reporter: '方舟', published: '2025-01-21' });
    expect(parseDateline('现代快报/现代+讯（记者 顾文娟 通讯员 宁建宣）11月11日')).toMatchObject({ raw: '现代快报/现代+讯', outlet: '现代快报/现代+' });
  });

  it('marks the paper\'s own dispatch (本报…电): its date is the filing day', () => {
    expect(parseDateline('本报北京5月19日电 （记者顾晓阳）记者从', { reference: '2024-05-20' })).toEqual({
      raw: '本报北京5月19日电', published: '2024-05-19', date: '5月19日', dispatch: true, place: '北京',
    });
  });

  it('reads an outlet\'s 消息 header with its colon (央视网消息：), not a 据…消息 sentence', () => {
    expect(parseDateline('央视网消息：记者从交通运输部获悉')).toEqual({ raw: '央视网消息：', published: null, date: '', outlet: '央视网' });
    expect(parseDateline('据新华网消息：某地发生地震')).toBeNull();
    expect(parseDateline('网友消息：有人说')).toBeNull();
  });
});

describe('parseDateline: the look before the outlet patterns', () => {
  it('still reads an unknown outlet whose name runs eight characters of two units each', () => {
    const name = '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇网';
    expect(parseDateline(`${name}5月9日讯 今天`, { reference: '2022-05-20' })).toEqual({ raw: `${name}5月9日讯`, published: '2022-05-09', date: '5月9日', outlet: name });
    expect(parseDateline(`${name}讯：今天`)).toEqual({ raw: `${name}讯：`, published: null, date: '', outlet: name });
    expect(parseDateline(`【${name}讯】`)).toEqual({ raw: `【${name}讯】`, published: null, date: '', outlet: name });
  });
});

describe('parseDateline: the brackets a header is printed in', () => {
  it('reads a header in each of the six bracket pairs, and nothing from an empty or blank text', () => {
    for (const [open, close] of [['【', '】'], ['[', ']'], ['［', '］'], ['（', '）'], ['(', ')'], ['〔', '〕']] as const) {
      expect(parseDateline(` ${open}大纪元2022年12月30日讯${close}正文`), open).toMatchObject({ raw: `${open}大纪元2022年12月30日讯${close}`, outlet: '大纪元', published: '2022-12-30' });
    }
    expect(parseDateline('')).toBeNull();
    expect(parseDateline('  ')).toBeNull();
  });
});
