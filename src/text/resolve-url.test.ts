import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainName, hostOf, isUnderDomain, isUnderName, plainQuery, queryValue, resolveUrl, unwrapRedirect } from './resolve-url.js';

/** What hostOf answered before its fast path: the URL parser's host name, lower-cased. */
function parsed(url: string): string | null {
  try {
    return new URL(url.trim()).hostname.toLowerCase();
  } catch {
    return null;
  }
}

describe('hostOf', () => {
  it('reads plain hosts without the parser and leaves the rest to it', () => {
    expect(hostOf('https://WWW.EpochTimes.com/gb/22/12/30/n13895357.htm')).toBe('www.epochtimes.com');
    expect(hostOf('http://0x7f.1/')).toBe('127.0.0.1');
    expect(hostOf('http://a:99999/')).toBeNull();
    expect(hostOf('http://ſ.com/')).toBe('s.com');
  });

  it('answers as the URL parser does', () => {
    const part = fc.constantFrom('a', 'B', 'x', '0', '9', '-', '.', 'xn--', 'XN--', 'com', '0x', '@', ':', '/', '?', '#', ':80', '%41', ' ', '\t', '[', ']', '中', 'ſ', 'K', '_', '\\');
    const url = fc.tuple(fc.constantFrom('http://', 'https://', 'HTTP://', 'Https://', 'ftp://', 'http:/', ' https://'), fc.array(part, { maxLength: 12 }), fc.constantFrom('', '/', '/a?b#c', ':8080/x', '?q', '#f', ' '));
    fc.assert(
      fc.property(url, ([scheme, parts, tail]) => {
        const text = scheme + parts.join('') + tail;
        expect(hostOf(text)).toBe(parsed(text));
      }),
      { numRuns: 5000 },
    );
  });
});

/** What resolveUrl answered before its fast path for root paths: the URL parser's join. */
function joined(href: string, base: string): string {
  const trimmed = href.trim();
  if (trimmed.startsWith('//')) return `https:${trimmed}`;
  if (/^[a-z][a-z0-9+.-]*:/iu.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

describe('resolveUrl', () => {
  it('puts a plain base\'s origin before a root path, and leaves the rest to the parser', () => {
    expect(resolveUrl('/news/gb/2021/01/01/1.html', 'https://www.secretchina.com/news/gb/2020/1.html')).toBe('https://www.secretchina.com/news/gb/2021/01/01/1.html');
    expect(resolveUrl('/a/../b', 'https://x.com/')).toBe('https://x.com/b');
    expect(resolveUrl('/a/%2e%2E/b', 'https://x.com/')).toBe('https://x.com/b');
    expect(resolveUrl('/a b', 'https://x.com/')).toBe('https://x.com/a%20b');
    expect(resolveUrl('/a', 'https://X.com:443/')).toBe('https://x.com/a');
    expect(resolveUrl('/a', 'http://0x7f.1/')).toBe('http://127.0.0.1/a');
  });

  it('answers as the URL parser does', () => {
    const part = fc.constantFrom('/', '//', 'a', 'Z', '0', '-', '_', '.', '..', '%2e', '%2E', '%41', '%', '%zz', '?', '#', '&', '=', "'", '"', ' ', '\t', '\\', ':', '@', '!', '$', '(', '*', '+', ',', ';', '~', '^', '|', '`', '{', '<', '[', '中', 'ſ');
    const href = fc.tuple(fc.constantFrom('/', '', './', '?', '#', ' /'), fc.array(part, { maxLength: 10 }));
    const host = fc.array(fc.constantFrom('a', 'B', '0', '-', '.', 'xn--', 'com', '0x', '@', ':', ':80', '%41', '中', 'ſ', 'K', '_'), { minLength: 1, maxLength: 6 });
    const base = fc.tuple(fc.constantFrom('http://', 'https://', 'HTTPS://', 'ftp://', 'file:///', ''), host, fc.constantFrom('', '/', '/p/q.html', '?q', '#f', ' '));
    fc.assert(
      fc.property(href, base, ([lead, parts], [scheme, hostParts, tail]) => {
        const h = lead + parts.join('');
        const b = scheme + hostParts.join('') + tail;
        if (b === '') return;
        expect(resolveUrl(h, b)).toBe(joined(h, b));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('isUnderDomain', () => {
  it('matches a domain and its subdomains on dot boundaries, in any case, with or without the root dot', () => {
    expect(isUnderDomain('news.example.com.cn', 'example.com.cn')).toBe(true);
    expect(isUnderDomain('WWW.Example.COM.', 'example.com')).toBe(true);
    expect(isUnderDomain('example.com', 'Example.com.')).toBe(true);
    expect(isUnderDomain('notexample.com', 'example.com')).toBe(false);
    expect(isUnderDomain('example.com..', 'example.com')).toBe(false);
    expect(isUnderDomain('com', 'example.com')).toBe(false);
  });
});

describe('domainName and isUnderName', () => {
  it('prepare names once and then answer as isUnderDomain does', () => {
    expect(domainName('WWW.Example.COM.')).toBe('www.example.com');
    expect(domainName('example.com..')).toBe('example.com.');
    const names = ['news.example.com.cn', 'example.com.cn', 'WWW.Example.COM.', 'example.com', 'Example.com.', 'notexample.com', 'example.com..', 'com', 'a.b.example.com'];
    for (const host of names) {
      for (const domain of names) expect(isUnderName(domainName(host), domainName(domain))).toBe(isUnderDomain(host, domain));
    }
  });
});

describe('unwrapRedirect', () => {
  it('reads the target out of Google\'s click-through redirects', () => {
    expect(unwrapRedirect('https://www.google.com.tw/url?sa=t&rct=j&q=&esrc=s&url=https%3A%2F%2Fzh.wikipedia.org%2Fzh-tw%2F%25E7%2597%2585%25E6%25AF%2592&usg=AOvVaw3IhzUFBLFt7P_imSx5BkYC')).toBe('https://zh.wikipedia.org/zh-tw/%E7%97%85%E6%AF%92');
    expect(unwrapRedirect('https://www.google.com/url?q=http://www.nydailynews.com/news/a-1.1162289%23nt%3Dbyline&sa=D&ust=1527515819715000&usg=AFQjCNGKMXuFC')).toBe('http://www.nydailynews.com/news/a-1.1162289#nt=byline');
  });

  it('leaves other links, and a redirect without a web address in it, as they are', () => {
    expect(unwrapRedirect('https://www.epochtimes.com/gb/20/7/4/n12231562.htm?url=https://x.com/')).toBe('https://www.epochtimes.com/gb/20/7/4/n12231562.htm?url=https://x.com/');
    expect(unwrapRedirect('https://www.google.com/url?q=%E4%B8%AD%E5%85%B1&sa=D')).toBe('https://www.google.com/url?q=%E4%B8%AD%E5%85%B1&sa=D');
    expect(unwrapRedirect('https://www.google.com/search?q=https://x.com/')).toBe('https://www.google.com/search?q=https://x.com/');
  });

  it('reads the parser\'s way a query that is not plain ASCII or does not decode', () => {
    expect(unwrapRedirect('https://www.google.com/url?url=https://zh.wikipedia.org/wiki/中共&sa=D')).toBe('https://zh.wikipedia.org/wiki/中共');
    expect(unwrapRedirect('https://www.google.com/url?url=https://a.com/%FF&q=https://b.com/')).toBe('https://a.com/\uFFFD');
    expect(unwrapRedirect('https://www.google.com/url?q=https://a.com/x#y&url=https://b.com/')).toBe('https://a.com/x');
  });
});

describe('plainQuery and queryValue', () => {
  const start = 'https://www.google.com/url?'.length;

  it('read a plain query as URLSearchParams does: the first value of a name, + as a space, %-escapes decoded', () => {
    const query = plainQuery('https://g.com/url?q=a+b&u%72l=%2F&q=c#d', 'https://g.com/url?'.length);
    expect(query).toBe('q=a+b&u%72l=%2F&q=c');
    expect(queryValue(query!, 'q')).toBe('a b');
    expect(queryValue(query!, 'url')).toBe('/');
    expect(queryValue(query!, 'sa')).toBeNull();
    expect(queryValue('q=%E4', 'q')).toBeUndefined();
    expect(plainQuery('https://g.com/url?q=中', 'https://g.com/url?'.length)).toBeNull();
  });

  it('answer as the URL parser for any query they read', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'q', 'u', 'r', 'l', '=', '&', '%', '+', '#', '2', 'E', 'F', '4', 'B', '7', ' ', '中') }), (written) => {
        const url = `https://www.google.com/url?${written}`;
        const query = plainQuery(url, start);
        if (query === null) return;
        const parsed = new URL(url).searchParams;
        for (const name of ['q', 'url', 'a']) {
          const value = queryValue(query, name);
          if (value !== undefined) expect(value).toBe(parsed.get(name));
        }
      }),
    );
  });
});
