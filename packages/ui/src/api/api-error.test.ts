import { describe, expect, it } from 'vitest';
import { apiErrorText, isRetryable, readApiError } from './api-error.js';

function trpcError(message: string, data: Record<string, unknown>): Error & { data: unknown } {
  return Object.assign(new Error(message), { data });
}

describe('readApiError', () => {
  it('reads the code, the Norwegian message and per-field zod messages', () => {
    const error = trpcError('Ugyldige data.', {
      appCode: 'BAD_INPUT',
      httpStatus: 400,
      zodIssues: [
        { path: ['email'], message: 'Ugyldig e-postadresse.' },
        { path: ['email'], message: 'second message is ignored' },
        { path: ['password'], message: 'Skriv inn passordet.' },
      ],
    });
    expect(readApiError(error)).toEqual({
      appCode: 'BAD_INPUT',
      message: 'Ugyldige data.',
      httpStatus: 400,
      fieldErrors: { email: 'Ugyldig e-postadresse.', password: 'Skriv inn passordet.' },
    });
  });

  it('reads the issues of a rule broken across rows from details, with numeric paths', () => {
    const error = trpcError('Noen felt må rettes.', {
      appCode: 'VALIDATION',
      httpStatus: 400,
      zodIssues: null,
      details: {
        issues: [
          {
            path: ['windows', 1, 'typeIds', 0],
            message: 'Timetypen «Fysio 60» varer 60 min og får ikke plass i vinduet 08:00–08:30.',
          },
          { path: ['validTo'], message: 'Avtalen kan ikke slutte før den starter.' },
        ],
      },
    });
    expect(readApiError(error).fieldErrors).toEqual({
      'windows.1.typeIds.0': 'Timetypen «Fysio 60» varer 60 min og får ikke plass i vinduet 08:00–08:30.',
      validTo: 'Avtalen kan ikke slutte før den starter.',
    });
  });

  it('joins zod paths the same way', () => {
    const error = trpcError('Ugyldige data.', {
      appCode: 'BAD_INPUT',
      httpStatus: 400,
      zodIssues: [
        {
          path: ['windows', '1', 'start'],
          message: 'Tidsvinduet 11:00–14:00 overlapper vinduet 08:00–12:00 samme dag.',
        },
      ],
    });
    expect(Object.keys(readApiError(error).fieldErrors)).toEqual(['windows.1.start']);
  });

  it('treats an error without server data as a network failure', () => {
    expect(readApiError(new TypeError('Failed to fetch')).appCode).toBe('NETWORK');
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
  });
});

describe('apiErrorText', () => {
  const wrongPassword = readApiError(
    trpcError('Feil e-postadresse eller passord.', { appCode: 'INVALID_CREDENTIALS', httpStatus: 401 }),
  );

  it('shows the server message in Bokmål and the code’s English text in English', () => {
    expect(apiErrorText(wrongPassword, 'nb', 'x')).toBe('Feil e-postadresse eller passord.');
    expect(apiErrorText(wrongPassword, 'en', 'x')).toBe('Wrong e-mail address or password.');
  });

  it('does not retry answers the server gave on purpose', () => {
    expect(isRetryable(trpcError('Fant ikke', { appCode: 'NOT_FOUND', httpStatus: 404 }))).toBe(false);
    expect(isRetryable(trpcError('Noe gikk galt', { appCode: 'INTERNAL', httpStatus: 500 }))).toBe(true);
  });
});
