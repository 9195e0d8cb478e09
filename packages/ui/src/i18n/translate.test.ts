import { describe, expect, it } from 'vitest';
import { nb } from './messages.nb.js';
import { en } from './messages.en.js';
import { isLocale, translate } from './translate.js';

describe('translate', () => {
  it('gives the Norwegian and English sign-in labels the browser tests rely on', () => {
    expect([
      translate('nb', 'signIn.email'),
      translate('nb', 'signIn.password'),
      translate('nb', 'signIn.submit'),
    ]).toEqual(['E-post', 'Passord', 'Logg inn']);
    expect([
      translate('en', 'signIn.email'),
      translate('en', 'signIn.password'),
      translate('en', 'signIn.submit'),
    ]).toEqual(['Email', 'Password', 'Sign in']);
    expect([translate('nb', 'shell.signOut'), translate('en', 'shell.signOut')]).toEqual(['Logg ut', 'Sign out']);
  });

  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(translate('nb', 'wrongApp.signedInAs', { name: 'Per Agent', role: 'Forsikringsagent' })).toBe(
      'Du er logget inn som Per Agent (Forsikringsagent).',
    );
    expect(translate('en', 'forbidden.body', {})).toBe('This page is not available to the role {role}.');
  });

  it('has an English text for every Norwegian one, and none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const text of [...Object.values(nb), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('recognises the supported locales only', () => {
    expect(isLocale('nb')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('sv')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});
