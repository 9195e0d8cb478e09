import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NETWORK_CONTACT } from '@bn/domain';
import { readServerEnv } from './env.js';

const saved = {
  COOKIE_SECURE: process.env.COOKIE_SECURE,
  SESSION_IDLE_MINUTES: process.env.SESSION_IDLE_MINUTES,
  CASE_LOOKUP_URL: process.env.CASE_LOOKUP_URL,
  NETWORK_CONTACT_NAME: process.env.NETWORK_CONTACT_NAME,
  NETWORK_CONTACT_EMAIL: process.env.NETWORK_CONTACT_EMAIL,
  NETWORK_CONTACT_PHONE: process.env.NETWORK_CONTACT_PHONE,
};
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('the server environment', () => {
  it('makes the session cookie Secure unless told otherwise (auto: not for plain http to localhost)', () => {
    delete process.env.COOKIE_SECURE;
    expect(readServerEnv().cookieSecure).toBe('auto');
    process.env.COOKIE_SECURE = 'off';
    expect(readServerEnv().cookieSecure).toBe(false);
    process.env.COOKIE_SECURE = '1';
    expect(readServerEnv().cookieSecure).toBe(true);
  });

  it('ends idle sessions after 30 minutes unless SESSION_IDLE_MINUTES says otherwise, and refuses nonsense', () => {
    delete process.env.SESSION_IDLE_MINUTES;
    expect(readServerEnv().sessionIdleMinutes).toBe(30);
    process.env.SESSION_IDLE_MINUTES = '480';
    expect(readServerEnv().sessionIdleMinutes).toBe(480);
    for (const bad of ['0', '-5', 'tretti', '1.5', '100000']) {
      process.env.SESSION_IDLE_MINUTES = bad;
      expect(() => readServerEnv(), bad).toThrow(/SESSION_IDLE_MINUTES/);
    }
  });

  it('looks case ids up in the register unless CASE_LOOKUP_URL names an http(s) service', () => {
    delete process.env.CASE_LOOKUP_URL;
    expect(readServerEnv().caseLookupUrl).toBeUndefined();
    process.env.CASE_LOOKUP_URL = 'https://saker.example.no/oppslag';
    expect(readServerEnv().caseLookupUrl).toBe('https://saker.example.no/oppslag');
    for (const bad of ['saker.example.no', 'ftp://saker.example.no/']) {
      process.env.CASE_LOOKUP_URL = bad;
      expect(() => readServerEnv(), bad).toThrow(/CASE_LOOKUP_URL/);
    }
  });

  it('gives the network contact of NETWORK_CONTACT_*, the demo one when unset, and refuses a bad number', () => {
    for (const k of ['NETWORK_CONTACT_NAME', 'NETWORK_CONTACT_EMAIL', 'NETWORK_CONTACT_PHONE']) delete process.env[k];
    expect(readServerEnv().networkContact).toEqual(DEMO_NETWORK_CONTACT);
    process.env.NETWORK_CONTACT_NAME = 'Nettverket AS';
    process.env.NETWORK_CONTACT_PHONE = '22 12 34 56';
    expect(readServerEnv().networkContact).toEqual({ name: 'Nettverket AS', email: null, phone: '+4722123456' });
    process.env.NETWORK_CONTACT_PHONE = '123';
    expect(() => readServerEnv()).toThrow(/NETWORK_CONTACT_PHONE/);
  });
});
