import { describe, expect, it } from 'vitest';
import { codeOf } from './testing/refusal.js';
import { parseNationalId } from '../validators/national-id.js';
import { caseValidFrom, claimByHandSchema, claimFromCase, insurerCaseSchema, type InsurerCase } from './cases.js';
import { wordedIssues } from '../testing/worded.js';

// Numbers with correct check digits, all born 15 May 1985 (checked below, so a typo cannot hide).
const FNR = '15058549905';
const D_NUMBER = '55058549818'; // first digit + 4
const H_NUMBER = '15458549998'; // third digit + 4
const OTHER_BIRTH_DATE = '29021299926'; // born 29 February 2012

const theCase: InsurerCase = {
  caseId: '6qptr',
  insurerId: 'storebrand',
  birthDate: '1985-05-15',
  createdOn: '2026-03-20',
  validTo: '2026-09-20',
  grant: { type: 'total', treatments: 10 },
};

describe('P2: importing a claim from a case', () => {
  it('the test numbers are what they claim to be', () => {
    expect(parseNationalId(FNR)).toMatchObject({ valid: true, kind: 'fnr', birthDate: '1985-05-15' });
    expect(parseNationalId(D_NUMBER)).toMatchObject({ valid: true, kind: 'd_number', birthDate: '1985-05-15' });
    expect(parseNationalId(H_NUMBER)).toMatchObject({ valid: true, kind: 'h_number', birthDate: '1985-05-15' });
    expect(parseNationalId(OTHER_BIRTH_DATE)).toMatchObject({ valid: true, birthDate: '2012-02-29' });
  });

  it.each([
    ['fødselsnummer', FNR],
    ['D-number', D_NUMBER],
    ['H-number', H_NUMBER],
  ])('imports when the birth date decoded from the %s matches the case', (_kind, nationalId) => {
    expect(claimFromCase({ insurerCase: theCase, patientNationalId: nationalId, today: '2026-04-01' })).toEqual({
      caseId: '6QPTR',
      insurerId: 'storebrand',
      validFrom: '2026-03-06',
      validTo: '2026-09-20',
      grant: { type: 'total', treatments: 10 },
    });
  });

  it('refuses a patient with another birth date: CASE_BIRTH_DATE_MISMATCH, before anything else is judged', () => {
    expect(
      codeOf(() => claimFromCase({ insurerCase: theCase, patientNationalId: OTHER_BIRTH_DATE, today: '2026-04-01' })),
    ).toBe('CASE_BIRTH_DATE_MISMATCH');
    // Even on an expired case the mismatch is what the clinic hears: nothing about the case is told to the wrong card.
    expect(
      codeOf(() => claimFromCase({ insurerCase: theCase, patientNationalId: OTHER_BIRTH_DATE, today: '2027-01-01' })),
    ).toBe('CASE_BIRTH_DATE_MISMATCH');
  });

  it('refuses an invalid national id on the card', () => {
    expect(
      codeOf(() => claimFromCase({ insurerCase: theCase, patientNationalId: '15058549906', today: '2026-04-01' })),
    ).toBe('INVALID_NATIONAL_ID');
  });

  it('refuses a case that ended before today (CASE_EXPIRED), not one that ends today', () => {
    expect(codeOf(() => claimFromCase({ insurerCase: theCase, patientNationalId: FNR, today: '2026-09-21' }))).toBe(
      'CASE_EXPIRED',
    );
    expect(claimFromCase({ insurerCase: theCase, patientNationalId: FNR, today: '2026-09-20' }).validTo).toBe(
      '2026-09-20',
    );
    expect(
      claimFromCase({ insurerCase: { ...theCase, validTo: null }, patientNationalId: FNR, today: '2030-01-01' })
        .validTo,
    ).toBeNull();
  });

  it('a case is valid from 14 days before it was created, across month and year ends', () => {
    expect(caseValidFrom('2026-03-20')).toBe('2026-03-06');
    expect(caseValidFrom('2026-03-01')).toBe('2026-02-15');
    expect(caseValidFrom('2027-01-10')).toBe('2026-12-27');
  });

  it('reads a case from a lookup service strictly', () => {
    expect(
      insurerCaseSchema.parse({ ...theCase, grant: { type: 'per_treatment_type', treatments: { b1010: 5 } } }),
    ).toMatchObject({
      caseId: '6QPTR',
      grant: { type: 'per_treatment_type', treatments: { B1010: 5 } },
    });
    expect(insurerCaseSchema.safeParse({ ...theCase, birthDate: '1985-02-30' }).success).toBe(false);
    expect(insurerCaseSchema.safeParse({ ...theCase, grant: { type: 'total', treatments: 0 } }).success).toBe(false);
    expect(
      insurerCaseSchema.safeParse({ ...theCase, grant: { type: 'per_treatment_type', treatments: { A3a: 5 } } })
        .success,
    ).toBe(false);
    expect(insurerCaseSchema.safeParse({ ...theCase, validTo: '2026-03-01' }).success).toBe(false);
  });
});

describe('P2: a claim by hand without a case id', () => {
  const valid = {
    insurerId: 'if',
    caseNumber: ' SAK-2026-17 ',
    grant: { type: 'total', treatments: 6 },
    validFrom: '2026-04-01',
    validTo: '2026-12-31',
  };

  it('records case number, claim type, treatments granted and validity', () => {
    expect(claimByHandSchema.parse(valid)).toEqual({ ...valid, caseNumber: 'SAK-2026-17' });
    expect(
      claimByHandSchema.parse({ ...valid, grant: { type: 'per_treatment_type', treatments: { B1010: 4, B1011: 2 } } })
        .grant,
    ).toEqual({
      type: 'per_treatment_type',
      treatments: { B1010: 4, B1011: 2 },
    });
  });

  it.each([
    ['no case number', { caseNumber: '  ' }, 'Skriv inn saksnummeret.'],
    ['no treatments', { grant: { type: 'total', treatments: 0 } }, 'Kravet må gi minst én behandling.'],
    ['half a treatment', { grant: { type: 'total', treatments: 1.5 } }, 'Antall behandlinger må være et helt tall.'],
    [
      'a per-type claim with no tariff',
      { grant: { type: 'per_treatment_type', treatments: {} } },
      'Velg minst én takst med antall behandlinger.',
    ],
    [
      'a Helfo tariff on a claim',
      { grant: { type: 'per_treatment_type', treatments: { A3a: 2 } } },
      'Bare forsikringstakster (B-takster, f.eks. B1010) kan stå på et krav.',
    ],
    ['an end before the start', { validTo: '2026-03-31' }, 'Sluttdatoen kan ikke være før startdatoen.'],
  ])('refuses %s with a sentence in both languages', (_what, change, message) => {
    const r = claimByHandSchema.safeParse({ ...valid, ...change });
    expect(r.success).toBe(false);
    expect(wordedIssues(r)).toContain(message);
    expect(wordedIssues(r, 'en')).not.toContain(message);
  });
});
