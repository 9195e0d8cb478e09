import { describe, expect, it } from 'vitest';
import { isLoopbackHost, parseCookies } from './cookies.js';

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

describe('loopback hosts (where COOKIE_SECURE=auto leaves the cookie without Secure on plain http)', () => {
  it.each(['localhost', 'LOCALHOST', 'admin.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'])(
    '%s is loopback',
    (h) => {
      expect(isLoopbackHost(h)).toBe(true);
    },
  );
  it.each([
    'clinic.example',
    '10.0.0.5',
    '192.168.1.20',
    'localhost.evil.example',
    '127.0.0.1.nip.io',
    '::ffff:10.0.0.1',
  ])('%s is not', (h) => {
    expect(isLoopbackHost(h)).toBe(false);
  });
});
