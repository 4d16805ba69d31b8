import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeEndMark } from './remove-end-mark.js';

const run = (html: string) => pipe(normalizeWhitespace(), removeEndMark()).run(html, { explain: true });
const texts = (html: string) => run(html).blocks.map((b) => b.text);

describe('removeEndMark', () => {
  it('cuts the end-of-story mark after the last sentence (大纪元 #, ＃, ◇; 新唐人 @*#)', () => {
    // fixtures/epochtimes/nsc423-n10040534, nsc415-n12262122, nsc412/n12475528
    expect(texts('<p>第一段。</p><p>而读这本书之后或许就能够避免呢！#</p>')).toEqual(['第一段。', '而读这本书之后或许就能够避免呢！']);
    expect(texts('<p>为重夺香港而努力。◇</p>')).toEqual(['为重夺香港而努力。']);
    expect(texts('<p>加快了招聘和收购办公室的步伐。◇ ＃</p>')).toEqual(['加快了招聘和收购办公室的步伐。']);
    expect(texts('<p>“他已经在行动。”#</p>')).toEqual(['“他已经在行动。”']);
    // prog647/a102831452, prog1699/a102820756: 新唐人's mark after a citation, with no sentence mark before it.
    expect(texts('<p>事据《劝戒录类编》卷2＠＊#</p>')).toEqual(['事据《劝戒录类编》卷2']);
    expect(run('<p>善恶有报昭然明现。@*#</p>').trace).toContainEqual(expect.objectContaining({ kind: 'changed', step: 'removeEndMark', snippet: '@*#' }));
  });

  it('cuts the mark of the story\'s last paragraph above a source note or references (fixtures/ntdtv/prog647-a102838885)', () => {
    expect(texts('<p>无意换来登科大利，善恶有报昭然明现。@*#</p><p>（资料来源：《现果随录》）</p>')).toEqual(['无意换来登科大利，善恶有报昭然明现。', '（资料来源：《现果随录》）']);
    // Only the last mark: one ending an earlier section is left.
    expect(texts('<p>中共覆灭是天意。” ◇</p><p>天灭中共已经成为历史的必然。”◇</p>')).toEqual(['中共覆灭是天意。” ◇', '天灭中共已经成为历史的必然。”']);
  });

  it('cuts a mark followed by a continuation note and keeps the note (nsc423/n10093140, soh186/256729)', () => {
    expect(texts('<p>第一段。</p><p>你要说为什么？它会让你忘掉神的。#（待续）</p>')).toEqual(['第一段。', '你要说为什么？它会让你忘掉神的。（待续）']);
    expect(texts('<p>因此，平静也只是昙花一现。#(未完待续)</p>')).toEqual(['因此，平静也只是昙花一现。(未完待续)']);
    // A note with no mark before it is left as it is.
    expect(texts('<p>（未完待续）</p>')).toEqual(['（未完待续）']);
  });

  it('keeps a # that is not after a sentence: a hashtag, a number sign, a heading', () => {
    expect(texts('<p>网友发起话题 #MeToo</p>')).toEqual(['网友发起话题 #MeToo']);
    expect(texts('<p>他穿着#</p>')).toEqual(['他穿着#']);
    expect(texts('<p>第五章 邪灵篡位 文化沦丧（上）—— 1. 偷天换日，篡上神位 #</p>')).toEqual(['第五章 邪灵篡位 文化沦丧（上）—— 1. 偷天换日，篡上神位 #']);
  });
});
