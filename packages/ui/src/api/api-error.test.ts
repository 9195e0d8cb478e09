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

  it('treats an error without server data as a network failure', () => {
    expect(readApiError(new TypeError('Failed to fetch')).appCode).toBe('NETWORK');
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
  });
});

describe('apiErrorText', () => {
  const wrongPassword = readApiError(trpcError('Feil e-postadresse eller passord.', { appCode: 'INVALID_CREDENTIALS', httpStatus: 401 }));

  it('shows the server message in Bokmål and the code’s English text in English', () => {
    expect(apiErrorText(wrongPassword, 'nb', 'x')).toBe('Feil e-postadresse eller passord.');
    expect(apiErrorText(wrongPassword, 'en', 'x')).toBe('Wrong e-mail address or password.');
  });

  it('does not retry answers the server gave on purpose', () => {
    expect(isRetryable(trpcError('Fant ikke', { appCode: 'NOT_FOUND', httpStatus: 404 }))).toBe(false);
    expect(isRetryable(trpcError('Noe gikk galt', { appCode: 'INTERNAL', httpStatus: 500 }))).toBe(true);
  });
});
