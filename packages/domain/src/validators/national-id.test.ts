import { describe, expect, it } from 'vitest';
import {
  allowedK1,
  centuryOf,
  expectedK2,
  isValidNationalId,
  nationalIdSchema,
  parseNationalId,
} from './national-id.js';
import { caseIdSchema, isValidCaseId } from './case-id.js';
import { wordedIssues } from '../testing/worded.js';

/**
 * Builds a number from its first nine digits with both check digits computed, K1 with the given remainder (0 =
 * classic, 1–3 = allowed from 2032); null when that remainder gives K1 = 10 or K2 = 10 (no such number exists).
 */
function withCheckDigits(nine: string, remainder = 0): string | null {
  const digits = [...nine].map(Number);
  const sum = [3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * digits[i]!, 0);
  const k1 = (((remainder - sum) % 11) + 11) % 11;
  if (k1 === 10) return null;
  const ten = [...digits, k1];
  const s2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * ten[i]!, 0);
  const k2 = 11 - (s2 % 11) === 11 ? 0 : 11 - (s2 % 11);
  if (k2 === 10) return null;
  return `${nine}${k1}${k2}`;
}

/** The first individual number from `from` downwards that gives a valid number with this K1 remainder. */
function classic(date: string, from: number, remainder = 0): string {
  for (let i = from; i >= 0; i--) {
    const n = withCheckDigits(`${date}${String(i).padStart(3, '0')}`, remainder);
    if (n) return n;
  }
  throw new Error('no number');
}

const flip = (n: string, at: number) => `${n.slice(0, at)}${(Number(n[at]) + 1) % 10}${n.slice(at + 1)}`;

describe('national identity number', () => {
  // Skatteetaten's own examples for the 2032 rule (nyttfnr2032): the classic K1, and the second number on the same
  // date and individual number with remainder 1.
  it.each([
    ['02013299997', '2032-01-02', 'classic'],
    ['30108299920', '1982-10-30', 'classic'],
    ['30108299939', '1982-10-30', '2032'],
  ])('accepts Skatteetaten’s example %s (born %s, %s check)', (value, birthDate, checkRule) => {
    expect(parseNationalId(value)).toMatchObject({ valid: true, kind: 'fnr', birthDate, checkRule });
  });

  const cases: [string, string | null, Record<string, unknown>][] = [
    // [description, number, expected]
    ['fødselsnummer, 1900s (individual 000–499)', classic('150585', 499), { kind: 'fnr', birthDate: '1985-05-15' }],
    ['fødselsnummer, 1854–1899 (500–749, YY 54–99)', classic('010160', 749), { kind: 'fnr', birthDate: '1860-01-01' }],
    ['fødselsnummer, 2000s (500–999, YY 00–39)', classic('290212', 999), { kind: 'fnr', birthDate: '2012-02-29' }],
    ['fødselsnummer, 1940s (900–999, YY 40–99)', classic('311247', 999), { kind: 'fnr', birthDate: '1947-12-31' }],
    [
      'D-number (first digit + 4)',
      classic('410190', 499),
      { kind: 'd_number', synthetic: false, birthDate: '1990-01-01' },
    ],
    ['H-number (third digit + 4)', classic('014190', 499), { kind: 'h_number', birthDate: '1990-01-01' }],
    [
      'synthetic test number (month + 80)',
      classic('018190', 499),
      { kind: 'fnr', synthetic: true, birthDate: '1990-01-01' },
    ],
    [
      'synthetic D-number (day + 40, month + 80)',
      classic('718188', 499),
      { kind: 'd_number', synthetic: true, birthDate: '1988-01-31' },
    ],
    [
      'synthetic D-number (day + 40, month + 40)',
      classic('714188', 499),
      { kind: 'd_number', synthetic: true, birthDate: '1988-01-31' },
    ],
    ['2032 rule, remainder 1', classic('150585', 499, 1), { checkRule: '2032' }],
    ['2032 rule, remainder 2', classic('150585', 499, 2), { checkRule: '2032' }],
    ['2032 rule, remainder 3', classic('150585', 499, 3), { checkRule: '2032' }],
  ];
  it.each(cases)('accepts a %s', (_what, value, expected) => {
    expect(value).not.toBeNull();
    expect(parseNationalId(value!)).toMatchObject({ valid: true, checkRule: 'classic', synthetic: false, ...expected });
  });

  const valid = classic('150585', 499);
  it.each([
    ['ten digits', valid.slice(0, 10), 'format'],
    ['twelve digits', `${valid}0`, 'format'],
    ['letters', `${valid.slice(0, 10)}X`, 'format'],
    ['a wrong K2', flip(valid, 10), 'check_digits'],
    ['a wrong K1 (and K2 then wrong too)', flip(valid, 9), 'check_digits'],
    ['a changed birth-date digit', flip(valid, 1), 'check_digits'],
    ['a changed individual-number digit', flip(valid, 8), 'check_digits'],
    ['K1 with remainder 4', withCheckDigits('150585123', 4), 'check_digits'],
    ['30 February', classic('300290', 499), 'date'],
    ['29 February in a common year', classic('290289', 499), 'date'],
    ['month 13', classic('011390', 499), 'date'],
    ['day 00', classic('000190', 499), 'date'],
    ['individual 500–749 with YY 40–53 (never issued)', classic('010145', 749), 'individual_number'],
    ['individual 750–899 with YY 40–99 (never issued)', classic('010185', 899), 'individual_number'],
  ])('refuses %s', (_what, value, problem) => {
    expect(value).not.toBeNull();
    expect(parseNationalId(value!)).toMatchObject({ valid: false, problem });
  });

  it('never accepts a number whose K1 would have to be 10', () => {
    // For every nine-digit start the allowed K1 values are digits; a number built with 10 cannot exist.
    for (let i = 0; i < 1000; i++) {
      const nine = `150585${String(i).padStart(3, '0')}`;
      const ks = allowedK1([...nine].map(Number));
      expect(ks.every((k) => k >= 0 && k <= 9)).toBe(true);
      expect(ks.length).toBeGreaterThanOrEqual(3);
      expect(ks.length).toBeLessThanOrEqual(4);
    }
  });

  it('computes K2 with 11 → 0 and 10 → invalid', () => {
    // Σ ≡ 0 (mod 11) → 11 → 0; the last weight is 2: 2·5 = 10 → K2 = 1; 2·6 = 12 ≡ 1 → 10 → no valid K2.
    expect(expectedK2([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(0);
    expect(expectedK2([0, 0, 0, 0, 0, 0, 0, 0, 0, 5])).toBe(1);
    expect(expectedK2([0, 0, 0, 0, 0, 0, 0, 0, 0, 6])).toBeNull(); // 2·6 = 12 ≡ 1 → 10 → invalid
  });

  it('reads the century from the individual number', () => {
    expect(centuryOf(0, 99)).toBe(1900);
    expect(centuryOf(499, 0)).toBe(1900);
    expect(centuryOf(500, 54)).toBe(1800);
    expect(centuryOf(749, 99)).toBe(1800);
    expect(centuryOf(500, 0)).toBe(2000);
    expect(centuryOf(999, 39)).toBe(2000);
    expect(centuryOf(900, 40)).toBe(1900);
    expect(centuryOf(750, 40)).toBeNull();
    expect(centuryOf(600, 45)).toBeNull();
  });

  it('the zod schema strips spaces and refuses with the problem, worded in both languages', () => {
    expect(nationalIdSchema.parse('150585 ' + valid.slice(6))).toBe(valid);
    const r = nationalIdSchema.safeParse(flip(valid, 10));
    expect(r.success).toBe(false);
    expect(wordedIssues(r)).toEqual(['Fødselsnummeret har feil kontrollsiffer.']);
    expect(wordedIssues(r, 'en')).toEqual(['The national identity number has wrong check digits.']);
    expect(wordedIssues(nationalIdSchema.safeParse('123'))).toEqual(['Fødselsnummeret må ha 11 siffer.']);
    expect(wordedIssues(nationalIdSchema.safeParse(undefined))).toEqual([
      'Skriv inn fødselsnummeret eller D-nummeret.',
    ]);
    expect(isValidNationalId(valid)).toBe(true);
  });
});

describe('case id (SakID)', () => {
  it.each([
    ['6QPTR', '6QPTR'],
    ['6qptr', '6QPTR'],
    [' 6QP TR ', '6QPTR'],
    ['abc', 'ABC'],
    ['A1B2C3D4E5F6G7H8I9J0', 'A1B2C3D4E5F6G7H8I9J0'],
  ])('accepts %j as %s', (input, stored) => {
    expect(caseIdSchema.parse(input)).toBe(stored);
    expect(isValidCaseId(input)).toBe(true);
  });
  it.each([['ab'], ['6QP-TR'], ['6QPTRÆ'], ['A1B2C3D4E5F6G7H8I9J0K'], ['']])(
    'refuses %j with a sentence in both languages',
    (input) => {
      const r = caseIdSchema.safeParse(input);
      expect(r.success).toBe(false);
      expect(wordedIssues(r)).toEqual(['SakID må være 3–20 bokstaver eller tall (for eksempel 6QPTR).']);
      expect(wordedIssues(r, 'en')).toEqual(['The case id must be 3–20 letters or digits (for example 6QPTR).']);
    },
  );
});
