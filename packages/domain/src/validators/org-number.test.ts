import { describe, expect, it } from 'vitest';
import { isValidOrgNumber, orgNumberSchema } from './org-number.js';
import { wordedIssues } from '../testing/worded.js';

describe('organisation number', () => {
  it('accepts real organisation numbers', () => {
    // Brønnøysundregistrene (974760673) and Storebrand Livsforsikring (958995369).
    expect(isValidOrgNumber('974760673')).toBe(true);
    expect(isValidOrgNumber('958 995 369')).toBe(true);
  });
  it('rejects a wrong check digit, wrong length and letters', () => {
    expect(isValidOrgNumber('974760674')).toBe(false);
    expect(isValidOrgNumber('97476067')).toBe(false);
    expect(isValidOrgNumber('97476067a')).toBe(false);
  });
  it('gives a sentence in both languages', () => {
    const r = orgNumberSchema.safeParse('123456789');
    expect(r.success).toBe(false);
    expect(wordedIssues(r)).toEqual(['Ugyldig organisasjonsnummer (9 siffer med gyldig kontrollsiffer).']);
    expect(wordedIssues(r, 'en')).toEqual(['Invalid organisation number (9 digits with a valid check digit).']);
  });
});
