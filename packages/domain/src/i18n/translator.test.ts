import { describe, expect, expectTypeOf, it } from 'vitest';
import { formatMessage, messageArguments } from './message-format.js';
import type { MessageArgs } from './message-args.js';
import { createTranslator, mergeCatalogues } from './translator.js';

const nb = {
  greeting: 'Hei, {name}!',
  slots: '{count, plural, one {# ledig time} other {# ledige timer}}',
  'slots.none': '{count, plural, =0 {Ingen ledige timer} one {# ledig time} other {# ledige timer}}',
  kind: '{kind, select, past {Tiden er passert} other {Ikke nå}}.',
  nested: '{name} har {count, plural, one {# time hos {clinic}} other {# timer hos {clinic}}}.',
  plain: 'Logg inn',
} as const;
const en = {
  greeting: 'Hello, {name}!',
  slots: '{count, plural, one {# free time} other {# free times}}',
  'slots.none': '{count, plural, =0 {No free times} one {# free time} other {# free times}}',
  kind: '{kind, select, past {The time has passed} other {Not now}}.',
  nested: '{name} has {count, plural, one {# appointment at {clinic}} other {# appointments at {clinic}}}.',
  plain: 'Sign in',
};
const t = createTranslator({ nb, en });

describe('the message format', () => {
  it('fills in values', () => {
    expect(t('nb', 'greeting', { name: 'Kari' })).toBe('Hei, Kari!');
    expect(t.in('en')('greeting', { name: 'Kari' })).toBe('Hello, Kari!');
  });

  it('chooses the plural form by the language’s rules (CLDR, through Intl.PluralRules)', () => {
    expect([0, 1, 2, 21].map((count) => t('nb', 'slots', { count }))).toEqual([
      '0 ledige timer',
      '1 ledig time',
      '2 ledige timer',
      '21 ledige timer',
    ]);
    expect([0, 1, 2].map((count) => t('en', 'slots', { count }))).toEqual([
      '0 free times',
      '1 free time',
      '2 free times',
    ]);
    // An exact match wins over the category.
    expect(t('nb', 'slots.none', { count: 0 })).toBe('Ingen ledige timer');
    expect(t('en', 'slots.none', { count: 1 })).toBe('1 free time');
  });

  it('chooses by value with select, and reads arguments inside branches', () => {
    expect(t('nb', 'kind', { kind: 'past' })).toBe('Tiden er passert.');
    expect(t('nb', 'kind', { kind: 'anything' })).toBe('Ikke nå.');
    expect(t('en', 'nested', { name: 'Kari', count: 2, clinic: 'Majorstuen' })).toBe(
      'Kari has 2 appointments at Majorstuen.',
    );
  });

  it('leaves a value it was not given visible, so the bug is seen', () => {
    expect(formatMessage('nb', 'Hei, {name}!')).toBe('Hei, {name}!');
  });

  it('refuses a malformed message', () => {
    expect(() => formatMessage('nb', 'Hei {name')).toThrow(/Unclosed/);
    expect(() => formatMessage('nb', '{n, plural, one {#}}', { n: 1 })).toThrow(/other/);
    expect(() => formatMessage('nb', '{n, number, integer}', { n: 1 })).toThrow(/Unknown argument type/);
    expect(() => formatMessage('nb', 'a } b')).toThrow(/Unmatched/);
  });

  it('lists a message’s arguments and their kinds', () => {
    expect(Object.fromEntries(messageArguments(nb.nested))).toEqual({
      name: 'value',
      count: 'plural',
      clinic: 'value',
    });
    expect(messageArguments(nb.plain).size).toBe(0);
  });

  it('answers keys made at run time, or null for one it does not have', () => {
    expect(t.has('plain')).toBe(true);
    expect(t.has('missing')).toBe(false);
    expect(t.loose('en', 'plain')).toBe('Sign in');
    expect(t.loose('en', 'missing')).toBeNull();
  });

  it('merges a SPA’s catalogue with the shared one', () => {
    const merged = createTranslator(mergeCatalogues({ nb, en }, { nb: { own: 'Egen' } as const, en: { own: 'Own' } }));
    expect([merged('en', 'plain'), merged('en', 'own')]).toEqual(['Sign in', 'Own']);
  });
});

describe('the message types (checked by tsc)', () => {
  it('reads each message’s values from its Bokmål text', () => {
    expectTypeOf<MessageArgs<'Hei, {name}!'>>().toEqualTypeOf<{ name: string | number }>();
    expectTypeOf<MessageArgs<typeof nb.slots>>().toEqualTypeOf<{ count: number }>();
    expectTypeOf<MessageArgs<typeof nb.kind>>().toEqualTypeOf<{ kind: string }>();
    expectTypeOf<MessageArgs<typeof nb.nested>>().toEqualTypeOf<{
      name: string | number;
      count: number;
      clinic: string | number;
    }>();
    expectTypeOf<keyof MessageArgs<'Logg inn'>>().toEqualTypeOf<never>();
  });

  it('makes a missing key, a missing value, a wrong value and an extra value compile errors', () => {
    const never = () => {
      // @ts-expect-error — no such key
      t('nb', 'greting', { name: 'x' });
      // @ts-expect-error — the value is missing
      t('nb', 'greeting');
      // @ts-expect-error — a plural count is a number
      t('nb', 'slots', { count: 'tre' });
      // @ts-expect-error — a value the message does not take
      t('nb', 'plain', { name: 'x' });
      // @ts-expect-error — misspelt value
      t('nb', 'greeting', { nmae: 'x' });
    };
    expect(typeof never).toBe('function');
  });
});
