import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostOf, isUnderDomain } from './resolve-url.js';

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
