/**
 * URLs as pages print them, made absolute.
 */

/**
 * Resolve a possibly relative URL against a base; protocol-relative URLs get `https:`.
 *
 * @param href - The URL as printed.
 * @param base - The page's URL, when known.
 * @returns An absolute URL when it can be made one, else `href` trimmed.
 */
export function resolveUrl(href: string, base: string | null | undefined): string {
  const trimmed = href.trim();
  if (trimmed.startsWith('//')) return `https:${trimmed}`;
  if (/^[a-z][a-z0-9+.-]*:/iu.test(trimmed)) return trimmed;
  if (base === null || base === undefined || base === '') return trimmed;
  // A path from the root on a plain http(s) base (1,440 of the 1,460 relative links a corpus pass,
  // nearly all 看中国's): the parser would only put the base's origin before it.
  if (PLAIN_ROOT_PATH.test(trimmed)) {
    const origin = PLAIN_ORIGIN.exec(base);
    if (origin !== null && !origin[0].includes('xn--')) return origin[0] + trimmed;
  }
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

/**
 * Google's click-through redirect, copied with a link from a results page: 看中国 prints
 * `https://www.google.com.tw/url?sa=t&…&url=<target>&usg=…`, docs exported from Google
 * `https://www.google.com/url?q=<target>&sa=D&…`.
 */
const GOOGLE_REDIRECT = /^https?:\/\/(?:www\.)?google\.(?:com|co)(?:\.[a-z]{2})?\/url\?/iu;
/** The query parameters a redirect carries its target in, the first that holds a web address wins. */
const REDIRECT_TARGETS = ['url', 'q'] as const;

/**
 * The target of a redirect link: the link's own URL when it is not a known redirect.
 *
 * @param url - An absolute URL.
 * @returns The web address the redirect leads to, decoded from its query, else `url`.
 * @example
 * unwrapRedirect('https://www.google.com.tw/url?sa=t&url=https%3A%2F%2Fzh.wikipedia.org%2Fwiki%2FX&usg=A') // 'https://zh.wikipedia.org/wiki/X'
 */
export function unwrapRedirect(url: string): string {
  const match = GOOGLE_REDIRECT.exec(url);
  if (match === null) return url;
  const query = plainQuery(url, match[0].length);
  // The URL parser, for a query read other than as written, runs at most once a link.
  let parsed: URLSearchParams | null | undefined;
  for (const name of REDIRECT_TARGETS) {
    const value = query === null ? undefined : queryValue(query, name);
    if (value === undefined && parsed === undefined) parsed = parsedQuery(url);
    const target = value === undefined ? (parsed?.get(name) ?? null) : value;
    if (target !== null && /^https?:\/\/[^/\s]/iu.test(target)) return target;
  }
  return url;
}

/** The query as the URL parser reads it, or `null` when the URL does not parse. */
function parsedQuery(url: string): URLSearchParams | null {
  try {
    return new URL(url).searchParams;
  } catch {
    return null;
  }
}

/** A query that reads the same as written and as parsed: printable ASCII, which the parser neither drops nor escapes. */
const PLAIN_QUERY = /^[\x21-\x7e]*$/u;
/** A query parameter name that `URLSearchParams` reads other than as written. */
const ESCAPED_NAME = /[%+]/u;

/**
 * The query of a URL from `start` up to its fragment, when it is {@link PLAIN_QUERY}; else `null`.
 *
 * @internal
 */
export function plainQuery(url: string, start: number): string | null {
  const hash = url.indexOf('#', start);
  const query = hash < 0 ? url.slice(start) : url.slice(start, hash);
  return PLAIN_QUERY.test(query) ? query : null;
}

/**
 * The value of a name in a plain query as `URLSearchParams` reads it: the first pair of that name,
 * `+` a space, %-escapes decoded; `null` when no pair has the name; `undefined` when the value does
 * not decode (a lone `%`, bytes that are not UTF-8), which the parser reads its own way. The
 * redirects a corpus pass unwraps (150) built a `URL` and its `searchParams` each, which cost more
 * than all other links; only the pair asked for is decoded.
 *
 * @internal
 */
export function queryValue(query: string, name: string): string | null | undefined {
  for (let at = 0; at < query.length; ) {
    let end = query.indexOf('&', at);
    if (end < 0) end = query.length;
    const eq = query.indexOf('=', at);
    const nameEnd = eq >= 0 && eq < end ? eq : end;
    const written = query.slice(at, nameEnd);
    // A name that does not decode keeps its `%`, so it is not the name asked for.
    if (written === name || (ESCAPED_NAME.test(written) && decodeQueryPart(written) === name)) {
      return decodeQueryPart(nameEnd < end ? query.slice(nameEnd + 1, end) : '') ?? undefined;
    }
    at = end + 1;
  }
  return null;
}

function decodeQueryPart(part: string): string | null {
  try {
    return decodeURIComponent(part.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/**
 * The host name of a URL, lower-cased, or `null`.
 *
 * @param url - An absolute URL.
 * @returns E.g. `'www.epochtimes.com'`.
 */
export function hostOf(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  // The common case without the URL parser: http(s), a plain ASCII name whose last label starts
  // with a letter (so no IPv4 or punycode rules apply), then a path, query, fragment or the end.
  const plain = PLAIN_HOST.exec(url.trim());
  const host = plain === null ? null : plain[1]!.toLowerCase();
  if (host !== null && !host.includes('xn--')) return host;
  try {
    return new URL(url.trim()).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Whether a host is a domain or one of its subdomains, on dot boundaries:
 * `news.example.com.cn` is under `example.com.cn`; `notexample.com` is not under `example.com`.
 *
 * @param host - A host name.
 * @param domain - A registrable domain.
 * @returns `true` when `host` is `domain` or ends with `.domain`.
 */
export function isUnderDomain(host: string, domain: string): boolean {
  return isUnderName(domainName(host), domainName(domain));
}

/**
 * A host or domain as {@link isUnderName} compares it: lower-cased, its root dot taken off
 * (without a regex replace).
 *
 * @param name - A host name or domain.
 * @returns E.g. `'example.com'` for `'Example.COM.'`.
 */
export function domainName(name: string): string {
  return withoutRootDot(name.toLowerCase());
}

/**
 * {@link isUnderDomain} for names already passed through {@link domainName}: a caller that asks
 * about many pairs (every domain of every profile, for each of a page's hosts) prepares each name
 * once, not once per pair.
 *
 * @param host - A host name, as `domainName` gives it.
 * @param domain - A registrable domain, as `domainName` gives it.
 * @returns `true` when `host` is `domain` or ends with `.domain`.
 */
export function isUnderName(host: string, domain: string): boolean {
  return host === domain || (host.length > domain.length && host.endsWith(domain) && host[host.length - domain.length - 1] === '.');
}

/** A fully qualified name's root dot (`example.com.`) taken off. */
function withoutRootDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** `http://` or `https://`, then a host the URL parser would only lower-case. */
// No i flag: under /iu, [a-z] would also take ſ and the Kelvin sign, which the parser maps to s and k.
const PLAIN_HOST = /^(?:http|HTTP)[sS]?:\/\/((?:[a-zA-Z\d-]+\.)*[a-zA-Z][a-zA-Z\d-]*)(?=[/?#]|$)/u;

/**
 * A root path and query the URL parser copies as they are: ASCII it does not escape, no
 * fragment, and no segment that starts with a dot (`.`, `..` and their `%2e` spellings are
 * resolved; a leading `//` names a host and is read before).
 */
const PLAIN_ROOT_PATH = /^(?:\/(?!\.|%2[eE])[\w\-.~%!$&()*+,;=:@]*)+(?:\?[\w\-.~%!$&()*+,;=:@/?]*)?$/u;
/** The origin of a lower-case http(s) URL whose host the parser keeps as it is (as PLAIN_HOST; no port, no user). */
const PLAIN_ORIGIN = /^https?:\/\/(?:[a-z\d-]+\.)*[a-z][a-z\d-]*(?=[/?#]|$)/u;
