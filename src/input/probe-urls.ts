/**
 * The page's own URLs, found by cheap string searches before parsing, so that
 * site profiles can be chosen by domain.
 */

/** How much of the page's end is searched for a mirror's `原文地址` line. */
const TAIL = 4096;
/** How much of the page's start is searched for canonical and og:url. */
const HEAD = 8192;
const ORIGINAL = /原文(?:地址|链接|鏈接|網址|网址)[^：:\n]{0,12}[：:]\s*(https?:\/\/[^\s<>"']{4,300})/u;
const CANONICAL = /<link[^>]{0,200}?rel=["']?canonical["']?[^>]{0,200}?href=["']([^"']{4,300})["']|<meta[^>]{0,100}?property=["']og:url["'][^>]{0,100}?content=["']([^"']{4,300})["']/iu;

/**
 * URLs a page states for itself: a mirror's `原文地址（需翻墙访问）：URL`, a
 * `<link rel="canonical">` or `og:url`.
 *
 * @param text - The decoded page.
 * @returns The URLs found, most reliable first.
 */
export function probeUrls(text: string): string[] {
  const urls: string[] = [];
  const original = ORIGINAL.exec(text.length > TAIL ? text.slice(-TAIL) : text);
  if (original !== null) urls.push(original[1]!);
  const canonical = CANONICAL.exec(text.slice(0, HEAD));
  if (canonical !== null) urls.push((canonical[1] ?? canonical[2])!);
  return urls;
}
