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
});
