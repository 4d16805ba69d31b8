import { describe, expect, it } from 'vitest';
import { isDeskName } from '../rules/desks.js';
import { metaAuthorNames } from './meta-authors.js';

describe('metaAuthorNames', () => {
  it('splits a plain list, reads role words, drops an English By', () => {
    expect(metaAuthorNames('ALEXANDRA STEVENSON, 李源')).toEqual(['ALEXANDRA STEVENSON', '李源']);
    expect(metaAuthorNames('By Keith Bradsher and Claire Fu')).toEqual(['Keith Bradsher', 'Claire Fu']);
    expect(metaAuthorNames('记者 李言')).toEqual(['李言']);
    expect(metaAuthorNames(undefined)).toEqual([]);
  });

  it('drops a CMS login name (WordPress: kwongwah; round 12)', () => {
    expect(metaAuthorNames('kwongwah')).toEqual([]);
    expect(metaAuthorNames('Phoebe Ho')).toEqual(['Phoebe Ho']);
  });

  it('leaves desks out', () => {
    expect(metaAuthorNames('CDT编辑')).toEqual([]);
    expect(metaAuthorNames('本报、王宇')).toEqual(['王宇']);
  });
});

describe('isDeskName', () => {
  it('tells desks from people', () => {
    for (const desk of ['CDT编辑', '编辑部', '國際新聞中心', '本報', '小编', '综合报道', 'Newsroom Staff', '本报评论员']) expect(isDeskName(desk)).toBe(true);
    for (const person of ['王宇', '陳俊廷', 'Alexandra Stevenson', '李编']) expect(isDeskName(person)).toBe(false);
  });
});
