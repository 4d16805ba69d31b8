import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { extractMedia } from './extract-media.js';

describe('extractMedia', () => {
  it('takes audio players out with their label paragraph', () => {
    const result = pipe(extractMedia()).run(`<p>正文</p>
      <p>128kbps收听：<audio controls="controls" type="audio/mpeg" src="https://media.soundofhope.org/a.mp3"></audio></p>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文']);
    expect(result.found.media).toEqual([{ kind: 'audio', src: 'https://media.soundofhope.org/a.mp3' }]);
  });

  it('reads <source> children and embeds, keeping paragraph text that is not a label', () => {
    const result = pipe(extractMedia()).run(`<p>他在视频中说明了情况。<video><source src="v.mp4"></video></p>
      <iframe src="https://www.youtube.com/embed/x" title="访谈"></iframe>`);
    expect(result.blocks.map((b) => b.text)).toEqual(['他在视频中说明了情况。']);
    expect(result.found.media).toEqual([
      { kind: 'video', src: 'v.mp4' },
      { kind: 'embed', src: 'https://www.youtube.com/embed/x', title: '访谈' },
    ]);
  });

  it('takes the italic 视频【…】 line under a player as its title (RFA), past empty paragraphs', () => {
    const fb = 'https://www.facebook.com/plugins/video.php?href=x';
    const result = pipe(extractMedia()).run(`<p>青岛市发现无症状感染者。</p>
      <p><iframe src="${fb}"></iframe></p>
      <p><span dir="auto"></span></p>
      <div class="x"><div dir="auto"><i>视频【青岛现胸科医院疫情】<span dir="auto">【全市进行全民核酸检测】</span></i></div><i></i><div dir="auto"></div></div>
      <p>青岛市卫健委计划在5天内检查全市。</p>`);
    expect(result.found.media).toEqual([{ kind: 'embed', src: fb, title: '【青岛现胸科医院疫情】【全市进行全民核酸检测】' }]);
    expect(result.blocks.map((b) => b.text)).toEqual(['青岛市发现无症状感染者。', '青岛市卫健委计划在5天内检查全市。']);
    const titled = pipe(extractMedia()).run('<p><iframe src="v" title="YouTube video player"></iframe></p><p><i>视频：李登辉奉安礼拜</i></p>');
    expect(titled.found.media).toEqual([{ kind: 'embed', src: 'v', title: '李登辉奉安礼拜' }]);
    expect(titled.blocks).toEqual([]);
  });

  it('keeps what is not a caption under a player: an italic sentence, a roman line, a line after other text', () => {
    const keeps = (after: string) => pipe(extractMedia()).run(`<p><iframe src="v"></iframe></p>${after}`);
    const sentence = keeps('<p><i>视频中，他说明了当时的情况。</i></p>');
    expect(sentence.blocks.map((b) => b.text)).toEqual(['视频中，他说明了当时的情况。']);
    expect(sentence.found.media).toEqual([{ kind: 'embed', src: 'v' }]);
    expect(keeps('<p>视频【全市进行全民核酸检测】</p>').blocks.map((b) => b.text)).toEqual(['视频【全市进行全民核酸检测】']);
    expect(keeps('<p>正文</p><p><i>视频【全市进行全民核酸检测】</i></p>').blocks.map((b) => b.text)).toEqual(['正文', '视频【全市进行全民核酸检测】']);
    expect(keeps('<p><i>视频【专访】</i>里他谈到家人</p>').blocks.map((b) => b.text)).toEqual(['视频【专访】里他谈到家人']);
  });

  it('moves an embedded tweet to media: its status link, its text and author as the title, not quotes in the body (新唐人 prog203/a102956670)', () => {
    const result = pipe(extractMedia()).run(`<p>周一午后，川普发布推文宣布，他将于当天傍晚离开医院。</p>
      <blockquote class="twitter-tweet" data-dnt="true">
       <p dir="ltr" lang="en">
        I will be leaving the great Walter Reed Medical Center today at 6:30 P.M. Feeling really good! Don’t be afraid of Covid.
       </p>
       <p>
        — Donald J. Trump (@realDonaldTrump)
        <ok href="https://twitter.com/realDonaldTrump/status/1313186529058136070?ref_src=twsrc%5Etfw">October 5, 2020</ok>
       </p>
      </blockquote>
      <p>当天早上，川普曾在两个小时内，连发19条推文。</p>`, { explain: true });
    expect(result.blocks.map((b) => b.text)).toEqual(['周一午后，川普发布推文宣布，他将于当天傍晚离开医院。', '当天早上，川普曾在两个小时内，连发19条推文。']);
    expect(result.found.media).toEqual([{
      kind: 'embed',
      src: 'https://twitter.com/realDonaldTrump/status/1313186529058136070',
      title: 'I will be leaving the great Walter Reed Medical Center today at 6:30 P.M. Feeling really good! Don’t be afraid of Covid. — Donald J. Trump (@realDonaldTrump)',
    }]);
    expect(result.trace.map((t) => t.reason)).toEqual(['embedded tweet: moved to `media`']);
  });

  it('reads a tweet card line by line, drops its picture links, and takes the last dash as the author line\'s (看中国 p1/943643, p1/944811)', () => {
    const media = (card: string) => pipe(extractMedia()).run(`<blockquote class="twitter-tweet">${card}</blockquote>`).found.media;
    expect(media(`<p lang="zh">重庆：合川<br>这是合川此刻被洪水淹没的情景。<span href="https://t.co/OVgeO7yGIi">pic.twitter.com/OVgeO7yGIi</span></p>
      <center><div id="div-gpt-ad-1"></div></center>— 全智胜 (@MgOqkzLBRPLCHyN) <span href="https://twitter.com/MgOqkzLBRPLCHyN/status/1296367775770804227?ref_src=twsrc%5Etfw">August 20, 2020</span>`))
      .toEqual([{ kind: 'embed', src: 'https://twitter.com/MgOqkzLBRPLCHyN/status/1296367775770804227', title: '重庆：合川 这是合川此刻被洪水淹没的情景。 — 全智胜 (@MgOqkzLBRPLCHyN)' }]);
    expect(media('<p>Done — finally. pic.twitter.com/x</p>— sorig ladakhspa (ソナム) (@sonamrigzin1) <a href="https://twitter.com/sonamrigzin1/status/1">September 2, 2020</a>'))
      .toEqual([{ kind: 'embed', src: 'https://twitter.com/sonamrigzin1/status/1', title: 'Done — finally. — sorig ladakhspa (ソナム) (@sonamrigzin1)' }]);
    // Only pictures: the author alone names it.
    expect(media('<p><a href="https://t.co/e">pic.twitter.com/eTaZo6dA1c</a></p>— Donald J. Trump (@realDonaldTrump) <a href="https://twitter.com/realDonaldTrump/status/2">October 8, 2020</a>'))
      .toEqual([{ kind: 'embed', src: 'https://twitter.com/realDonaldTrump/status/2', title: 'Donald J. Trump (@realDonaldTrump)' }]);
  });

  it('moves an Instagram card too, and leaves a quote that is no embedded post (看中国 p3/942098, 希望之声 soh3/243629)', () => {
    const result = pipe(extractMedia()).run(`<blockquote class="instagram-media"><div><span href="https://www.instagram.com/p/CDWxii_H4QJ/?utm_source=ig_embed">View this post on Instagram</span></div>
      <p><span href="https://www.instagram.com/p/CDWxii_H4QJ/?utm_source=ig_embed">A post shared by Kiah Twisselman - Coach Kiah (@kiah_twisselman)</span> on <time>Aug 1, 2020 at 10:55am PDT</time></p></blockquote>
      <blockquote class="instagram-media"><p><ok href="https://www.instagram.com/p/BQstpGMBCT7/">啾 (@xiaoyi76) 分享的帖子</ok> · <time>2017-02-19，7:43 PST</time></p></blockquote>
      <blockquote><p>“我们仍然对他能够在今天晚些时候回到白宫感到乐观”。</p></blockquote>
      <blockquote class="twitter-tweet"><p>没有链接的卡片</p></blockquote>`);
    expect(result.found.media).toEqual([
      { kind: 'embed', src: 'https://www.instagram.com/p/CDWxii_H4QJ/', title: 'Kiah Twisselman - Coach Kiah (@kiah_twisselman)' },
      { kind: 'embed', src: 'https://www.instagram.com/p/BQstpGMBCT7/', title: '啾 (@xiaoyi76)' },
    ]);
    expect(result.blocks.map((b) => b.text)).toEqual(['“我们仍然对他能够在今天晚些时候回到白宫感到乐观”。', '没有链接的卡片']);
  });

  it('takes a link its paragraph labels 视频链接： as a video, and leaves other labelled links (希望之声 soh4/310451)', () => {
    const result = pipe(extractMedia()).run(`<p>三皇五帝的故事就讲到这里。</p>
      <p><strong>视频链接：</strong><ok href="https://www.youtube.com/watch?v=EucMgF9WA0c">中国简明通史(1)三皇五帝/天亮时分</ok></p>
      <p>原文链接：<a href="https://www.soundofhope.org/post/1">三皇五帝</a></p>
      <p>他在<span href="https://www.youtube.com/watch?v=x">视频</span>中说明了情况。</p>`, { explain: true });
    expect(result.found.media).toEqual([{ kind: 'video', src: 'https://www.youtube.com/watch?v=EucMgF9WA0c', title: '中国简明通史(1)三皇五帝/天亮时分' }]);
    expect(result.blocks.map((b) => b.text)).toEqual(['三皇五帝的故事就讲到这里。', '原文链接：三皇五帝', '他在视频中说明了情况。']);
    expect(result.trace.map((t) => t.reason)).toEqual(['video link and its label']);
  });

  it('records a media-file link the mirrors rename <ok>, and leaves one inside a text line in its text (大纪元 nsc422/n11428913, n10635553)', () => {
    const result = pipe(extractMedia()).run(`<p>正文。</p>
      <p>附：不同清晰度的视频下载链接：<br/><ok href="https://media5.ntdtv.com/CH6_720p.mp4">720p</ok>，<ok href="https://media5.ntdtv.com/CH6_480p.mp4">480p</ok></p>
      <p>第二章 欧洲发端（<ok href="https://media5.ntdtv.com/ep02_64k.mp3">64k</ok>，<ok href="https://media5.ntdtv.com/ep02_96k.mp3">96k</ok>）</p>
      <p><ok href="https://media5.ntdtv.com/ep03.mp3">第三章</ok></p>`);
    expect(result.found.media).toEqual([
      { kind: 'video', src: 'https://media5.ntdtv.com/CH6_720p.mp4' },
      { kind: 'video', src: 'https://media5.ntdtv.com/CH6_480p.mp4' },
      { kind: 'audio', src: 'https://media5.ntdtv.com/ep02_64k.mp3' },
      { kind: 'audio', src: 'https://media5.ntdtv.com/ep02_96k.mp3' },
      { kind: 'audio', src: 'https://media5.ntdtv.com/ep03.mp3' },
    ]);
    // The chapter line keeps its link texts; the link alone in its paragraph is a player and goes.
    expect(result.blocks.map((b) => b.text)).toContain('第二章 欧洲发端（64k，96k）');
    expect(result.blocks.map((b) => b.text)).not.toContain('第三章');
  });

  it('moves an embedded Facebook post to media, its author read up to " on <date>" (新唐人 prog203/a102960065, prog204/a102957469)', () => {
    const result = pipe(extractMedia()).run(`<p>第七舰队在脸书发布演习画面。</p><div class="fb-post"><blockquote cite="https://www.facebook.com/7thfleet/posts/10158776395342402" class="fb-xfbml-parse-ignore">
      <p>Sailors aboard USS John S. McCain conducted a small craft…</p>
      <p>Posted by <ok href="https://www.facebook.com/7thfleet/">U.S. 7th Fleet</ok> on <ok href="https://www.facebook.com/7thfleet/posts/10158776395342402">Thursday, October 8, 2020</ok></p></blockquote></div>
      <blockquote class="fb-xfbml-parse-ignore"><p><ok href="https://www.facebook.com/RFAChinese/videos/977033132779729/">十一黄金周迎来了报复式消费了么?</ok></p>
      <p>Posted by <ok href="https://www.facebook.com/RFAChinese/">自由亚洲电台普通话</ok> on Monday, October 5, 2020</p></blockquote>`);
    expect(result.found.media).toEqual([
      { kind: 'embed', src: 'https://www.facebook.com/7thfleet/posts/10158776395342402', title: 'Sailors aboard USS John S. McCain conducted a small craft… — U.S. 7th Fleet' },
      { kind: 'embed', src: 'https://www.facebook.com/RFAChinese/videos/977033132779729/', title: '十一黄金周迎来了报复式消费了么? — 自由亚洲电台普通话' },
    ]);
    expect(result.blocks.map((b) => b.text)).toEqual(['第七舰队在脸书发布演习画面。']);
  });

  it('records a DocumentCloud document the page embeds, once per document (大纪元 nf4514/n12430560)', () => {
    const result = pipe(extractMedia()).run(`<p>《洛龙区网络舆情应急预案》称，区委网信办落实24小时带班和值班制度。</p>
      <div class="DC-embed DC-embed-document DV-container" id="DV-viewer-7218535"></div>
      <p><ok href="https://assets.documentcloud.org/documents/7218535/伊川农商行舆情相关情况.pdf">伊川农商行舆情相关情况 (PDF)</ok></p>
      <p><ok href="https://assets.documentcloud.org/documents/7218535/伊川农商行舆情相关情况.txt">伊川农商行舆情相关情况 (Text)</ok><br/></p>`);
    expect(result.found.media).toEqual([
      { kind: 'embed', src: 'https://assets.documentcloud.org/documents/7218535/伊川农商行舆情相关情况.pdf', title: '伊川农商行舆情相关情况' },
    ]);
  });
});

