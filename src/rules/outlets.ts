/**
 * The registry of Chinese-language outlets: how they name themselves in
 * datelines and credit lines, and the domains they publish on.
 */
import type { Outlet } from '../types.js';

/**
 * A registry entry: the outlet plus the names and domains that identify it.
 *
 * @example
 * const nanfang: OutletEntry = {
 *   id: 'nanfang-guancha',
 *   name: '南方观察',
 *   url: 'https://www.nanfang-guancha.example',
 *   names: ['南方观察', '南方觀察'],
 *   domains: ['nanfang-guancha.example'],
 * };
 */
export interface OutletEntry extends Outlet {
  /** Names as printed, Simplified and Traditional, longest first is not required. */
  readonly names: readonly string[];
  /** Registrable domains, matched on dot boundaries. */
  readonly domains: readonly string[];
  /** The IANA zone the outlet prints its times in, when it keeps one (not an outlet with desks in several). */
  readonly zone?: string;
}

/**
 * Outlets qingxi recognises out of the box.
 *
 * @example
 * outletByName('大紀元', OUTLETS) // { id: 'epochtimes', name: '大纪元', url: 'https://www.epochtimes.com' }
 * // One more outlet, recognised by its dateline brand or its domain:
 * const extractor = createExtractor({ outlets: [...OUTLETS, nanfang] });
 * extractor.extractOrThrow('<p>【南方观察2022年12月30日讯】香港警方周五拘捕多人，指他们涉嫌违反《国安法》，当局称调查仍在进行中。</p>').outlet
 * // { id: 'nanfang-guancha', name: '南方观察', url: 'https://www.nanfang-guancha.example' }
 */
export const OUTLETS: readonly OutletEntry[] = [
  { id: 'epochtimes', name: '大纪元', url: 'https://www.epochtimes.com', names: ['大纪元', '大紀元', '大纪元时报', '大紀元時報', 'Epoch Times'], domains: ['epochtimes.com', 'epochtimes.com.tw', 'epochtimeshk.org', 'theepochtimes.com'] },
  { id: 'ntdtv', name: '新唐人', url: 'https://www.ntdtv.com', names: ['新唐人', '新唐人电视台', '新唐人電視台', '新唐人电视', '新唐人電視', 'NTD'], domains: ['ntdtv.com', 'ntd.tv', 'ntdtv.com.tw'] },
  // 看中古: a typo of 看中国 that its own bylines print (（看中古记者苗薇综合报导）).
  { id: 'secretchina', name: '看中国', url: 'https://www.secretchina.com', names: ['看中国', '看中國', '看中古'], domains: ['secretchina.com', 'kanzhongguo.com', 'kzg.io'] },
  { id: 'soundofhope', name: '希望之声', url: 'https://www.soundofhope.org', names: ['希望之声', '希望之聲', '希望之声电台', '希望之聲電台'], domains: ['soundofhope.org', 'sohcradio.com'] },
  { id: 'rfa', name: '自由亚洲电台', url: 'https://www.rfa.org', names: ['自由亚洲电台', '自由亞洲電台', '自由亚洲', '自由亞洲', 'RFA'], domains: ['rfa.org'] },
  { id: 'voa', name: '美国之音', url: 'https://www.voachinese.com', names: ['美国之音', '美國之音', 'VOA'], domains: ['voachinese.com', 'voanews.com', 'voacantonese.com'] },
  { id: 'reuters', name: '路透', url: 'https://www.reuters.com', names: ['路透社', '路透', 'Reuters'], domains: ['reuters.com'] },
  { id: 'bbc', name: 'BBC中文', url: 'https://www.bbc.com/zhongwen', names: ['BBC中文网', 'BBC中文網', 'BBC中文', 'BBC'], domains: ['bbc.com', 'bbc.co.uk'] },
  { id: 'dw', name: '德国之声', url: 'https://www.dw.com/zh', names: ['德国之声', '德國之聲', 'DW'], domains: ['dw.com'] },
  { id: 'rfi', name: '法广', url: 'https://www.rfi.fr/cn', names: ['法国国际广播电台', '法國國際廣播電台', '法广', '法廣', 'RFI'], domains: ['rfi.fr'] },
  { id: 'zaobao', name: '联合早报', url: 'https://www.zaobao.com', names: ['联合早报', '聯合早報'], domains: ['zaobao.com', 'zaobao.com.sg'], zone: 'Asia/Singapore' },
  { id: 'cna', name: '中央社', url: 'https://www.cna.com.tw', names: ['中央通讯社', '中央通訊社', '中央社'], domains: ['cna.com.tw'], zone: 'Asia/Taipei' },
  { id: 'mingde', name: '明德网', url: null, names: ['明德网', '明德網'], domains: [] },
  { id: 'xinhua', name: '新华社', url: 'http://www.news.cn', names: ['新华社', '新華社', '新华网', '新華網'], domains: ['news.cn', 'xinhuanet.com'], zone: 'Asia/Shanghai' },
  { id: 'ap', name: '美联社', url: 'https://apnews.com', names: ['美联社', '美聯社', 'AP'], domains: ['apnews.com'] },
  { id: 'afp', name: '法新社', url: 'https://www.afp.com', names: ['法新社', 'AFP'], domains: ['afp.com'] },
  { id: 'kyodo', name: '共同社', url: 'https://china.kyodonews.net', names: ['共同社', '共同通信社'], domains: ['kyodonews.net'] },
  { id: 'nytimes', name: '纽约时报中文网', url: 'https://cn.nytimes.com', names: ['纽约时报中文网', '紐約時報中文網', '纽约时报', '紐約時報'], domains: ['nytimes.com'] },
  { id: 'minghui', name: '明慧网', url: 'https://www.minghui.org', names: ['明慧网', '明慧網'], domains: ['minghui.org'] },
  { id: 'zhengjian', name: '正见网', url: 'https://www.zhengjian.org', names: ['正见网', '正見網'], domains: ['zhengjian.org'] },
  { id: 'ltn', name: '自由时报', url: 'https://www.ltn.com.tw', names: ['自由时报', '自由時報'], domains: ['ltn.com.tw'], zone: 'Asia/Taipei' },
  { id: 'udn', name: '联合报', url: 'https://udn.com', names: ['联合报', '聯合報', '联合新闻网', '聯合新聞網'], domains: ['udn.com'], zone: 'Asia/Taipei' },
  { id: 'peoplenews', name: '民报', url: 'https://www.peoplenews.tw', names: ['民报', '民報'], domains: ['peoplenews.tw'], zone: 'Asia/Taipei' },
  { id: 'chinadigitaltimes', name: '中国数字时代', url: 'https://chinadigitaltimes.net', names: ['中国数字时代', '中國數字時代'], domains: ['chinadigitaltimes.net'] },
  { id: 'caixin', name: '财新网', url: 'https://www.caixin.com', names: ['财新网', '財新網', '财新', '財新'], domains: ['caixin.com'], zone: 'Asia/Shanghai' },
  { id: 'guancha', name: '观察者网', url: 'https://www.guancha.cn', names: ['观察者网', '觀察者網'], domains: ['guancha.cn'], zone: 'Asia/Shanghai' },
  { id: 'initium', name: '端传媒', url: 'https://theinitium.com', names: ['端传媒', '端傳媒'], domains: ['theinitium.com'] },
  // Outlets on generic domains (.com, .cc) that publish from one zone: their printed times are in it.
  { id: 'people', name: '人民网', url: 'http://www.people.com.cn', names: ['人民网', '人民網'], domains: ['people.com.cn', 'people.cn'], zone: 'Asia/Shanghai' },
  { id: 'netease', name: '网易', url: 'https://www.163.com', names: ['网易新闻', '網易新聞', '网易', '網易'], domains: ['163.com'], zone: 'Asia/Shanghai' },
  { id: 'sohu', name: '搜狐', url: 'https://www.sohu.com', names: ['搜狐新闻', '搜狐新聞', '搜狐网', '搜狐網', '搜狐'], domains: ['sohu.com'], zone: 'Asia/Shanghai' },
  { id: 'ifeng', name: '凤凰网', url: 'https://www.ifeng.com', names: ['凤凰网', '鳳凰網'], domains: ['ifeng.com'], zone: 'Asia/Shanghai' },
  { id: 'tencent', name: '腾讯新闻', url: 'https://news.qq.com', names: ['腾讯新闻', '騰訊新聞', '腾讯网', '騰訊網'], domains: ['qq.com'], zone: 'Asia/Shanghai' },
  { id: 'oncc', name: '东网', url: 'https://hk.on.cc', names: ['on.cc東網', '東網', '东网'], domains: ['on.cc'], zone: 'Asia/Hong_Kong' },
  { id: 'hkej', name: '信报', url: 'https://www.hkej.com', names: ['信報財經新聞', '信报财经新闻', '信報', '信报'], domains: ['hkej.com'], zone: 'Asia/Hong_Kong' },
  { id: 'hkcd', name: '香港商报', url: 'https://www.hkcd.com', names: ['香港商報網', '香港商报网', '香港商報', '香港商报'], domains: ['hkcd.com', 'hkcd.com.hk'], zone: 'Asia/Hong_Kong' },
  { id: 'mingpao', name: '明报', url: 'https://news.mingpao.com', names: ['明報', '明报'], domains: ['mingpao.com'], zone: 'Asia/Hong_Kong' },
  { id: 'hk01', name: '香港01', url: 'https://www.hk01.com', names: ['香港01', 'HK01'], domains: ['hk01.com'], zone: 'Asia/Hong_Kong' },
  { id: 'nikkei', name: '日经中文网', url: 'https://cn.nikkei.com', names: ['日经中文网', '日經中文網'], domains: ['nikkei.com'], zone: 'Asia/Tokyo' },
];

/** Wire services and papers whose names open datelines and close agency lines, besides the registry's outlets. */
export const WIRE_SERVICES: readonly string[] = ['路透社', '路透', '新华社', '新華社', '中央社', '美联社', '美聯社', '法新社', '共同社', '彭博社', '彭博', '韩联社', '韓聯社', '塔斯社', '俄新社', '安莎社', '德新社', '中新社', '中通社',
  // The wire services' and state papers' websites file their own dispatches: 中新网广州6月12日电, 新华网北京…电, 人民网北京…电.
  '中新网', '中新網', '新华网', '新華網', '人民网', '人民網'];
