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

  it('takes the italic caption printed under a video as its title, out of the body', () => {
    const result = pipe(extractMedia()).run(`<p>第一段。</p><p><iframe src="https://www.facebook.com/plugins/video.php?v=1"></iframe></p>
<p><span></span></p><div><div><i>视频【山东青岛现胸科医院疫情小爆发】<span>【全市进行全民核酸检测】</span></i></div><i></i></div><p>第二段。</p>`);
    expect(result.found.media).toEqual([{ kind: 'embed', src: 'https://www.facebook.com/plugins/video.php?v=1', title: '【山东青岛现胸科医院疫情小爆发】【全市进行全民核酸检测】' }]);
    expect(result.blocks.map((b) => b.text)).toEqual(['第一段。', '第二段。']);
  });

  it('leaves a sentence about the video, a caption after other text, and text after audio in the body', () => {
    const sentence = pipe(extractMedia()).run('<p><video src="a.mp4"></video></p><p>视频显示，警察在街头追打示威者。</p>');
    expect(sentence.blocks.map((b) => b.text)).toEqual(['视频显示，警察在街头追打示威者。']);
    expect(sentence.found.media).toEqual([{ kind: 'video', src: 'a.mp4' }]);
    const later = pipe(extractMedia()).run('<p><video src="a.mp4"></video></p><p>正文</p><p><i>视频【标题】</i></p>');
    expect(later.blocks.map((b) => b.text)).toEqual(['正文', '视频【标题】']);
    const audio = pipe(extractMedia()).run('<p><audio src="a.mp3"></audio></p><p><i>视频【标题】</i></p>');
    expect(audio.blocks.map((b) => b.text)).toEqual(['视频【标题】']);
  });
});
