import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { isSeparatorsOnly, isTagListLabel, unwrapLinks } from './unwrap-links.js';

const clean = (html: string) => pipe(unwrapLinks(), normalizeWhitespace()).run(html);

describe('unwrapLinks', () => {
  it('unwraps bannedbook tag links and keyword links; tags, links and the mirror\'s keyword links are told apart', () => {
    const result = clean(`<p><a href="https://www.bannedbook.org/bnews/tag/%e4%b8%ad%e5%85%b1/" class="st_tag internal_tag" rel="tag">中共</a>与俄罗斯向<span class='wp_keywordlink_affiliate'><a href="https://www.bannedbook.org/" title="大陆">大陆</a></span>施压，<a href="https://www.voachinese.com/a/1.html">美国之音</a>报道</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['中共与俄罗斯向大陆施压，美国之音报道']);
    expect(result.found.tags).toEqual(['中共']);
    // 大陆 is bannedbook's own keyword link to its home page: text, but not a link of the article.
    expect(result.found.links).toEqual([{ text: '美国之音', href: 'https://www.voachinese.com/a/1.html' }]);
  });

  it('reads the mirrors\' <ok> and <span href> tag wrappers, with no space between Chinese words', () => {
    const result = clean(`<p>
  【看中国2022年7月24日讯】
  <ok>
   <span href="https://www.secretchina.com/news/gb/tag/俄罗斯" target="_blank">
    俄罗斯
   </span>
  </ok>
  侵犯
  <ok>
   乌克兰
  </ok>
  期间</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['【看中国2022年7月24日讯】俄罗斯侵犯乌克兰期间']);
    expect(result.found.tags).toEqual(['俄罗斯', '乌克兰']);
  });

  it('lists a link copied from a Google results page under its target, not the redirect (看中国 p2/949459)', () => {
    const result = clean(`<p>逃亡美国的中国
  <span href="https://www.google.com.tw/url?sa=t&amp;rct=j&amp;q=&amp;esrc=s&amp;source=web&amp;cd=&amp;cad=rja&amp;uact=8&amp;ved=2ahUKEwj-yOO2kbnsAhUDG6YKHR9HBF8QFjAAegQIAxAC&amp;url=https%3A%2F%2Fzh.wikipedia.org%2Fzh-tw%2F%25E7%2597%2585%25E6%25AF%2592&amp;usg=AOvVaw3IhzUFBLFt7P_imSx5BkYC" target="_blank">
   病毒
  </span>
  学家闫丽梦日前受访指出</p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['逃亡美国的中国病毒学家闫丽梦日前受访指出']);
    expect(result.found.links).toEqual([{ text: '病毒', href: 'https://zh.wikipedia.org/zh-tw/%E7%97%85%E6%AF%92' }]);
  });

  it('treats NTD keyword pages and SOH /term/ links as tags, article links as links', () => {
    const result = clean(`<p><ok href="https://www.ntdtv.com/gb/习近平.htm">习近平</ok>和<ok href="/term/69008">争吵</ok>
      见<ok href="https://www.ntdtv.com/gb/2020/09/30/a102952543.html">报道</ok></p>`);
    expect(result.found.tags).toEqual(['习近平', '争吵']);
    expect(result.found.links).toEqual([{ text: '报道', href: 'https://www.ntdtv.com/gb/2020/09/30/a102952543.html' }]);
  });

  it('tries tag patterns on a %-escaped target as written and decoded (大纪元 /gb/tag/%E4%B8%AD%E5%85%B1.html)', () => {
    const escaped = '<p>见<a href="https://www.epochtimes.com/gb/tag/%E4%B8%AD%E5%85%B1.html">中共</a>和<a href="https://www.example.com/topic/%E9%A6%99%E6%B8%AF">香港</a></p>';
    expect(clean(escaped).found.tags).toEqual(['中共']);
    // A pattern naming the keyword itself reads the decoded target.
    const own = pipe(unwrapLinks({ tagHrefs: [/\/topic\/香港/u] })).run(escaped);
    expect(own.found.tags).toEqual(['香港']);
    expect(own.found.links).toEqual([{ text: '中共', href: 'https://www.epochtimes.com/gb/tag/%E4%B8%AD%E5%85%B1.html' }]);
  });

  it('keeps tags first-seen and unique; skips javascript: and empty links', () => {
    const result = clean('<p><a class="st_tag" href="/tag/a">普京</a><a class="st_tag" href="/tag/a">普京</a><a href="javascript:void(0)">点</a><a href="/x"></a></p>');
    expect(result.found.tags).toEqual(['普京']);
    expect(result.found.links).toEqual([]);
    expect(result.blocks[0]?.text).toBe('普京普京点');
  });

  it('records no link whose text is only punctuation (nsc422/n10635553: a chapter link spilling onto the next ，)', () => {
    const result = clean('<p><a href="http://www.epochtimes.com/gb/18/9/6/n10695307.htm">第十六章</a>（64k<a href="http://www.epochtimes.com/gb/18/9/6/n10695307.htm">，</a>96k）</p>');
    expect(result.found.links).toEqual([{ text: '第十六章', href: 'http://www.epochtimes.com/gb/18/9/6/n10695307.htm' }]);
    expect(result.blocks[0]?.text).toBe('第十六章（64k，96k）');
  });

  it('keeps the sentence\'s marks that a tag link caught in the body, not in the tag (希望之声 soh3/409828, soh6/420637)', () => {
    const result = clean('<p>更多文章请点击【<ok href="https://www.soundofhope.org/term/294679">文化古今】</ok>系列。</p><p>社会主义就是<ok href="/term/372997">假大空，</ok>他经历过</p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['更多文章请点击【文化古今】系列。', '社会主义就是假大空，他经历过']);
    expect(result.found.tags).toEqual(['文化古今', '假大空']);
  });

  it('records no footnote mark as a link, also when the reprint made its anchor absolute (希望之声 soh186/258802)', () => {
    const result = clean('<p>人人生而平等。<a href="http://www.epochtimes.com/gb/18/6/9/n10469975.htm#_edn1">[1]</a></p><p><a href="#_ednref1">[1]</a>“United States Declaration of Independence,” <a href="http://www.ushistory.org/declaration/document/#top">ushistory</a></p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['人人生而平等。[1]', '[1]“United States Declaration of Independence,” ushistory']);
    expect(result.found.links).toEqual([{ text: 'ushistory', href: 'http://www.ushistory.org/declaration/document/#top' }]);
  });

  it('lists no link whose target has no host: a keyword stand-in on its own word, a cut reference (看中国 p7/936730, 大纪元 nsc422/n10586579)', () => {
    const result = clean('<p>使一个女子的清白无端地受到了<span href="http://玷污">玷污</span>，最终</p><p>[64] <ok href="https://www">https://www.acpeds.org/x.pdf</ok> 与<a href="https://zh.wikipedia.org/wiki/x">孔子</a></p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['使一个女子的清白无端地受到了玷污，最终', '[64] https://www.acpeds.org/x.pdf 与孔子']);
    expect(result.found.links).toEqual([{ text: '孔子', href: 'https://zh.wikipedia.org/wiki/x' }]);
  });

  it('leaves links to image files for extractImages', () => {
    const result = pipe(unwrapLinks()).run('<figure><a href="https://i0.wp.com/x.png?fit=1"></a></figure>');
    expect(result.document.children[0]).toMatchObject({ name: 'figure' });
    expect(result.trace).toEqual([]);
  });

  it('keeps the tags of a tag list standing alone, but not its text', () => {
    const result = clean('<p>正文，<a href="/tag/两会">两会</a>开幕。</p><div class="post_tags">标签：<a href="/tag/两会">两会</a> <a href="/tag/访民">访民</a> <a href="/tag/维稳">维稳</a></div><ul class="tags"><li><a href="/search?q=a">共军</a></li><li><a href="/search?q=b">國防預算</a></li></ul>');
    expect(result.found.tags).toEqual(['两会', '访民', '维稳', '共军', '國防預算']);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文，两会开幕。']);
  });

  it('reads a WordPress entry footer: one category link after its label is a tag list too', () => {
    const result = clean(`<div class="entry-content"><p>正文，<a href="/category/x/">真理部</a>的指令。</p></div><footer class="entry-footer"><span class="cat-links">分类：<a href="https://chinadigitaltimes.net/chinese/category/真理部/" rel="category tag">真理部</a></span> <span class="tags-links">标签：<a href="/tag/两会/" rel="tag">两会</a>、<a href="/tag/总理记者会/" rel="tag">总理记者会</a></span></footer>`);
    expect(result.found.tags).toEqual(['真理部', '两会', '总理记者会']);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文，真理部的指令。']);
  });

  it('reads no tag list where text other than separators follows the links, or a label stands after them', () => {
    const result = clean('<p><a href="/tag/两会">两会</a>、<a href="/tag/访民">访民</a>开幕。</p><p><a href="/tag/维稳">维稳</a> <a href="/tag/共军">共军</a> 标签</p>');
    expect(result.found.tags).toEqual(['两会', '访民', '维稳', '共军']);
    expect(result.blocks.map((b) => b.text)).toEqual(['两会、访民开幕。', '维稳 共军 标签']);
  });

  it('keeps a single tag link in a sentence', () => {
    const result = clean('<p>详见<a href="/tag/两会">两会</a></p>');
    expect(result.blocks.map((b) => b.text)).toEqual(['详见两会']);
  });

  it('reads the tags of a post\'s meta box and removes it: byline, date, categories (WordPress Twenty Sixteen)', () => {
    const result = clean(`<div class="entry-content"><p>正文。</p></div><footer class="entry-footer"><span class="byline"><span class="author vcard"><span class="screen-reader-text">作者 </span><a class="url fn n" href="/archives/author/editor">双周刊编辑部</a></span></span><span class="posted-on"><a href="/archives/1" rel="bookmark"><time class="entry-date published" datetime="2024-03-08T04:30:12+00:00">2024年3月8日</time></a></span><span class="cat-links"><span class="screen-reader-text">分类 </span><a href="/archives/category/commentary" rel="category tag">评论</a></span><span class="tags-links"><span class="screen-reader-text">标签 </span><a href="/archives/tag/lianghui" rel="tag">两会</a>、<a href="/archives/tag/renda" rel="tag">人大</a></span></footer>`);
    expect(result.found.tags).toEqual(['评论', '两会', '人大']);
    expect(result.found.links).toEqual([]);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
  });

  it('reads a tag row whose # label sits in an element of its own (round 5)', () => {
    const result = clean('<p>正文。</p><div><span>#</span><a href="https://www.storm.mg/tag/移工">移工</a><a href="https://www.storm.mg/tag/長照">長照</a></div>');
    expect(result.found.tags).toEqual(['移工', '長照']);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
  });

  it('reads a tag row with a # before every tag (今周刊, round 8)', () => {
    const tag = (t: string) => `<span>#</span><a href="https://www.businesstoday.com.tw/tag/${t}/">${t}</a>`;
    const result = clean(`<p>正文。</p><div class="article__tags">${tag('中小企業')}${tag('AI')}${tag('數位轉型')}</div>`);
    expect(result.found.tags).toEqual(['中小企業', 'AI', '數位轉型']);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
    // A word between the links makes it a sentence, not a tag row.
    expect(clean(`<p>正文。</p><div>${tag('中小企業')}<span>和</span>${tag('AI')}</div>`).blocks).toHaveLength(2);
  });

  it('reads a tag set in quote marks or title brackets as the keyword inside, once (希望之声 soh55/397780, 大纪元 nsc422/n11417651)', () => {
    const { found } = pipe(unwrapLinks()).run('<p>中共派<ok>「监军」</ok>到香港。<ok>《共产主义的终极目的》</ok>与<ok>共产主义的终极目的</ok>，<ok>《九评》编辑部</ok></p>');
    expect(found.tags).toEqual(['监军', '共产主义的终极目的', '《九评》编辑部']);
  });
});


describe('tag-list text tests', () => {
  const TEXT = /^[\s、，,|｜/·•]*$/u;
  const LABEL = /^\s*(?:[#＃]|标签|標籤|关键字|關鍵字|关键词|關鍵詞|话题|話題|分类|分類|类别|類別|栏目|欄目|tags?|keywords?|categor(?:y|ies)|filed under)\s*(?:[:：]\s*)?$/iu;
  const LABELS = ['#', '＃', '标签', '標籤', '关键字', '關鍵字', '关键词', '關鍵詞', '话题', '話題', '分类', '分類', '类别', '類別', '栏目', '欄目', 'tag', 'Tags', 'KEYWORD', 'keywords', 'Category', 'categories', 'Filed Under', '\u212Aeywords'];

  it('isSeparatorsOnly answers as the pattern it replaces, for every code unit alone and in context', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      for (const text of [unit, ` ${unit}\n`, `、${unit}`, `${unit}${unit}，`]) expect(isSeparatorsOnly(text), text).toBe(TEXT.test(text));
    }
    expect(isSeparatorsOnly('')).toBe(true);
  });

  it('isTagListLabel answers as the label pattern, whatever the first visible character', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      for (const text of [unit, `\u3000${unit}`, `${unit}ags：`, `${unit}eywords:`, `${unit}ategory`, `${unit}iled under `]) {
        if (isTagListLabel(text) !== LABEL.test(text)) expect(isTagListLabel(text), JSON.stringify(text)).toBe(LABEL.test(text));
      }
    }
    for (const label of LABELS) for (const text of [label, ` ${label}：`, `\n${label}: `]) expect(isTagListLabel(text), text).toBe(LABEL.test(text));
    expect(LABELS.every((label) => isTagListLabel(label))).toBe(true);
  });
});
