import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors.js';
import { messageArguments } from './message-format.js';
import { refusalsEn } from './refusals.en.js';
import { refusalsNb } from './refusals.nb.js';
import { formatWireValues, hasSpecificWording, wordError, wordIssue } from './refusals.js';

const keys = Object.keys(refusalsNb) as (keyof typeof refusalsNb)[];

describe('the refusal sentences', () => {
  it('have a Bokmål and an English sentence for every error code in the one list (errors.ts)', () => {
    for (const code of Object.keys(ERROR_CODES)) {
      expect(refusalsNb, code).toHaveProperty([`error.${code}`]);
      expect(refusalsEn, code).toHaveProperty([`error.${code}`]);
    }
    // … and no sentence for a code that is not in the list.
    for (const key of keys.filter((k) => k.startsWith('error.')))
      expect(Object.keys(ERROR_CODES), key).toContain(key.split('.')[1]);
  });

  it('are well-formed, never empty, and take the same values in both languages', () => {
    expect(Object.keys(refusalsEn).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(refusalsNb[key].trim(), key).not.toBe('');
      expect(refusalsEn[key].trim(), key).not.toBe('');
      // The same names; English may count where Bokmål needs no plural («200 tegn», "200 characters").
      expect([...messageArguments(refusalsEn[key]).keys()].sort(), key).toEqual(
        [...messageArguments(refusalsNb[key]).keys()].sort(),
      );
    }
  });

  it('are English in English: no Bokmål sentence is used for both', () => {
    // Codes and numbers may read the same; sentences may not.
    const same = keys.filter((k) => refusalsNb[k] === refusalsEn[k]);
    expect(same).toEqual([]);
  });

  it('word a code with its reason and values, dates in Oslo time', () => {
    const earliest = new Date('2026-11-26T09:00:00Z');
    expect(wordError('nb', 'TOO_SOON', { reason: 'min_notice', earliest })).toBe(
      'Timer før 26.11.2026 10:00 ligger innenfor minste varsel.',
    );
    expect(wordError('en', 'TOO_SOON', { reason: 'min_notice', earliest })).toBe(
      'Times before 26.11.2026 10:00 are inside the minimum notice.',
    );
    expect(wordError('nb', 'OUTSIDE_HORIZON', { reason: 'days_ahead', daysAhead: 1, lastDate: '2026-11-27' })).toBe(
      'Timen kan bestilles høyst 1 dag fram i tid.',
    );
    expect(wordError('nb', 'OUTSIDE_HORIZON', { reason: 'horizon', lastDate: '2027-02-04' })).toBe(
      'Timer kan bestilles til og med 04.02.2027.',
    );
  });

  it('fall back to the code’s sentence for a reason without one, and to INTERNAL’s for an unknown code', () => {
    expect(wordError('nb', 'NOT_BOOKABLE', { reason: 'not_offered' })).toBe(
      'Denne timen kan ikke bestilles for forsikringsselskapet.',
    );
    expect(hasSpecificWording('NOT_BOOKABLE', { reason: 'not_offered' })).toBe(false);
    expect(hasSpecificWording('NOT_BOOKABLE', { reason: 'department' })).toBe(true);
    expect(wordError('en', 'SOMETHING_NEW')).toBe('Something went wrong on our side. Try again.');
  });

  it('quote and join lists of names in the reader’s language, with plurals', () => {
    expect(
      wordError('nb', 'IN_USE', { reason: 'type_templates', name: 'Fysio 30', templates: ['Standard', 'Sommer'] }),
    ).toBe('Timetypen «Fysio 30» ligger i ukemalen «Standard» og «Sommer» og kan ikke slettes.');
    expect(
      wordError('en', 'IN_USE', { reason: 'type_templates', name: 'Fysio 30', templates: ['Standard', 'Sommer'] }),
    ).toBe(
      'The appointment type “Fysio 30” is placed in the week template “Standard” and “Sommer” and cannot be deleted.',
    );
    const practitioner = {
      reason: 'practitioner',
      name: 'Kari',
      books: ['Kari'],
      bookCount: 1,
      accounts: 1,
      agreements: 0,
    };
    expect(wordError('nb', 'IN_USE', practitioner)).toBe(
      'Kari kan ikke slettes. Behandleren eier timeboken «Kari». Behandleren har en brukerkonto.',
    );
    expect(wordError('en', 'IN_USE', { ...practitioner, bookCount: 0, books: [], agreements: 2 })).toBe(
      'Kari cannot be deleted. The practitioner has a user account. The practitioner has 2 personal agreements with insurers.',
    );
  });

  it('word field issues, an unknown one as «Ugyldig verdi.»', () => {
    expect(wordIssue('nb', { code: 'too_long', values: { maximum: 200 } })).toBe('Høyst 200 tegn.');
    expect(wordIssue('en', { code: 'too_long', values: { maximum: 1 } })).toBe('At most 1 character.');
    expect(wordIssue('en', { code: 'too_long', values: { maximum: 200 } })).toBe('At most 200 characters.');
    expect(wordIssue('nb', { code: 'no.such' as never })).toBe('Ugyldig verdi.');
  });

  it('format wire values: Date as dd.mm.yyyy HH:mm, a calendar date as dd.mm.yyyy, null left out', () => {
    expect(
      formatWireValues('nb', { at: new Date('2026-07-01T06:05:00Z'), day: '2026-07-01', n: 3, none: null, text: 'x' }),
    ).toEqual({ at: '01.07.2026 08:05', day: '01.07.2026', n: 3, text: 'x' });
  });
});
