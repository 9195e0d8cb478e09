import { describe, expect, it } from 'vitest';
import { apiErrorText, failureText, fieldErrorTexts, isRetryable, readApiError } from './api-error.js';

function trpcError(data: Record<string, unknown>): Error & { data: unknown } {
  return Object.assign(new Error(String(data.appCode)), { data });
}

describe('readApiError', () => {
  it('reads the code and the field issues, and words them in either language', () => {
    const info = readApiError(
      trpcError({
        appCode: 'BAD_INPUT',
        httpStatus: 400,
        values: null,
        issues: [
          { path: ['email'], code: 'email.invalid' },
          { path: ['email'], code: 'too_long', values: { maximum: 254 } },
          { path: ['password'], code: 'password.required' },
        ],
      }),
    );
    expect(info).toMatchObject({ appCode: 'BAD_INPUT', httpStatus: 400, values: {} });
    // The first issue of a path is the one shown.
    expect(fieldErrorTexts(info, 'nb')).toEqual({ email: 'Ugyldig e-postadresse.', password: 'Skriv inn passordet.' });
    expect(fieldErrorTexts(info, 'en')).toEqual({ email: 'Invalid e-mail address.', password: 'Enter the password.' });
  });

  it('joins paths with dots and fills in the issue’s values', () => {
    const info = readApiError(
      trpcError({
        appCode: 'VALIDATION',
        httpStatus: 400,
        issues: [
          {
            path: ['windows', 1, 'typeIds', 0],
            code: 'window.type_too_long',
            values: { name: 'Fysio 60', minutes: 60, start: '08:00', end: '08:30' },
          },
          { path: ['validTo'], code: 'agreement.ends_before_start' },
        ],
      }),
    );
    expect(fieldErrorTexts(info, 'nb')).toEqual({
      'windows.1.typeIds.0': 'Timetypen «Fysio 60» varer 60 min og får ikke plass i vinduet 08:00–08:30.',
      validTo: 'Avtalen kan ikke slutte før den starter.',
    });
    expect(fieldErrorTexts(info, 'en')['windows.1.typeIds.0']).toBe(
      'The appointment type “Fysio 60” lasts 60 min and does not fit in the window 08:00–08:30.',
    );
  });

  it('never shows a sentence the server did not word: an unknown issue code reads as «Ugyldig verdi.»', () => {
    const info = readApiError(
      trpcError({ appCode: 'BAD_INPUT', issues: [{ path: ['x'], code: 'from.a.newer.server' }] }),
    );
    expect(fieldErrorTexts(info, 'nb')).toEqual({ x: 'Ugyldig verdi.' });
    expect(fieldErrorTexts(info, 'en')).toEqual({ x: 'Invalid value.' });
  });

  it('treats an error without server data as a network failure', () => {
    expect(readApiError(new TypeError('Failed to fetch')).appCode).toBe('NETWORK');
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
  });
});

describe('failureText', () => {
  it('says a range too long with its limit, not «Ugyldige data.»', () => {
    const tooLong = readApiError(
      trpcError({
        appCode: 'BAD_INPUT',
        httpStatus: 400,
        issues: [{ path: ['to'], code: 'range.too_long', values: { maxDays: 92 } }],
      }),
    );
    expect(failureText(tooLong, 'nb', 'x')).toBe('Velg høyst 92 dager om gangen.');
    expect(failureText(tooLong, 'en', 'x')).toBe('Choose at most 92 days at a time.');
    expect(isRetryable(trpcError({ appCode: 'BAD_INPUT', httpStatus: 400 }))).toBe(false);
  });
});

describe('apiErrorText', () => {
  it('words the code in the chosen language', () => {
    const wrongPassword = readApiError(trpcError({ appCode: 'INVALID_CREDENTIALS', httpStatus: 401 }));
    expect(apiErrorText(wrongPassword, 'nb', 'x')).toBe('Feil e-postadresse eller passord.');
    expect(apiErrorText(wrongPassword, 'en', 'x')).toBe('Wrong e-mail address or password.');
  });

  it('words the reason and its values when the code has them', () => {
    const throttled = readApiError(
      trpcError({
        appCode: 'TOO_MANY_ATTEMPTS',
        httpStatus: 429,
        values: { retryAfterSeconds: 60, retryAfterMinutes: 1 },
      }),
    );
    expect(apiErrorText(throttled, 'nb', 'x')).toBe('For mange mislykkede innlogginger. Vent 1 minutt og prøv igjen.');
    expect(apiErrorText(throttled, 'en', 'x')).toBe('Too many failed sign-ins. Wait 1 minute and try again.');
  });

  it('uses the caller’s text when no answer came back', () => {
    expect(apiErrorText(readApiError(new TypeError('offline')), 'nb', 'Fikk ikke kontakt')).toBe('Fikk ikke kontakt');
  });

  it('does not retry answers the server gave on purpose', () => {
    expect(isRetryable(trpcError({ appCode: 'NOT_FOUND', httpStatus: 404 }))).toBe(false);
    expect(isRetryable(trpcError({ appCode: 'INTERNAL', httpStatus: 500 }))).toBe(true);
  });
});
