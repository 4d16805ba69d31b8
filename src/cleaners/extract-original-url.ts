/**
 * The URL of the original article, as a reposting page states it.
 */
import { statedOriginalUrl } from '../input/probe-urls.js';
import type { SourceStep } from '../pipeline/types.js';

/**
 * Read `原文地址：URL` / `原文链接：URL` near the end of the page as the
 * article's `url`. A page that says where the original is is a copy, so the
 * statement outranks the copy's own canonical link and `og:url`; nothing is
 * removed here (the line itself goes with the boilerplate phrases).
 *
 * @returns The source step `extractOriginalUrl`.
 * @example
 * pipe(extractOriginalUrl()).run('<p>正文</p><p>原文链接：https://www.voachinese.com/a/x.html</p>').found.url
 * // { value: 'https://www.voachinese.com/a/x.html', source: 'mirror' }
 */
export function extractOriginalUrl(): SourceStep {
  return {
    name: 'extractOriginalUrl',
    stage: 'source',
    run(text, ctx) {
      const url = statedOriginalUrl(text);
      if (url !== null) ctx.propose('url', url, 'mirror');
      return text;
    },
  };
}
