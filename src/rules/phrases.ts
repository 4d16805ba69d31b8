/**
 * Boilerplate recognised by its words: appeals, notices, reprint and copyright
 * lines, disclaimers, promo lines, mirror furniture.
 *
 * A phrase matches a block when the block starts with it (`at: 'start'`) or
 * holds it anywhere (`at: 'any'`), and the block is at most `maxChars` long,
 * so a long paragraph that merely quotes a phrase is kept.
 */
import { RELATED_LINE } from './links.js';

/**
 * One row of the phrase table.
 *
 * @example
 * const wechat: PhraseRule = { id: 'wechat', match: '欢迎关注我们的微信公众号', at: 'any', maxChars: 100, reason: 'WeChat promo' };
 * const appeal: PhraseRule = { id: 'appeal', match: /^请支持(?:我们|本台)/u, at: 'start', maxChars: 200, reason: 'donation appeal' };
 * removeBoilerplateText({ phrases: [...BOILERPLATE_PHRASES, wechat, appeal] });
 */
export interface PhraseRule {
  readonly id: string;
  /** A literal, or a bounded pattern. */
  readonly match: string | RegExp;
  readonly at: 'start' | 'any';
  /** Longest block (in characters) the rule may drop. */
  readonly maxChars: number;
  readonly reason: string;
  /**
   * For an appeal that can end a paragraph of story (a show's opening: topic, then
   * 如果您还没有订阅，请点击订阅键): when at least this many characters come before the sentence
   * the match starts in, only that sentence and the rest are cut, and the paragraph stays.
   * Without it, a match drops the whole block.
   */
  readonly cutTrailing?: number;
}

/**
 * Blocks dropped by `removeBoilerplateText`.
 *
 * @example
 * BOILERPLATE_PHRASES.find((rule) => rule.id === 'membership-appeal')
 * // { id: 'membership-appeal', match: '【诚征荣誉会员】', at: 'start', maxChars: 2000, reason: 'membership appeal' }
 * // Keep disclaimers in the body:
 * removeBoilerplateText({ phrases: BOILERPLATE_PHRASES.filter((rule) => rule.id !== 'disclaimer') });
 */
export const BOILERPLATE_PHRASES: readonly PhraseRule[] = [
  // Appeals for money, members and subscribers
  { id: 'membership-appeal', match: '【诚征荣誉会员】', at: 'start', maxChars: 2000, reason: 'membership appeal' },
  { id: 'membership-appeal-hant', match: '【誠徵榮譽會員】', at: 'start', maxChars: 2000, reason: 'membership appeal' },
  { id: 'membership-recruit', match: /荣誉会员招募|榮譽會員招募|正义股东|正義股東|不受中共审查的海外独立中文媒体|不受中共審查的海外獨立中文媒體|守护14亿中国人|守護14億中國人/u, at: 'any', maxChars: 600, reason: 'membership appeal' },
  { id: 'donation-link', match: /donate\.|donor(?:box)?\.|为真相护航|為真相護航|支持大纪元|支持大紀元|支持新唐人|支持希望之声|支持看中国/u, at: 'any', maxChars: 200, reason: 'donation appeal' },
  { id: 'donation-appeal', match: /帮助结束中共|幫助結束中共|邀请您和我们一起携手努力|邀請您和我們一起攜手努力|欢迎点击了解详情|歡迎點擊了解詳情|赞助我们|贊助我們|支持我们的报道|支持我們的報導/u, at: 'any', maxChars: 300, reason: 'donation appeal' },
  // A like asked for (请按赞, 欢迎点赞, 请别忘记点赞), not one reported: 网友按赞, 获得上万点赞和转发, 邀请网友点赞 are news.
  { id: 'subscribe-appeal', match: /(?:请|請)(?:记得|記得)?(?:订阅|訂閱)|订阅关注|訂閱關注|(?:欢迎|歡迎)(?:大家|您|你们|你們|你)?(?:订阅|訂閱)|点击订阅|點擊訂閱|订阅我们|訂閱我們|(?<![邀申聘受])(?:请|請|记得|記得|欢迎|歡迎)(?:大家|您|你们|你們|你)?(?:别忘记|別忘記|别忘了|別忘了|帮忙|幫忙|顺手|順手)?[按点點][赞讚]|打开小铃铛|打開小鈴鐺/u, at: 'any', maxChars: 200, reason: 'subscription appeal', cutTrailing: 60 },
  // 看中国's closing call for comments: 也欢迎在底下留言，与读者分享。 / 欢迎在留言区说说… / 欢迎在文章下面留言。 There is no comment box here.
  { id: 'comment-appeal', match: /(?:欢迎|歡迎)(?:在|到)?(?:底下|下方|下面|文章下面|文章下方|文末)?(?:留言|評論區|评论区)/u, at: 'any', maxChars: 200, reason: 'call for comments', cutTrailing: 60 },
  // Reprint, copyright and disclaimer lines
  { id: 'short-url', match: /本文短网址|本文短網址/u, at: 'any', maxChars: 400, reason: 'short-URL box' },
  { id: 'page-url', match: /^(?:本文|本頁|本页)(?:网址|網址|链接|鏈接|連結)[:：]/u, at: 'start', maxChars: 300, reason: 'the page\'s own address' },
  // 中国日报网版权说明：…, 版權聲明：…: a labelled copyright notice.
  { id: 'copyright-label', match: /^[^，。\s]{0,12}(?:版权说明|版權說明|版权声明|版權聲明)\s?[:：]/u, at: 'start', maxChars: 300, reason: 'copyright notice' },
  // 免责声明：本文内容与数据仅供参考…: a labelled disclaimer under a finance story.
  // 声明：…文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担: a finance page's standing disclaimer.
  { id: 'investment-disclaimer', match: /(?:仅供参考|僅供參考)[，,]?(?:并|並)?不(?:构成|構成)(?:任何)?(?:实质性|實質性)?(?:投资建议|投資建議)|据此操作[，,]?风险自担|據此操作[，,]?風險自擔/u, at: 'any', maxChars: 200, reason: 'disclaimer' },
  { id: 'disclaimer-label', match: /^(?:免责声明|免責聲明)\s?[:：]|^【(?:免责声明|免責聲明)】/u, at: 'start', maxChars: 300, reason: 'disclaimer' },
  { id: 'copyright', match: /版权所有|版權所有|©|Copyright/u, at: 'any', maxChars: 200, reason: 'copyright notice' },
  // 【版权归韩联社所有，未经授权严禁转载复制】: the owner named between 归 and 所有, opening the line.
  { id: 'copyright-owner', match: /^[【（(]?(?:本文)?(?:版权|版權)(?:归|歸)[^，。！？\s]{1,16}所有/u, at: 'start', maxChars: 120, reason: 'copyright notice' },
  // 未经许可不得 only with what a notice forbids: 未经许可不得参与中共的…计划 is news.
  { id: 'no-reprint', match: /不得转载|不得轉載|转载请注明|轉載請註明|转载请联系|轉載請聯繫|未(?:经|經)(?:授权|授權|许可|許可)[，,]?不得[^。，；]{0,8}?(?:转载|轉載|复制|複製|转贴|轉貼|翻印|摘编|摘編|刊登|刊载|刊載|使用|引用|镜像|鏡像|散布|散佈|传播|傳播|改编|改編)|严禁转载|嚴禁轉載|禁止转载|禁止轉載|严禁建立镜像|嚴禁建立鏡像/u, at: 'any', maxChars: 200, reason: 'reprint notice' },
  // 此内容为第一财经原创，著作权归第一财经所有。: an outlet's statement that the piece is its own.
  { id: 'own-work', match: /(?:此|本)(?:内容|內容|文)[为為系][^，。\s]{1,12}(?:原创|原創)[，,](?:著作权|著作權|版权|版權)(?:归|歸)/u, at: 'any', maxChars: 300, reason: 'copyright notice' },
  { id: 'reprint-of', match: /^[（(]?本文[为為系經经转轉原由][^。]{0,40}(?:转载|轉載|授权|授權|刊登|首发|首發)|^[（(][^，。（）()]{0,16}?(?:授权|授權)(?:转载|轉載)/u, at: 'start', maxChars: 160, reason: 'reprint notice' },
  { id: 'reprint-mark', match: /^[（(](?:转载|轉載|转帖|轉帖|[^（）()\s]{1,8}(?:首发|首發))[）)]$/u, at: 'start', maxChars: 14, reason: 'reprint mark' },
  // (博讯 boxun.com): the outlet signing off with its name and domain.
  { id: 'outlet-sign-off', match: /^[（(][^（）()\s]{1,12}\s?(?:www\.)?[a-z0-9-]{2,30}\.(?:com|net|org|cn|tw|hk|mo|sg|my)[）)]$/iu, at: 'start', maxChars: 44, reason: "the outlet's sign-off" },
  { id: 'editorial-note', match: /本文章或节目经|本文章或節目經/u, at: 'start', maxChars: 300, reason: 'reprint notice' },
  { id: 'disclaimer', match: /(?:本文|文章|评论|評論|本视频|本視頻|本节目|本節目)[只仅僅]?代表(?:作者|特约评论员|特約評論員|评论员|評論員)|(?:表达|表達)的是作者的(?:观点|觀點)|(?:表达|表達)的(?:观点|觀點)[是为為]作者|不代表(?:本台|本报|本報|本网|本網|大纪元|大紀元|新唐人|希望之声|希望之聲|看中国|看中國)|仅代表作者|僅代表作者|观点不代表|觀點不代表/u, at: 'any', maxChars: 120, reason: 'not-the-author\'s-view disclaimer' },
  // 大纪元's English-edition columns close with its standing statement under a 无党派和独立新闻 head.
  { id: 'outlet-mission', match: /^(?:无党派和独立新闻|無黨派和獨立新聞)$|^(?:大纪元|大紀元)(?:是无党派的|是無黨派的)/u, at: 'start', maxChars: 200, reason: "the outlet's standing statement" },
  // Promo lines and series links
  // 点阅【…】, 点阅…系列内幕, 附：点阅“…”征文, 更多文章，请点击【…】系列.
  { id: 'series-link', match: /^[（(]?[－—-]?\s?(?:附[:：]\s?)?(?:点阅|點閱)(?:[【《“"]|[^。]{1,30}系列)|^更多文章[，,]?(?:请|請)(?:点击|點擊)|^(?:阅读全文|閱讀全文|原书全文|原書全文)[:：]/u, at: 'start', maxChars: 120, reason: 'series promo link' },
  // “往事微痕”更多故事请看：, 铁流更多故事请看：: a pointer to the column's or writer's index, its address on the next line.
  { id: 'more-stories', match: /^[^，。！？\s]{0,16}更多(?:故事|文章)(?:请|請)[看见見][:：]$/u, at: 'start', maxChars: 30, reason: 'series promo link' },
  // 【上文：新的人生在兑现（4）】, 接上文：…（上）, （接续上文：…）, （承上文“…”）, 接续：【李道真专栏】神传文字藏天机（四）
  // (看中国 p7/948692): a serial's link to its other part, not its story.
  { id: 'series-nav', match: /^(?:【(?:上文|下文)[:：]|[（(](?:接续|[接承续])上文|(?:接续|[接承续])上文[:：]|接续[:：])[^。]{1,80}$/u, at: 'start', maxChars: 90, reason: "link to the series' previous or next part" },
  { id: 'prev-next', match: /^(?:上一篇|下一篇|上一頁|下一頁|上一页|下一页)\s?[:：]/u, at: 'start', maxChars: 100, reason: 'previous or next article link' },
  // （点击阅读原文）: a reprint's link back to its source, alone on its line (新唐人 prog647/a102949609).
  { id: 'click-here', match: /(?:请|請)(?:点击|點擊|点|點)(?:这里|這裡|此处|此處|观看|觀看)|^(?:点击|點擊)(?:这里|這裡)|^(?:观看|觀看)【[^】]{1,20}】系列|^[（(]?(?:点击|點擊)(?:阅读|閱讀)(?:原文|全文)[）)]?$/u, at: 'any', maxChars: 100, reason: 'click-here promo line' },
  { id: 'watch-more', match: /(?:欢迎|歡迎)(?:前往|点击|點擊)?(?:观看|觀看|收看)[^。]{0,20}[:：]\s?(?:https?:|www\.)|(?:频道|頻道)(?:地址|網址|网址)[:：]\s?(?:https?:|www\.)|更多精彩(?:视频|視頻|节目|節目)[^。]{0,30}(?:欢迎|歡迎)/u, at: 'any', maxChars: 150, reason: 'channel promo line' },
  { id: 'live-stream', match: /(?:YouTube|脸书|臉書|Facebook|推特|Twitter)直播[:：]|网络收看方式|網絡收看方式|读者购书优惠|讀者購書優惠|新闻网[:：]\s?https?:|新聞網[:：]\s?https?:|(?:新唐人|大纪元|大紀元)(?:网站|網站|YouTube|脸书|臉書|Facebook|推特|Twitter)[:：]\s?https?:/iu, at: 'any', maxChars: 160, reason: 'channel promo line' },
  // 推特专页：https://twitter.com/newsdetox2, 脸书专页：http://bit.ly/…: a program's own pages under its transcript (大纪元 nsc412/n12467540).
  { id: 'social-page', match: /^(?:推特|脸书|臉書|Facebook|Twitter|YouTube|油管|Instagram)(?:专页|專頁|频道|頻道|主页|主頁|账号|帳號)[:：]\s?(?:https?:|www\.|bit\.ly)/iu, at: 'start', maxChars: 80, reason: 'channel promo line' },
  // 完整访谈内容请观看《珍言真语》节目。: the interview's program pointed to, under the excerpt (大纪元 nsc415/n12428197).
  { id: 'watch-program', match: /^完整(?:访谈|訪談|采访|採訪)?(?:内容|內容)?(?:请|請)(?:观看|觀看|收看)《[^《》]{1,16}》/u, at: 'start', maxChars: 40, reason: 'pointer to the program' },
  // (录音001下载：MP3，文稿下载：pdf001）, （PDF下载）: an attachment's download links left as a paragraph (新唐人 prog424/a102898867, 大纪元 nsc424/n9055656).
  { id: 'attachment-download', match: /^[（(](?:(?:录音|錄音)\d*\s?(?:下载|下載)[:：]|(?:PDF|pdf)(?:文件)?(?:下载|下載)[）)]$)/u, at: 'start', maxChars: 60, reason: 'download links of an attachment' },
  // 伊川农商行舆情相关情况 (Text): the PDF/Text links a DocumentCloud viewer (div.DC-embed) prints for readers without script.
  { id: 'document-viewer-link', match: /\s\((?:PDF|Text)\)$/u, at: 'any', maxChars: 120, reason: 'fallback link of a removed document viewer' },
  { id: 'video-downloads', match: /^(?:附[:：])?(?:不同清晰度的视频下载|不同清晰度的視頻下載|各种版本下载的链接|各種版本下載的鏈接)|^(?:1080p|720p|480p|360p)(?:[，,、\s]+(?:1080p|720p|480p|360p))*$/u, at: 'start', maxChars: 60, reason: 'video download links' },
  { id: 'media-label', match: /^(?:音频|音頻|视频|視頻|影片|收听|收聽|收看|播放|听新闻|聽新聞)[:：]?$/u, at: 'start', maxChars: 6, reason: 'label of a removed player' },
  // ▼下面是1989年10月7日，东德40周年大阅兵的现场视频: a line pointing at a player below it, which never stays in the body.
  { id: 'video-pointer', match: /^[▼▽↓⬇👇]?\s?(?:下面是|以下是|下面为|以下为|下面請看|下面请看|请看|請看)[^。！？]{0,60}(?:视频|視頻|影片)[:：]?$/u, at: 'start', maxChars: 70, reason: 'pointer to a removed video' },
  // 收聽：新財年有甚麼新變化？: an audio player's title, left when the player went.
  // 视频：【共产主义的终极目的】第六章…（更新完整版）: a video's title over its removed player; a sentence after 视频： is text.
  { id: 'player-title', match: /^(?:收听|收聽|播放|收看)[:：]\s?\S|^(?:视频|視頻)[:：]\s?[^。！？\s][^。！？]*$/u, at: 'start', maxChars: 50, reason: 'title of a removed player' },
  // 听新闻00:00/03:12: a read-aloud player's label and clock.
  { id: 'player-clock', match: /^(?:音频|音頻|视频|視頻|收听|收聽|播放|听新闻|聽新聞|朗读|朗讀)?\s?\d{1,2}:\d{2}\s?\/\s?\d{1,2}:\d{2}$/u, at: 'start', maxChars: 20, reason: 'label of a removed player' },
  // 纽约时报中文网, FT中文网, WSJ: a translated story ends by pointing at its original.
  { id: 'english-version', match: /^(?:(?:点击|點擊)?(?:查看|阅读|閱讀|浏览|瀏覽)?本文的?英文(?:版|原文)|英文原文[:：]|Read (?:this|the) (?:article|story) in English)/iu, at: 'start', maxChars: 40, reason: 'link to the English version' },
  // 【真理部】栏目收录的是…, 本栏目由…: a column's standing note, the same under every article of it.
  { id: 'column-note', match: /^(?:【[^】]{1,12}】|本)(?:栏目|欄目)/u, at: 'start', maxChars: 200, reason: 'standing note of the column' },
  // The book an excerpt comes from, with its publisher and no writer: 选自《独钓寒江雪──经典名作中的秘密》／文津出版 (希望之声).
  // A note that names the writer is extractSourceNote's, which runs before.
  { id: 'excerpt-source', match: /^(?:选自|選自|摘自|节选自|節選自)《[^《》]{1,40}》\s?[／/]\s?[^\s，。《》]{1,16}$/u, at: 'start', maxChars: 70, reason: 'source note of an excerpt' },
  // （文章内容有删节）, （原文有删节）: the editor's note that the reprint is abridged, over its source and credit lines (新唐人 prog647/a102942987).
  { id: 'abridged-note', match: /^[（(](?:文章|原文|本文)?(?:内容|內容)?有?(?:删节|刪節|删减|刪減)[）)]$/u, at: 'start', maxChars: 12, reason: 'note that the reprint is abridged' },
  // 原文链接：URL, and 希望之声's 文章来源：URL (soh3/391390).
  { id: 'source-link', match: /^原文(?:链接|鏈接|地址|網址|网址)[:：]|^(?:文章)?(?:来源|來源)[:：]\s?https?:\/\//u, at: 'start', maxChars: 200, reason: 'source link line' },
  { id: 'ad-label', match: /^Ad[:：]/u, at: 'start', maxChars: 200, reason: 'ad caption' },
  { id: 'ad-slot-label', match: /^(?:广告|廣告|赞助|贊助|Advertisement|ADVERTISEMENT|Sponsored)$/u, at: 'start', maxChars: 16, reason: 'label of a removed ad slot' },
  { id: 'continue-reading', match: /^(?:请|請)?(?:继续往下阅读|繼續往下閱讀|继续阅读|繼續閱讀)(?:\.{2,}|…+)?$/u, at: 'start', maxChars: 16, reason: 'label of a removed ad slot' },
  { id: 'page-tools', match: /^(?:打印本文|列印本文|打印|列印|电邮|電郵|寄给朋友|寄給朋友|转寄|轉寄|收藏|关闭窗口|關閉視窗|字号|字號|字级|字級|微信|微博|链接|鏈接|連結|分享|复制链接|複製連結|QQ空间|QQ空間|LINE|Facebook|Twitter|Threads|Telegram|臉書|脸书|推特|X(?=\s|$)|[大中小|｜/:：\s])+$/u, at: 'start', maxChars: 40, reason: 'page tools' },
  // 人民日报's reprints close with the print edition they ran in: 《 人民日报 》（ 2024年05月20日 13 版）.
  { id: 'print-edition', match: /^《\s?[^《》]{2,12}\s?》\s?[（(]\s?\d{4}年\d{1,2}月\d{1,2}日\s?(?:第?\s?\d{1,3}\s?版\s?)?[）)]$/u, at: 'start', maxChars: 48, reason: 'print-edition source line' },
  // A source line of the page header (来源：澎湃新闻) kept with the body: a short name, nothing else.
  // A medium's name on a line of its own (每日经济新闻 under the story, NOWnews今日新聞 from a portal's attribution box): a logo's text, not the story's.
  { id: 'source-line', match: /^(?:来源|來源)[:：]\s?[^\s，。；：:]{1,16}$|^[（(](?:来源|來源)[:：]\s?[^\s，。；：:（）()]{1,16}[）)]$/u, at: 'start', maxChars: 22, reason: 'source line of the page header' },
  { id: 'keywords-line', match: /^(?:文章|本文|新聞|新闻)?(?:相關字詞|相关字词|關鍵字|关键字|關鍵詞|关键词|相關標籤|相关标签|標籤|标签)\s?[:：﹕]/u, at: 'start', maxChars: 120, reason: 'keywords line' },
  // The page header's date row kept with the body: 发布时间：2024-11-08 06:15 更新时间：…, 出版：…更新：…, 2024-12-18 10:26:41 来源: X.
  { id: 'header-date-line', match: /^(?:(?:发布|發布|發佈|出版|(?:最后|最後)?更新)(?:时间|時間|日期)?[:：]\s?\d{4}[-/.年]|(?:发布|發布|發佈|更新)(?:时间|時間|日期)\s\d{4}[-/.年]|\d{4}-\d{1,2}-\d{1,2}\s?\d{1,2}:\d{2}(?::\d{2})?\s?(?:来源|來源)[:：])/u, at: 'start', maxChars: 80, reason: 'date line of the page header' },
  // A lead image's credit left as a paragraph of its own (图片来源：视觉中国).
  { id: 'image-credit', match: /^(?:图片来源|圖片來源|图源|圖源)\s?[:：]\s?[^\s，。；]{1,20}$/u, at: 'start', maxChars: 30, reason: 'image credit' },
  // 资料来源：明慧网, 资料来源：明慧网、大纪元: the outlets a 新唐人 story was compiled from, among its closing credits.
  // A book or a text named as the source (资料来源：《张大仙道行碑》) is the story's reference, and stays.
  { id: 'compiled-from', match: /^(?:资料来源|資料來源)[:：]\s?(?:[^\s，。、《》:：]{1,10}(?:网|網)|大纪元|大紀元)(?:、(?:[^\s，。、《》:：]{1,10}(?:网|網)|大纪元|大紀元))*$/u, at: 'start', maxChars: 40, reason: 'source credit line' },
  // 《薇羽看世间》节目组: a program signing off under its transcript.
  { id: 'program-sign-off', match: /^《[^《》]{2,16}》(?:节目组|節目組|制作组|製作組)$/u, at: 'start', maxChars: 24, reason: "the program's sign-off" },
  // A summary box above the story (摘要：…), repeating the page's description.
  // A reprint's notice of the headline it first ran under (原标题：…), printed above the story: metadata, not text;
  // 看中国 prints it in brackets under the story: （原标题：老钱：让微信“美国本土化”）, （原题目：…）.
  { id: 'original-title', match: /^[（(]?(?:原标题|原標題|原题目|原題目)\s?[:：]/u, at: 'start', maxChars: 80, reason: "reprint's original-title notice" },
  // A magazine's print-edition note under the web copy: 发于2024.12.16总第1170期《中国新闻周刊》杂志, 杂志标题：…
  { id: 'print-issue', match: /^(?:发于|發於|刊于|刊於)\s?\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?[^。]{0,30}(?:期|版)/u, at: 'start', maxChars: 60, reason: 'print-edition note' },
  { id: 'print-title', match: /^(?:杂志标题|雜誌標題|刊发标题|刊發標題)\s?[:：]/u, at: 'start', maxChars: 60, reason: 'print-edition note' },
  // A QR box's caption under the story: 新浪财经公众号 / …扫描二维码关注（sinafinance）.
  { id: 'qr-follow', match: /^[^，。！？\s]{2,12}(?:公众号|公眾號)$|(?:扫描|掃描|扫|掃)(?:二维码|二維碼)(?:关注|關注)/u, at: 'any', maxChars: 100, reason: 'QR-code follow promo' },
  { id: 'summary-box', match: /^(?:摘要|内容摘要|內容摘要)\s?[:：]/u, at: 'start', maxChars: 300, reason: 'summary box' },
  // Membership and newsletter promos: 【加入X會員】每天精彩好文直送你的信箱…; 看中国's caption under a membership
  // banner: 点击图片 了解真相 加入看中国荣誉会员, 点击图片 前往看中国荣誉会员注册.
  { id: 'member-promo', match: /^【加入[^】]{1,12}(?:會員|会员)】|(?:免費|免费)加入(?:會員|会员)|^(?:点击|點擊)(?:图片|圖片)\s?[^。，]{0,16}(?:会员|會員)/u, at: 'any', maxChars: 200, reason: 'membership promo' },
  // A portal's link back to its front page under every story (搜狐: 返回搜狐，查看更多).
  // A platform's author box kept above the story: its follow button and the account's badge (河南大河报社官方账号).
  { id: 'follow-button', match: /^[+＋]\s?(?:关注|關注)$/u, at: 'start', maxChars: 4, reason: 'follow button' },
  // A gallery's picture count left over its lead image (+1, +12).
  { id: 'photo-count', match: /^[+＋]\d{1,3}$/u, at: 'start', maxChars: 4, reason: 'picture count of a gallery' },
  { id: 'account-badge', match: /(?:官方账号|官方帳號)$/u, at: 'any', maxChars: 30, reason: 'account badge of the author box' },
  { id: 'back-to-portal', match: /^返回[^，。\s]{1,6}[，,]\s?查看更多$/u, at: 'start', maxChars: 16, reason: 'link back to the front page' },
  // A credit label the page left empty (责任编辑：<span></span>): no name, nothing to read.
  { id: 'empty-credit', match: /^(?:责任编辑|責任編輯|责编|責編|编辑|編輯|作者|记者|記者|撰稿|采访|採訪|剪辑|剪輯|摄影|攝影|摄像|攝像|配图|配圖|审校|審校|校对|校對|翻译|翻譯|编译|編譯|制作|製作|后制|後製|配音)\s?[:：]$/u, at: 'start', maxChars: 6, reason: 'empty credit label' },
  { id: 'related-label', match: RELATED_LINE, at: 'start', maxChars: 200, reason: 'related-article link' },
  // Mirror furniture that survived its own step
  { id: 'mirror-notice', match: /大陆网友注意|大陸網友注意|翻墙看新闻非常安全|翻牆看新聞非常安全/u, at: 'any', maxChars: 600, reason: 'mirror notice banner' },
  { id: 'share-footer', match: /手机上长按|手機上長按|原文地址（需翻墙访问）|原文地址\(需翻墙访问\)/u, at: 'any', maxChars: 400, reason: 'mirror share footer' },
  { id: 'app-promo', match: /(?:下载|下載|安装|安裝)[^，。！\s]{0,10}(?:APP|客户端|客戶端)|(?:尽在|盡在)[^，。！\s]{1,10}APP$|用APP看(?:新闻|新聞)|(?:扫码|掃碼)(?:下载|下載)/iu, at: 'any', maxChars: 80, reason: 'app promotion' },
  { id: 'line-promo', match: /加入[^，。！\s]{0,10}LINE(?:好友|官方帳號|官方账号)/iu, at: 'any', maxChars: 80, reason: 'LINE follow promotion' },
  // 欢迎加入南洋商报WhatsApp频道，第一时间掌握最新新闻！, 点击此处订阅8视界新闻WhatsApp频道…: a channel on a messaging app.
  { id: 'channel-promo', match: /(?:加入|订阅|訂閱)[^，。！\s]{0,12}(?:WhatsApp|Telegram|電報|电报|微信|YouTube|Instagram|Facebook|臉書|脸书)(?:频道|頻道|群组|群組|专页|專頁)/iu, at: 'any', maxChars: 80, reason: 'messaging-channel promotion' },
  // 【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料微信…】: the standing call for news tips.
  { id: 'tip-appeal', match: /(?:新闻线索|新聞線索)[^。]{0,12}(?:报料|爆料|联系我们|聯繫我們)|(?:报料|爆料)(?:热线|熱線|邮箱|郵箱)|(?:报料|爆料)(?:微信|电话|電話)[:：]/u, at: 'any', maxChars: 200, reason: 'call for news tips' },
  // 《壹蘋新聞網》提醒您：喝酒不開車…: an outlet's standing reminder under a kind of story.
  { id: 'outlet-reminder', match: /^《[^《》]{2,12}》(?:提醒您|提醒你|關心您|关心您)[:：]/u, at: 'start', maxChars: 80, reason: "the outlet's standing reminder" },
  // WordPress/Jetpack share buttons' text: 点击以在 Facebook 上共享（在新窗口中打开）.
  { id: 'share-button-text', match: /^(?:点击以在|點擊以在|点击分享至|點擊分享至)\s?\S{1,20}\s?(?:上共享|上分享)/u, at: 'start', maxChars: 300, reason: 'share buttons' },
  { id: 'promo-button', match: /^(?:立即下载|立即下載|马上下载|馬上下載|加入好友|立即加入|立即订阅|立即訂閱)$/u, at: 'start', maxChars: 8, reason: 'label of a promo button' },
  { id: 'proxy-links', match: /网站代理[:：]|網站代理[:：]|翻墙必看|翻牆必看|一键翻墙|一鍵翻牆|手把手翻墙|手把手翻牆|高速翻墙|高速翻牆|免费PC翻墙|翻墙软件下载|翻牆軟件下載/u, at: 'any', maxChars: 300, reason: 'proxy and circumvention promo' },
];

/**
 * The mark that closes a story (`…的下一步。（全文完）`, `（完）`): cut from the end of the last paragraph.
 *
 * @example
 * '…的下一步。（全文完）'.replace(END_OF_STORY, '') // '…的下一步。'
 */
export const END_OF_STORY = /[ \u3000]?[（(](?:全文完|完)[）)]$/u;

/**
 * A note that the story goes on in a later part, printed after the end mark (`…忘掉神的。#（待续）`):
 * it stays, and the mark before it is still cut.
 *
 * @example
 * '…忘掉神的。#（待续）'.match(CONTINUED_NOTE)?.[0] // '（待续）'
 */
export const CONTINUED_NOTE = /[（(](?:未完)?待续[）)]$/u;

/**
 * The mark an outlet prints after a story's last sentence (大纪元 `#`, `＃`, `◇`; 新唐人 `@*#`):
 * one to three of `#＃◇` after sentence punctuation, or `@*#` after anything.
 *
 * @example
 * '…就能够避免呢！#'.replace(END_MARK, '') // '…就能够避免呢！'
 * '#MeToo运动 #'.replace(END_MARK, '') // unchanged: no sentence before the mark
 */
export const END_MARK = /(?<=[。！？!?…”’」』）)◇])(?:[ \u3000]?[#＃◇]){1,3}$|[ \u3000]?[@＠][*＊][#＃]$/u;
