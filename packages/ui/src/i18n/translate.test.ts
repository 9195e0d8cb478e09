import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '@bn/domain';
import { nb } from './messages.nb.js';
import { en } from './messages.en.js';
import { isLocale } from './locale.js';
import { uiTranslator } from './translate.js';

describe('the shared texts', () => {
  it('give the Norwegian and English sign-in labels the browser tests rely on', () => {
    const [t, e] = [uiTranslator.in('nb'), uiTranslator.in('en')];
    expect([t('signIn.email'), t('signIn.password'), t('signIn.submit')]).toEqual(['E-post', 'Passord', 'Logg inn']);
    expect([e('signIn.email'), e('signIn.password'), e('signIn.submit')]).toEqual(['Email', 'Password', 'Sign in']);
    expect([t('shell.signOut'), e('shell.signOut')]).toEqual(['Logg ut', 'Sign out']);
  });

  it('fill in values', () => {
    expect(uiTranslator('nb', 'wrongApp.signedInAs', { name: 'Per Agent', role: 'Forsikringsagent' })).toBe(
      'Du er logget inn som Per Agent (Forsikringsagent).',
    );
    expect(uiTranslator('en', 'forbidden.body', { role: 'Support' })).toBe(
      'This page is not available to the role Support.',
    );
  });

  it('have an English text for every Norwegian one, none empty, well-formed, with the same values', () => {
    expect(catalogueProblems({ shared: { nb, en } }, { sameInBoth: [] })).toEqual([]);
  });

  it('recognise the supported locales only', () => {
    expect(isLocale('nb')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('sv')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});
