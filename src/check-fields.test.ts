import { describe, expect, it } from 'vitest';
import { checkFields, checkUrl, describeValue } from './check-fields.js';

describe('describeValue', () => {
  it('shows a value with its kind, briefly', () => {
    expect(describeValue('yes')).toBe('"yes" (a string)');
    expect(describeValue(5)).toBe('5 (a number)');
    expect(describeValue(false)).toBe('false (a boolean)');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(new Uint8Array(2))).toBe('a Uint8Array');
    expect(describeValue(new URL('https://example.com/'))).toBe('a URL');
    expect(describeValue(new ArrayBuffer(2))).toBe('an ArrayBuffer');
    expect(describeValue({})).toBe('an empty object');
    expect(describeValue({ ok: true, article: null })).toBe('an object with keys ok, article');
    expect(describeValue(Object.create(null))).toBe('an empty object');
    expect(describeValue('字'.repeat(50))).toBe(`"${'字'.repeat(40)}…" (a string)`);
  });
});

describe('checkFields', () => {
  it('names the unknown field, the one it was likely meant to be, and the known ones', () => {
    expect(() => checkFields({ id: 'x', bdy: 'div' }, ['id', 'body'], 'defineSite("x")')).toThrow(
      'qingxi: defineSite("x") has an unknown field "bdy" (did you mean "body"?); known fields are id, body.',
    );
    expect(() => checkFields({ zzzzzz: 1 }, ['id', 'body'], 'spec')).toThrow('qingxi: spec has an unknown field "zzzzzz"; known fields are id, body.');
    expect(() => checkFields({ id: 'x', body: 'div' }, ['id', 'body'], 'spec')).not.toThrow();
  });
});

describe('checkUrl', () => {
  it('takes a string or null, and points a URL object to its href', () => {
    expect(checkUrl('https://example.com/a', 'options.url')).toBe('https://example.com/a');
    expect(checkUrl(null, 'options.url')).toBeNull();
    expect(() => checkUrl(5, 'options.url')).toThrow("qingxi: options.url must be the page's URL as a string, or null, got 5 (a number).");
    expect(() => checkUrl(new URL('https://example.com/'), 'options.url')).toThrow(/got a URL \(pass url\.href for a URL object\)/u);
  });
});
