import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createUser, TEST_PASSWORD, type TestDatabase } from '@bn/db/testing';
import { SESSION_TTL_HOURS, SIGN_IN_THROTTLE } from '@bn/domain';
import { SESSION_COOKIE } from '../context.js';
import { browserCaller, failureOf } from '../testing/index.js';

const INVALID = {
  message: 'Feil e-postadresse eller passord.',
  data: { code: 'UNAUTHORIZED', httpStatus: 401, appCode: 'INVALID_CREDENTIALS' },
};

describe('signing in', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  /** Each test gets its own user, so failed attempts in one test do not throttle another. */
  const newUser = () => createUser(db.orm.em.fork(), { role: 'support' });

  it('works with the right password, sets a session cookie for 12 hours and signs the browser in', async () => {
    const { email } = await newUser();
    const now = new Date('2026-03-02T08:00:00Z');
    const { caller, jar } = browserCaller(db.orm, { now: () => now });
    const user = await caller.auth.signIn({ email, password: TEST_PASSWORD });
    expect(user).toMatchObject({ email, role: 'support' });
    expect(jar.get(SESSION_COOKIE)).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(jar.expiresOf(SESSION_COOKIE)).toEqual(new Date(now.getTime() + SESSION_TTL_HOURS * 3_600_000));
    expect(await caller.auth.me()).toMatchObject({ email, role: 'support' });
  });

  it('accepts the e-mail address in any case and with surrounding spaces', async () => {
    const { email } = await newUser();
    const { caller } = browserCaller(db.orm);
    expect(await caller.auth.signIn({ email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD })).toMatchObject({ email });
  });

  it('gives the same answer for a wrong password as for an unknown e-mail, and sets no cookie', async () => {
    const { email } = await newUser();
    const { caller, jar } = browserCaller(db.orm);
    const wrongPassword = await failureOf(caller.auth.signIn({ email, password: 'feil-passord' }));
    const unknownEmail = await failureOf(caller.auth.signIn({ email: 'finnes.ikke@bn.test', password: TEST_PASSWORD }));
    expect(wrongPassword).toMatchObject(INVALID);
    expect(unknownEmail).toEqual(wrongPassword);
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await caller.auth.me()).toBeNull();
  });

  it(`refuses even the right password after ${SIGN_IN_THROTTLE.maxFailures} failures in ${SIGN_IN_THROTTLE.windowMinutes} minutes, until the window has passed`, async () => {
    const { email } = await newUser();
    const start = new Date('2026-03-02T09:00:00Z');
    const at = (minutes: number) => () => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures; i++) {
      const { caller } = browserCaller(db.orm, { now: at(i) });
      expect(await failureOf(caller.auth.signIn({ email, password: `feil-${i}` }))).toMatchObject(INVALID);
    }
    const sixth = await failureOf(browserCaller(db.orm, { now: at(10) }).caller.auth.signIn({ email, password: TEST_PASSWORD }));
    expect(sixth).toMatchObject({
      message: 'For mange mislykkede innlogginger. Vent litt og prøv igjen.',
      data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, appCode: 'TOO_MANY_ATTEMPTS', details: { retryAfterMinutes: SIGN_IN_THROTTLE.windowMinutes } },
    });

    // Another user is not held back by this one's failures.
    const other = await newUser();
    await expect(browserCaller(db.orm, { now: at(10) }).caller.auth.signIn({ email: other.email, password: TEST_PASSWORD })).resolves.toMatchObject({ email: other.email });

    // Once the last failure is older than the window, the right password works again.
    const later = browserCaller(db.orm, { now: at(4 + SIGN_IN_THROTTLE.windowMinutes + 1) });
    expect(await later.caller.auth.signIn({ email, password: TEST_PASSWORD })).toMatchObject({ email });
  });

  it('answers malformed input with BAD_REQUEST and the zod issues per field, in Norwegian', async () => {
    const { caller } = browserCaller(db.orm);
    const failure = await failureOf(caller.auth.signIn({ email: 'ikke-en-epost', password: '' }));
    expect(failure).toMatchObject({ message: 'Ugyldige data.', data: { code: 'BAD_REQUEST', httpStatus: 400, appCode: 'BAD_INPUT' } });
    expect(failure.data.zodIssues).toEqual(
      expect.arrayContaining([
        { path: ['email'], message: 'Ugyldig e-postadresse.' },
        { path: ['password'], message: 'Skriv inn passordet.' },
      ]),
    );
    expect(failure.data.zodError?.fieldErrors).toMatchObject({ email: ['Ugyldig e-postadresse.'], password: ['Skriv inn passordet.'] });
  });
});
