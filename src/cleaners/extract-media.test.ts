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
});
