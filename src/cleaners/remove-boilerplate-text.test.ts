import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { BOILERPLATE_PHRASES } from '../rules/phrases.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { matchesPhrase, removeBoilerplateText } from './remove-boilerplate-text.js';

const texts = (html: string) => pipe(normalizeWhitespace(), removeBoilerplateText()).run(html).blocks.map((b) => b.text);
/** What stays of these paragraphs, each given as its own <p>. */
const kept = (...paragraphs: readonly string[]) => texts(paragraphs.map((t) => `<p>${t}</p>`).join(''));

describe('removeBoilerplateText', () => {
  it('drops labelled copyright notices and disclaimers (中国日报网, 每日经济新闻)', () => {
    expect(
      texts(`<p>正文。</p>
      <p>中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。</p>
      <p>免责声明：本文内容与数据仅供参考，不构成投资建议，使用前核实。据此操作，风险自担。</p>`),
    ).toEqual(['正文。']);
    // A medium's name alone on a line stays: by its words it cannot be told from a subheading (中国的假新闻).
    expect(texts('<p>正文。</p><p>每日经济新闻</p><p>中国的假新闻</p>')).toEqual(['正文。', '每日经济新闻', '中国的假新闻']);
    // A sentence that mentions a medium, or a longer line, stays.
    expect(texts('<p>据每日经济新闻报道，利率下调。</p><p>香港电台今日新闻与公共事务部门</p>')).toHaveLength(2);
  });

  it('drops the note that a reprint is abridged, and keeps a sentence about cuts (prog647/a102942987, prog1699/a102805093)', () => {
    expect(kept('正文。', '（文章内容有删节）', '（原文有删节）')).toEqual(['正文。']);
    expect(kept('报道（有删节）指出，官方删减了预算。')).toEqual(['报道（有删节）指出，官方删减了预算。']);
  });

  it('drops a related list labelled with the outlet between 更多 and 報導, spaces and all', () => {
    expect(texts('<p>正文。</p><p>更多 NOWnews 今日新聞 報導：北市傳統市場導入行動支付</p>')).toEqual(['正文。']);
  });

  it('drops appeals, notices and promo lines', () => {
    expect(
      texts(`<p>正文。</p>
      <p>【诚征荣誉会员】溪流能够汇成大海，小善可以成就大爱。</p>
      <p>本文短网址: 版权所有，任何形式转载需看中国授权许可。严禁建立镜像网站.</p>
      <p>希望之声版权所有，未经希望之声书面允许，不得转载，违者必究。</p>
      <p>（文章只代表特约评论员个人的立场和观点）</p>
      <p>（本文为《民报》授权《看中国》转载。原文链接）</p>
      <p>－点阅【民间故事】系列文章</p>
      <p>相关视频：【重播】美大选</p>`),
    ).toEqual(['正文。']);
  });

  it('drops a DocumentCloud viewer\'s fallback links (大纪元 nf4514/n12430560, n12449829)', () => {
    expect(
      kept(
        '《洛龙区网络舆情应急预案》称，区委网信办落实24小时带班和值班制度。',
        '<a href="https://assets.documentcloud.org/documents/7218535/a.txt">伊川农商行舆情相关情况 (Text)</a>',
        '洛阳市关于开展跟帖评论专项整治工作第一阶段工作情况 (PDF)',
      ),
    ).toEqual(['《洛龙区网络舆情应急预案》称，区委网信办落实24小时带班和值班制度。']);
    // A sentence that ends in a bracketed word stays.
    expect(kept('报告全文以文本形式公布。', '他说这份报告的格式是 (PDF)。')).toHaveLength(2);
  });

  it('drops a live stream\'s channel addresses under 网络收看方式 (新唐人 prog203/a102965539)', () => {
    expect(
      kept(
        '新唐人电视台将于美东时间周六晚7:30 PM ，现场直播，中文同声翻译。敬请收看。',
        '网络收看方式：',
        '新唐人网站：<a href="https://www.ntdtv.com/">https://www.ntdtv.com/</a>',
        '新唐人YouTube：https://www.youtube.com/user/NTDCHINESE',
        '新唐人脸书：https://www.facebook.com/NTDChinese/',
      ),
    ).toEqual(['新唐人电视台将于美东时间周六晚7:30 PM ，现场直播，中文同声翻译。敬请收看。']);
    // A sentence about the outlet's site stays.
    expect(kept('该片即日起在新唐人网站和大纪元网站播出。')).toHaveLength(1);
  });

  it('drops a pointer to the English version and a column\'s standing note', () => {
    expect(
      texts(`<p>正文。</p>
      <p>【真理部】栏目收录的是中国数字时代获得的网络审查指令。标题为中国数字时代所加，指令文本略有删节。</p>
      <p>本欄目文章由讀者投稿。</p>
      <p><a href="https://www.nytimes.com/2024/03/05/business/a.html">点击查看本文英文版。</a></p>
      <p>英文原文：China's factories move</p>`),
    ).toEqual(['正文。']);
  });

  it('keeps a paragraph that only mentions a column or the English text', () => {
    expect(texts('<p>他在该栏目发表的文章被删除。</p><p>本文英文版的标题更直接。这一点引起了读者的讨论，有人认为翻译刻意淡化了原意，也有人认为只是编辑习惯。</p>')).toEqual([
      '他在该栏目发表的文章被删除。',
      '本文英文版的标题更直接。这一点引起了读者的讨论，有人认为翻译刻意淡化了原意，也有人认为只是编辑习惯。',
    ]);
  });

  it('keeps a long paragraph that quotes a phrase', () => {
    const long = `他说：“版权所有并不意味着什么。”${'这是一段很长的正文。'.repeat(30)}`;
    expect(texts(`<p>${long}</p>`)).toEqual([long]);
  });

  it('every phrase rule is bounded and matches an example of itself', () => {
    for (const rule of BOILERPLATE_PHRASES) {
      if (rule.match instanceof RegExp) expect(rule.match.flags).not.toMatch(/[gy]/u);
      expect(rule.maxChars).toBeGreaterThan(0);
      if (typeof rule.match === 'string') expect(matchesPhrase(rule.match, rule)).toBe(true);
    }
    expect(new Set(BOILERPLATE_PHRASES.map((r) => r.id)).size).toBe(BOILERPLATE_PHRASES.length);
  });

  it('drops a print-edition line, a header source line, a keywords line, page tools and app or LINE promos (round 3)', () => {
    expect(
      texts(`<p>正文。</p>
      <p>《 人民日报 》（ 2024年05月20日 13 版）</p>
      <p>来源：澎湃新闻</p>
      <p>字号 微信 微博 链接</p>
      <p>相關字詞﹕醫療券 大灣區</p>
      <p>加入中時新聞網LINE好友，重大新聞不漏接</p>
      <p>下載中時新聞網APP，隨時掌握最新消息</p>
      <p>立即下載</p>`),
    ).toEqual(['正文。']);
  });

  it('drops an original-title notice, an article keywords line, an app line and a QR box caption (round 5)', () => {
    expect(
      texts(`<p>原标题：汽车以旧换新补贴申请量快速攀升</p>
      <p>图片来源：视觉中国</p>
      <p>更新時間：2024.05.21 10:05 臺北時間</p>
      <p>正文。</p>
      <p>海量资讯、精准解读，尽在新浪财经APP</p>
      <p>文章关键词：以旧换新 补贴</p>
      <p>新浪财经公众号</p>
      <p>24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）</p>`),
    ).toEqual(['正文。']);
    // 看中国 (p4/942654, p4/946046): the notice in brackets under the story.
    expect(texts('<p>正文。</p><p>（原标题：老钱：让微信“美国本土化”）</p><p>（原题目：禁留学生势将窒息中国发展）</p>')).toEqual(['正文。']);
    const story = ['他在公众号上写道，原标题已改。', '该公众号发文称，补贴尽在掌握。'];
    expect(texts(story.map((t) => `<p>${t}</p>`).join(''))).toEqual(story);
  });

  it('keeps story text that mentions a paper, a source or a download', () => {
    const story = ['《人民日报》（2024年5月20日）报道，禁渔成效显著。', '来源：据当地居民介绍，这里曾经是渔村。', '他说要立即下载这份文件。'];
    expect(texts(story.map((t) => `<p>${t}</p>`).join(''))).toEqual(story);
  });

  it('keeps news that reports a like or a permission, and drops the appeal and the notice (corpus: 看中国, 新唐人, 大纪元)', () => {
    const news = [
      '中国驻英国大使刘晓明9日又被踢爆，竟对情色推文按赞。',
      '这款拉面口罩一推出立刻爆红，有超过25万名网友按赞，7万网友转发。',
      '台湾公私立科研机构现职专任教师及相关人员未经许可不得参与中共的各项国家基金及国家重点研发计划。',
      '这段视频在网上获得上万点赞和转发。',
      '主办方邀请网友点赞支持。',
      '这款设计广受欢迎并获点赞无数。',
    ];
    const appeals = [
      '好的，今天我们就暂时讨论到这里，欢迎大家订阅点赞，留言转发，我们下次再见。',
      '如果您喜欢新闻看点，请别忘记点赞订阅，并且分享给您的亲人和朋友。',
      '喜欢我的频道，欢迎点赞，订阅，评论，并开启小铃铛就可在第一时间观看精彩内容。',
      '本文为南方+原创作品，未经授权不得转载。',
      '证券时报网版权所有，未经许可不得转载或建立镜像',
      '金羊网版权所有，未经授权不得转载、摘编或利用其它方式使用上述作品。',
    ];
    expect(kept(...news, ...appeals)).toEqual(news);
  });

  it('cuts an appeal that ends a paragraph of story, and drops one that is most of its paragraph (看中国 p4/949081)', () => {
    const story = '您好，咱们又见面了，今天聊的题目是：四年政变路。美国也有政变哪？是的，而且这场政变在当选前就开始了。我也要跟大家分享一下，上周五议长动用25修正案的背后原因。';
    const outro = '好，今天就先聊到这里。如果你喜欢我们的节目，请记得订阅、留言、按赞，跟你的亲朋好友分享。';
    const result = pipe(normalizeWhitespace(), removeBoilerplateText()).run(`<p>${story}如果您还没有订阅，请点击订阅键，谢谢。</p><p>${outro}</p>`, { explain: true });
    expect(result.blocks.map((b) => b.text)).toEqual([story]);
    expect(result.trace).toContainEqual(expect.objectContaining({ kind: 'changed', step: 'removeBoilerplateText', rule: 'subscribe-appeal', reason: 'subscription appeal cut from the end of a paragraph', snippet: '如果您还没有订阅，请点击订阅键，谢谢。' }));
    expect(result.trace).toContainEqual(expect.objectContaining({ kind: 'removed', rule: 'subscribe-appeal' }));
  });

  it('drops 看中国\'s closing call for comments, and keeps a comment the story reports (p8/936659, p8/941742, p9/947768)', () => {
    const appeals = [
      '对于这句俗语，若你有自己的见解，也欢迎在底下留言，与读者分享。',
      '这类的“新型不孝”，你是否也遇过呢？欢迎在底下留言，与读者分享你的经历与见解。',
      '如果您对我们的半月刊有任何的反馈和建议，欢迎在文章下面留言。您的满意，是我们不断前行的动力。',
      '亲爱的《看中国》读者们，如果你也是留在美国的华人，欢迎在留言区说说你不回国的原因。',
    ];
    const news = ['但网民“啊乐”留言道：“欢迎个毛线，逛完赶紧走，别留着扰民。”', '这是正文。'];
    expect(texts([...news, ...appeals].map((t) => `<p>${t}</p>`).join(''))).toEqual(news);
  });

  it('drops 看中国\'s membership banner captions and 希望之声\'s 文章来源：URL line (p4/945092, soh3/391390)', () => {
    const lines = ['点击图片 了解真相 加入看中国荣誉会员', '点击图片 前往看中国荣誉会员注册', '文章来源：https://www.sohu.com/a/403626625_120250211'];
    const news = ['点击图片可放大查看细节。', '文章来源：看中国专栏作家郑中原的分析。', '这是正文。'];
    expect(texts([...news, ...lines].map((t) => `<p>${t}</p>`).join(''))).toEqual(news);
  });

  it('drops the book and publisher an excerpt comes from (soh3/361960), and keeps a sentence that cites a book', () => {
    const news = ['选自《史记》的这段记载，说明了当时的情形。', '这是正文。'];
    expect(texts([...news, '选自《独钓寒江雪──经典名作中的秘密》／文津出版'].map((t) => `<p>${t}</p>`).join(''))).toEqual(news);
  });

  it('drops the outlets a story was compiled from and a program\'s sign-off (新唐人 prog202/a102948820, prog424/a102932673; 大纪元 nsc412/n12460002), and keeps a cited text', () => {
    const news = ['他们很高兴听法轮功学员们讲真相，最后表示要阅读《转法轮》一书。', '资料来源：《张大仙道行碑》', '节目组说，《薇羽看世间》节目组明天再见。'];
    expect(kept(...news, '资料来源：明慧网')).toEqual(news);
    expect(kept(...news, '资料来源：明慧网、大纪元')).toEqual(news);
    expect(kept(...news, '好，今天薇羽很高兴能跟大家说这些。薇羽看世间，我们明天见！', '《薇羽看世间》节目组')).toEqual([...news, '好，今天薇羽很高兴能跟大家说这些。薇羽看世间，我们明天见！']);
  });

  it('drops a program\'s social pages, its donation link, a pointer to the full interview and an attachment\'s download links (大纪元 nsc412/n12467540, nsc415/n12428197, nsc424/n9055656; 新唐人 prog1695/a102930939, prog424/a102898867)', () => {
    const news = ['中国网民也无法登陆脸书、推特、Youtube等社交媒体。', '他在推特专页上说，完整访谈内容已经删除。', '附图表：迫害法轮功遭报的126名中共国级省部级高官'];
    expect(kept(...news, '推特专页：https://twitter.com/newsdetox2', '脸书专页：http://bit.ly/远见快评粉丝页')).toEqual(news);
    expect(kept(...news, '支持“热点互动”：https://donorbox.org/rdhd')).toEqual(news);
    expect(kept(...news, '完整访谈内容请观看《珍言真语》节目。')).toEqual(news);
    expect(kept(...news, '(录音001下载：MP3，文稿下载：pdf001）', '（PDF下载）')).toEqual(news);
  });

  it('drops series, previous/next, follow, channel and reprint lines the corpus left in bodies, and keeps news like them', () => {
    const boilerplate = [
      '更多文章，请点击【帝尧的故事】系列。',
      '点阅揭秘中共的舆情管控系统系列内幕。',
      '附：点阅“弘扬传统文化”征文',
      '上一篇：《共产主义黑皮书》第一部 苏联的暴力、镇压和恐怖（38）',
      '下一篇：中国简明通史（2）夏朝和商朝',
      '关注我们facebook主页，及时获得更多资讯，请点这里。',
      '完整访谈内容及更多细节，之后将在晓天YouTube频道更新，频道地址：https://www.youtube.com/channel/UCpcPfXaI5OEnOWGOKWzLQgg',
      '（文章由作者授权转载自颜纯钩facebook脸书专页）',
      '（神韵网站授权转载，版权归神韵艺术团所有）',
      '（大纪元首发）',
      '（点击阅读原文）',
    ];
    const news = [
      '他说，点阅这些系列报道的人越来越多。',
      '上一篇报道发表后，当局约谈了作者。',
      '（中央社记者报道，首发于周一的新闻在网上流传）',
      '这个频道地址不公开，外界无从得知。',
      '读者点击阅读原文后留言。',
    ];
    expect(kept(...boilerplate, ...news)).toEqual(news);
  });

  it('refuses a phrase table it cannot run safely, when the step is made', () => {
    const rule = { id: 'x', match: /订阅/u, at: 'any', maxChars: 100, reason: 'r' } as const;
    expect(() => removeBoilerplateText({ phrases: [{ ...rule, match: /订阅/gu }] })).toThrow('qingxi: removeBoilerplateText phrases[0] ("x").match has the g or y flag, which makes matching depend on earlier blocks; remove the flag.');
    expect(() => removeBoilerplateText({ phrases: [{ ...rule, cutTrailing: Number.NaN }] })).toThrow(/phrases\[0\] \("x"\)\.cutTrailing must be a number of characters ≥ 0/u);
    expect(() => removeBoilerplateText({ phrases: [{ ...rule, at: 'end' as never }] })).toThrow(/\.at must be 'start' or 'any'/u);
    expect(() => removeBoilerplateText({ phrases: [{ ...rule, maxChars: 0 }] })).toThrow(/\.maxChars must be a positive number/u);
    expect(() => removeBoilerplateText({ phrases: [null as never] })).toThrow(/phrases\[0\] is not a phrase rule/u);
  });

  it('cuts an appeal only from a paragraph: a list keeps its items whole or goes', () => {
    const items = ['这是一段足够长的列表项文字，用来测试裁剪只对段落生效，而列表不会被截断。这是更多的文字，让它超过六十个字符的门槛。', '如果您还没有订阅，请点击订阅键。'];
    const result = pipe(removeBoilerplateText()).run(`<ul><li>${items[0]}</li><li>${items[1]}</li></ul>`);
    expect(result.blocks).toEqual([]);
  });

  it('drops a summary box, the header\'s date row, related pointers, tag lines and membership promos', () => {
    expect(
      texts(`<p>摘要：郑州拟收购约5000套存量商品房</p>
      <p>发布时间：2024-11-08 06:15（5小时前）更新时间：2024-11-08 09:40</p>
      <p>出版：2025-06-14 07:52更新：2025-06-14 11:30</p>
      <p>2024-12-18 10:26:41 来源: 红星新闻</p>
      <p>正文。</p>
      <p>►延伸閱讀：長照3.0規劃出爐</p>
      <p>相關標籤：公屋 房委會</p>
      <p>【加入關鍵評論網會員】每天精彩好文直送你的信箱。立刻點擊免費加入會員！</p>`),
    ).toEqual(['正文。']);
    // A transcript's 内容提要 labels are text; a story that mentions a publication time is text.
    expect(texts('<p>内容提要：我们每年四、五百例。</p><p>该文件发布时间：2024年1月。</p>')).toHaveLength(2);
  });

  it('drops a portal\'s back link, an empty credit label, a share row with LINE and a last-updated line', () => {
    expect(texts('<p>正文。</p><p>返回搜狐，查看更多</p><p>责任编辑：</p><p>分享LINE複製連結</p><p>最後更新時間：2024/09/10 16:05</p>')).toEqual(['正文。']);
    // A credit with its name, and prose that mentions going back, stay.
    expect(texts('<p>责任编辑：王五</p><p>返回搜狐后，他查看更多资料。</p>')).toHaveLength(2);
  });

  it('drops an outlet\'s own-work copyright statement (第一财经), not prose about copyright', () => {
    expect(texts('<p>正文。</p><p>此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面授权，不得以任何方式加以使用。</p>')).toEqual(['正文。']);
    expect(texts('<p>法院认定，该作品著作权归原告所有。</p>')).toHaveLength(1);
  });

  it('drops an author box\'s follow button and account badge (腾讯)', () => {
    expect(texts('<p>大河报河南大河报社官方账号</p><p>+关注</p><p>正文。</p>')).toEqual(['正文。']);
  });

  it('drops a bracketed copyright line, a messaging-channel promo and a call for news tips (韩联社, 南洋商报, 封面新闻; round 8)', () => {
    expect(texts('<p>正文。</p><p>【版权归韩联社所有，未经授权严禁转载复制】</p>')).toEqual(['正文。']);
    expect(texts('<p>正文。</p><p>欢迎加入南洋商报WhatsApp频道，第一时间掌握最新新闻！</p>')).toEqual(['正文。']);
    expect(texts('<p>正文。</p><p>【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料微信关注：ihxdsb，报料QQ：3386405712】</p>')).toEqual(['正文。']);
    // Story text about the same things stays.
    expect(texts('<p>法院认定，涉案图片的版权归原告所有，被告应赔偿损失。</p>')).toHaveLength(1);
    expect(texts('<p>警方呼吁知情市民向警方爆料，提供线索。</p>')).toHaveLength(1);
    expect(texts('<p>该党上月在WhatsApp开设频道，吸引逾万人加入。</p>')).toHaveLength(1);
  });

  it('drops a bracketed source line, an app-download promo with a tip line, an outlet\'s sign-off and a 新聞標籤 line (极目新闻, 博讯, 民視; round 9)', () => {
    expect(texts('<p>正文。</p><p>（来源：极目新闻）</p>')).toEqual(['正文。']);
    expect(texts('<p>正文。</p><p>更多精彩资讯请在应用市场下载“极目新闻”客户端，未经授权请勿转载，欢迎提供新闻线索，一经采纳即付报酬。24小时报料热线027-86777777。</p>')).toEqual(['正文。']);
    expect(texts('<p>正文。</p><p>(博讯 boxun.com)</p>')).toEqual(['正文。']);
    expect(texts('<p>正文。</p><p>新聞標籤：颱風豪雨屏東</p>')).toEqual(['正文。']);
    // A bracketed aside that names no domain stays.
    expect(texts('<p>正文。</p><p>（来源：极目新闻记者现场采访，部分受访者要求匿名）</p>')).toHaveLength(2);
  });

  it('drops print-edition notes, finance disclaimers, a player\'s clock, a picture count and a channel to subscribe to (round 10)', () => {
    for (const line of [
      '发于2024.12.16总第1170期《中国新闻周刊》杂志',
      '杂志标题：医共体这一年',
      '声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担',
      '【免责声明】本文仅代表作者本人观点，与和讯网无关。',
      '听新闻00:00/03:12',
      '+1',
      '点击此处订阅8视界新闻WhatsApp频道，随时随地掌握最新资讯。',
    ]) expect(texts(`<p>正文。</p><p>${line}</p>`), line).toEqual(['正文。']);
    // Story text about the same things stays.
    expect(texts('<p>该刊发于1998年的报道曾引发争议，至今仍被反复引用。</p>')).toHaveLength(1);
    expect(texts('<p>专家提醒，相关信息不构成投资建议的说法并不能免除平台责任，监管部门已介入调查。</p>')).toHaveLength(1);
  });

  it('screens a table longer than the screen\'s three words the same as trying every rule', () => {
    // 120 rules: the screen keys the first 93, the rest are always tried; each must still drop its own block.
    const rules = Array.from({ length: 120 }, (_, i) => ({
      id: `r${i}`,
      match: i % 2 === 0 ? new RegExp(`^[^，。]{0,4}标记${i}号`, 'u') : `标记${i}号`,
      at: i % 2 === 0 ? ('start' as const) : ('any' as const),
      maxChars: 40,
      reason: 'test',
    }));
    const html = rules.map((rule) => `<p>前面标记${rule.id.slice(1)}号</p>`).join('') + '<p>正文。</p>';
    const { blocks, trace } = pipe(removeBoilerplateText({ phrases: rules })).run(html, { explain: true });
    expect(blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(trace.map((entry) => entry.rule)).toEqual(rules.map((rule) => rule.id));
  });

  it('screens a table of more distinct keys than the screen has slots the same as trying every rule', () => {
    // 300 rules: 200 keyed on their first unit, 93 on pairs they hold (a literal's, or either of two
    // alternatives'), 7 always tried. Past 254 distinct keys, units share one slot that lets every
    // rule through.
    const unit = (n: number) => String.fromCharCode(0x5000 + n);
    const pair = (i: number, other: boolean) => `${unit(2 * i + (other ? 1000 : 0))}${unit(2 * i + 1 + (other ? 1000 : 0))}`;
    const rules = Array.from({ length: 300 }, (_, i) => ({
      id: `r${i}`,
      match: i % 6 === 0 ? pair(i, false) : i % 3 === 0 ? new RegExp(`${pair(i, false)}|${pair(i, true)}`, 'u') : new RegExp(pair(i, false), 'u'),
      at: i % 3 === 0 ? ('any' as const) : ('start' as const),
      maxChars: 40,
      reason: 'test',
    }));
    const html = rules.map((rule, i) => `<p>${rule.at === 'start' ? '' : '前面'}${pair(i, i % 6 === 3)}后面</p>`).join('') + '<p>正文。</p>';
    const { blocks, trace } = pipe(removeBoilerplateText({ phrases: rules })).run(html, { explain: true });
    expect(blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(trace.map((entry) => entry.rule)).toEqual(rules.map((rule) => rule.id));
  });

  it('drops an update-time line with a space after its label and a removed player\'s title (SBS; round 11)', () => {
    expect(texts('<p>正文。</p><p>更新時間 2024年7月3日 下午3:20</p>')).toEqual(['正文。']);
    expect(texts('<p>收聽：新財年有甚麼新變化？</p><p>正文。</p>')).toEqual(['正文。']);
    expect(texts('<p>收听广播的人越来越少，电台正在转型。</p>')).toHaveLength(1);
  });

  it('drops an outlet\'s standing reminder, share buttons\' text and a share row with X (壹蘋, 光华日报, 太報; round 12)', () => {
    expect(texts('<p>正文。</p><p>《壹蘋新聞網》提醒您：喝酒不開車，開車不喝酒，酒駕害人害己。</p>')).toEqual(['正文。']);
    expect(texts('<p>正文。</p><p>点击以在 Facebook 上共享（在新窗口中打开） 点击以在 WhatsApp 上共享（在新窗口中打开）</p>')).toEqual(['正文。']);
    expect(texts('<p>正文。</p><p>Facebook LINE X</p>')).toEqual(['正文。']);
    // A story's own quote of a police reminder stays.
    expect(texts('<p>警方提醒民眾：喝酒不開車，開車不喝酒。</p>')).toHaveLength(1);
  });

  it('drops a translated column\'s disclaimer and the outlet\'s standing statement under it (大纪元 nsc423/n12073492)', () => {
    expect(kept('正文。', '本文表达的观点是作者的观点，不一定反映《大纪元时报》的观点。', '无党派和独立新闻', '大纪元是无党派的，基于传统价值观的媒体。我们认为真正的新闻是基于道德原则的。')).toEqual(['正文。']);
    expect(kept('他说，大纪元是无党派的媒体，这一点他很清楚。')).toHaveLength(1);
  });

  it('drops a serial\'s link to its other part, and keeps prose that points back (新唐人 prog647/a102919768, prog424, 大纪元 nsc412/n12458941)', () => {
    expect(kept('【上文：新的人生在兑现（4）】', '让我们跟随主持人宇欣一起细细地领略。')).toEqual(['让我们跟随主持人宇欣一起细细地领略。']);
    expect(kept('接上文：你想像不到 中共怎样对待这群残疾人 （3）', '（接续上文：美国大选民调为何不可信（上））', '（承上文“中美相敬” 一个蒋中正逝世八年后才被宋美龄知道的秘密）', '【下文：新的人生在兑现（6）】', '接续：【李道真专栏】神传文字藏天机（四）', '正文。')).toEqual(['正文。']);
    const prose = ['上文提到的张志新，当年因为反对毛泽东发起的“大跃进”，被打成“反革命”。', '接上文所述，调查组随后离开。', '接上文：他说，调查组随后离开。记者追问时，他没有回答。'];
    expect(kept(...prose)).toEqual(prose);
  });

  it('drops a line pointing at a video below it, and keeps a transcript\'s introduction (希望之声 soh4/305039, soh4/306266, soh5/424528)', () => {
    expect(kept('正文。', '▼下面是1989年10月7日，东德40周年大阅兵的现场视频', '▼下面是香港城市大学学生会编辑委员会 （Editorial Board, CityU SU）的采访视频：')).toEqual(['正文。']);
    const prose = ['下面是视频的全文：', '我只好当面删除长达五六分钟的视频', '热门视频分享：'];
    expect(kept(...prose)).toEqual(prose);
  });

  it('drops the address printed under a dropped label with it, and keeps an address under text (大纪元 nsc422/n12281419, 看中国 p6/936524)', () => {
    const { blocks, trace } = pipe(normalizeWhitespace(), removeBoilerplateText()).run(`<p>正文。</p><p>阅读全文：</p><p>https://www.epochtimes.com/gb/18/5/22/n10414890.htm</p>
      <p>“往事微痕”更多故事请看：</p><p>http://www.secretchina.com/taxonomy/17798</p><p>铁流更多故事请看：</p><p>http://www.secretchina.com/taxonomy/17748</p>`, { explain: true });
    expect(blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(trace.map((t) => t.reason)).toContain('series promo link: the address under it');
    const submissions = ['大纪元网上投稿系统：', 'https://luntan.epochtimes.com/tougao/gb/index.php'];
    expect(kept(...submissions)).toEqual(submissions);
    // Only the line right under the label, and only a bare address.
    expect(kept('阅读全文：', '原文见下。', 'https://www.epochtimes.com/gb/18/5/22/n10414890.htm')).toEqual(['原文见下。', 'https://www.epochtimes.com/gb/18/5/22/n10414890.htm']);
  });

  it('drops a video\'s title line over its removed player, not a sentence after 视频： (大纪元 nsc422/n11428913, nsc418/n12427435)', () => {
    expect(kept('正文。', '视频：【共产主义的终极目的】第六章 以“恨”立国 国已不国（上，下） （更新完整版）', '视频：美国最长寿海军陆战队员达特·科尔（Dot Cole）')).toEqual(['正文。']);
    expect(kept('视频：他在发布会上说，疫情已经得到控制。')).toHaveLength(1);
  });
});

