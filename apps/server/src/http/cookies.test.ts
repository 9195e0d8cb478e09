import { describe, expect, it } from 'vitest';
import { parseCookies } from './cookies.js';

describe('reading the Cookie header', () => {
  it('finds each cookie by name, decoding its value', () => {
    const cookies = parseCookies('bn_session=abc%2Fdef; theme=dark');
    expect(cookies.get('bn_session')).toBe('abc/def');
    expect(cookies.get('theme')).toBe('dark');
  });
  it('keeps "=" inside a value', () => {
    expect(parseCookies('t=a=b==').get('t')).toBe('a=b==');
  });
  it('ignores a malformed cookie instead of failing the request', () => {
    const cookies = parseCookies('broken=%E0%A4%A; ok=1; novalue');
    expect(cookies.get('broken')).toBeUndefined();
    expect(cookies.get('ok')).toBe('1');
  });
  it('is empty without a header', () => {
    expect(parseCookies(undefined).size).toBe(0);
  });
});
