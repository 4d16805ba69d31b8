/**
 * The public entry points, end to end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { encodeLegacy } from './support/encode-legacy.js';
import { type Article, type ExtractResult, QingxiError, createExtractor, extractArticle, extractArticleOrThrow } from '../src/index.js';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}/input.txt`, import.meta.url), 'utf8');

describe('extractArticle', () => {
  it('returns { ok, article, issues } for an article, string or bytes', () => {
    const text = seed('003_ba3dc16e5465cf1c');
    const fromString = extractArticle(text);
    const fromBytes = extractArticle(new TextEncoder().encode(text));
    expect(fromString.ok && fromBytes.ok).toBe(true);
    expect(fromBytes).toEqual(fromString);
  });

  it('reads a GBK page', () => {
    const page = `<html><head><meta charset="gbk"><title>新闻 | 大纪元</title></head><body><div><p>【大纪元2022年12月30日讯】（大纪元记者李言综合报导）普京和中共领导人习近平周五举行视频会议，讨论两国关系。</p><p>责任编辑：林妍</p></div></body></html>`;
    const result = extractArticle(encodeLegacy(page, 'gbk'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article).toMatchObject({ published: '2022-12-30', authors: ['李言'], editors: ['林妍'], outlet: { id: 'epochtimes' } });
    expect(result.article.text).toBe('普京和中共领导人习近平周五举行视频会议，讨论两国关系。');
  });

  it('gives a dateline\'s day the time the page states for that same day, and lists one file once', () => {
    const page = `<html><head><meta property="article:published_time" content="2024-03-06T08:15:22-05:00"></head><body><div>
      <audio src="https://media.example.org/a.mp3"></audio><a href="https://media.example.org/a.mp3">下载</a>
      <p>【大纪元2024年03月06日讯】美国众议院周二以352票对61票通过一项法案，禁止与中共有关联的企业购买美国农地。</p>
      <p>这项法案由共和党籍众议员提出，获得两党议员联署，法案要求对涉及敏感地点的土地交易进行强制审查。</p></div></body></html>`;
    const result = extractArticle(page, { sites: [] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.published).toBe('2024-03-06T08:15:22-05:00');
    expect(result.article.sources.published).toBe('dateline');
    expect(result.article.media).toEqual([{ kind: 'audio', src: 'https://media.example.org/a.mp3' }]);
  });

  it('takes no outlet for an author, and an offset for the same minute', () => {
    const page = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-06T14:52:10+08:00","author":{"@type":"Person","name":"自由時報"}}</script></head><body>
      <time>2024-03-06 14:52</time><div><p>中央氣象署今天表示，一道鋒面明天通過，北部及東北部天氣轉為濕涼，提醒民眾注意保暖。</p>
      <p>氣象署預報員說，明天鋒面通過後，中部以北及東半部地區有局部短暫雨，中南部地區則為多雲到晴。</p></div></body></html>`;
    const result = extractArticle(page, { sites: [] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.authors).toEqual([]);
    expect(result.article.published).toBe('2024-03-06T14:52:10+08:00');
  });

  it('takes no desk for an author (CDT编辑, 编辑部, 本报)', () => {
    const page = (name: string) => `<html><head><script type="application/ld+json">{"@type":"Article","datePublished":"2024-03-06T02:10:44+00:00","author":{"@type":"Person","name":"${name}"}}</script></head><body>
      <div><p>中国数字时代获得的一份网信部门指令显示，两会期间，各网站须删除有关评论，并不得在首页推荐相关话题。</p>
      <p>全国人大发言人3月4日宣布，今年人大闭幕后将不再举行总理记者会，消息公布后相关话题的评论区很快被关闭。</p></div></body></html>`;
    for (const desk of ['CDT编辑', '编辑部', '本报', 'Newsroom Staff']) {
      const result = extractArticle(page(desk), { sites: [] });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.article.authors).toEqual([]);
    }
    const person = extractArticle(page('王宇'), { sites: [] });
    expect(person.ok && person.article.authors).toEqual(['王宇']);
  });

  it('reads <meta name="byline">, and takes its fuller list when the text credits only some of its names', () => {
    const page = (closing: string) => `<html><head><meta name="byline" content="ALEXANDRA STEVENSON, 李源"></head><body>
      <div class="byline">ALEXANDRA STEVENSON, 李源</div><div class="article-body"><p>越南北部北宁省的工业城市里，新厂房一座接一座地拔地而起，许多中国企业都在这里设立了组装线。</p>
      <p>推动这一转移的，是美国对中国商品加征的关税，以及企业对地缘政治风险日益增长的担忧。</p>${closing}</div></body></html>`;
    const translated = extractArticle(page('<p>翻译：李源</p>'), { sites: [] });
    if (!translated.ok) throw new Error(translated.error.message);
    expect(translated.article.authors).toEqual(['ALEXANDRA STEVENSON', '李源']);
    expect(translated.article.sources.authors).toBe('meta');
    expect(translated.article.text).not.toContain('翻译');
    // A credit line naming someone the metadata does not: the text's credits stand.
    const other = extractArticle(page('<p>翻译：王明</p>'), { sites: [] });
    expect(other.ok && other.article.authors).toEqual(['王明']);
  });

  it('judges a page that is a video player and a line of text a video page', () => {
    const page = '<html><body><h1>【新闻看点】两会维稳升级</h1><div><iframe src="https://www.youtube.com/embed/x"></iframe></div><div><p>两会期间北京维稳升级，访民进京难。本期《新闻看点》为您解读。</p></div></body></html>';
    expect(extractArticle(page)).toMatchObject({ ok: false, error: { code: 'E_NOT_ARTICLE', message: expect.stringContaining('a video page') } });
    expect(extractArticle(page, { minChars: 0 }).ok).toBe(true);
  });

  it('keeps a short story that quotes a tweet an article: an embedded post is not a player (看中国 p1/946602)', () => {
    const page = `<html><body><h1>习近平到湖南大学 网曝必经之路被写“8964”</h1><div>
      <p>9月16日至18日，习近平在湖南考察。17日下午，习近平到了湖南大学岳麓书院。网曝有人居然在习去湖南大学的必经之路上，写上“8964”。</p>
      <p>网友：“感觉墙内人都在跃跃欲试！”“绝对是战友，但保护好自己”“自古湖湘多义士。”</p>
      <blockquote class="twitter-tweet"><p lang="zh">習主席來我大湖南，不知道是哪個不要命的！ <a href="https://t.co/Q5B0eeIUWh">pic.twitter.com/Q5B0eeIUWh</a></p>— 迷迭香 (@midiexiang6555)
      <a href="https://twitter.com/midiexiang6555/status/1306519680262139905?ref_src=twsrc%5Etfw">September 17, 2020</a></blockquote></div></body></html>`;
    const result = extractArticle(page, { sites: [] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.media).toEqual([{ kind: 'embed', src: 'https://twitter.com/midiexiang6555/status/1306519680262139905', title: '習主席來我大湖南，不知道是哪個不要命的！ — 迷迭香 (@midiexiang6555)' }]);
    expect(result.article.body).toHaveLength(2);
  });

  it('gives typed failures for content, never exceptions', () => {
    const empty = extractArticle('   ');
    expect(empty).toMatchObject({ ok: false, article: null, error: { code: 'E_NOT_ARTICLE' } });
    const links = extractArticle('#### [首页](../README.md) | [热点](../x.md)\n#### [翻墙](https://github.com/x)');
    expect(links).toMatchObject({ ok: false, error: { code: 'E_NOT_ARTICLE' } });
    const addresses = extractArticle('<p>https://github.com/gfw-breaker/banned-news3/blob/master/pages/nsc418/n12416209.md</p>', { sites: [] });
    expect(addresses).toMatchObject({ ok: false, error: { code: 'E_NOT_ARTICLE', message: expect.stringContaining('besides web addresses') } });
    const big = extractArticle('<p>字</p>'.repeat(100), { maxBytes: 50 });
    expect(big).toMatchObject({ ok: false, error: { code: 'E_TOO_LARGE' } });
    const binary = extractArticle(new Uint8Array(4096).map((_, i) => (i * 7) % 32));
    expect(binary).toMatchObject({ ok: false, error: { code: 'E_DECODE' } });
  });

  it('records content problems as issues', () => {
    const result = extractArticle('<p>没有日期也没有标题的一段足够长的正文，用来测试问题记录。</p>');
    expect(result.issues.map((i) => i.code)).toEqual(['no-title', 'no-date']);
  });

  it('throws for programmer mistakes only', () => {
    expect(() => extractArticle(42 as unknown as string)).toThrow(/takes a string or a Uint8Array, got 42 \(a number\)/u);
    expect(() => extractArticle('x', { maxBytes: -1 })).toThrow(/options.maxBytes must be a positive number/u);
    expect(() => extractArticle('x', { explian: true } as never)).toThrow(/unknown option "explian"/u);
    expect(() => extractArticle('x', { encoding: 'klingon' })).toThrow(/options.encoding "klingon" is not a known charset/u);
  });

  it('has a throwing variant with a typed error', () => {
    expect(extractArticleOrThrow(seed('002_7196b7d116969d88')).title).toBe('北京背叛了普京？中驻美大使这样洗白中俄关系');
    try {
      extractArticleOrThrow('  ');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QingxiError);
      expect((error as QingxiError).code).toBe('E_NOT_ARTICLE');
    }
  });

  it('explains: every removal with step, rule, reason and snippet, and where each field came from', () => {
    const result = createExtractor({ explain: true }).extract(seed('002_7196b7d116969d88'));
    if (!result.ok) throw new Error(result.error.message);
    const trace = result.article.trace ?? [];
    expect(trace.some((t) => t.kind === 'removed' && t.step === 'removeAds' && t.rule === 'gpt' && t.snippet === '<div id="div-gpt-ad-1589559869784-0">')).toBe(true);
    expect(trace.some((t) => t.kind === 'removed' && t.step === 'removeBoilerplateText' && t.snippet.startsWith('【诚征荣誉会员】'))).toBe(true);
    expect(trace.filter((t) => t.kind === 'field').map((t) => t.kind === 'field' && `${t.field}:${t.source}`)).toEqual([
      'title:mirror', 'url:mirror', 'mirrorUrl:mirror', 'published:dateline', 'outlet:dateline', 'editors:credit-line',
    ]);
    expect(createExtractor().extract(seed('002_7196b7d116969d88'))).not.toHaveProperty('article.trace');
  });

  it('records date disagreements: the article\'s own header wins', () => {
    const result = extractArticle(seed('002_7196b7d116969d88'));
    expect(result.ok && result.article.published).toBe('2022-07-24');
    expect(result.issues).toContainEqual({ code: 'date-conflict', message: 'the dateline says 2022-07-24 but the url says 2022-07-25 (2022/07/25); kept the dateline' });
  });
});

describe('types', () => {
  it('Article and ExtractResult have the contract\'s shape', () => {
    expectTypeOf<Article['published']>().toEqualTypeOf<string | null>();
    expectTypeOf<Article['lang']>().toEqualTypeOf<'zh-Hans' | 'zh-Hant' | 'und'>();
    expectTypeOf<Article['body'][number]['kind']>().toEqualTypeOf<'paragraph' | 'heading' | 'quote' | 'list'>();
    expectTypeOf<Extract<ExtractResult, { ok: true }>['article']>().toEqualTypeOf<Article>();
    expectTypeOf<Extract<ExtractResult, { ok: false }>['article']>().toEqualTypeOf<null>();
  });
});
