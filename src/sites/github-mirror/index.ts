/**
 * The GitHub Markdown mirrors of 大纪元, 新唐人, 看中国, 希望之声 and 自由亚洲电台
 * (gfw-breaker/banned-news, begood0513/goodnews …): Markdown navigation and
 * promo lines around the outlet's pretty-printed HTML, and a share footer.
 */
import { removeMarkdownFrame } from '../../cleaners/remove-markdown-frame.js';
import { resolveBody } from '../../cleaners/resolve-body.js';
import { place } from '../../profiles/define-rule.js';
import { defineSite } from '../../profiles/define-site.js';

/**
 * The GitHub Markdown mirrors.
 *
 * @example
 * // A begood0513/goodnews page: '### 日媒：习近平婉拒普京访俄邀请\n------------------------\n\n#### [首页](../../README.md?a103471995) …'
 * const { title, mirror, url, mirrorUrl } = extractArticleOrThrow(markdown);
 * // title: '日媒：习近平婉拒普京访俄邀请'
 * // mirror: { id: 'github:begood0513/goodnews', name: 'begood0513/goodnews', url: 'https://github.com/begood0513/goodnews' }
 * // url: 'https://www.ntdtv.com/gb/2022/07/05/a103471995.html'
 * // mirrorUrl: 'https://github.com/begood0513/goodnews/blob/master/pages/prog202/a103471995.md'
 */
export const githubMirror = defineSite({
  id: 'github-mirror',
  name: 'GitHub 镜像',
  kind: 'mirror',
  url: 'https://github.com',
  domains: ['github.com', 'githubusercontent.com'],
  families: ['markdown-mirror'],
  markers: ['手机上长按并复制下列链接或二维码分享本文章', '原文地址（需翻墙访问）', '](https://github.com/gfw-breaker/'],
  // The frame goes first: its title line and URLs are read before anything else looks at the page.
  rules: [place(removeMarkdownFrame(), { at: 'start' })],
  // The frame step drops the Markdown lines and reads the footer's 原文地址 itself.
  disable: ['removeMarkdownLines', 'extractOriginalUrl'],
  // With the frame gone the page is the outlet's article HTML, lead image and all: the generic finder
  // would only risk dropping the lead image beside the text, so it runs on full HTML pages only.
  replace: { resolveBody: resolveBody({ families: ['html-page'] }) },
});
