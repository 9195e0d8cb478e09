import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, createUser, TEST_PASSWORD, type TestDatabase } from '@bn/db/testing';
import { SESSION_TTL_HOURS, SIGN_IN_THROTTLE } from '@bn/domain';
import { SESSION_COOKIE } from '../context.js';
import { browserCaller, failureOf } from '../testing/index.js';
import { issueTexts, refusalText } from '../testing/errors.js';

const INVALID = {
  message: 'INVALID_CREDENTIALS',
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
  const attemptsOf = async (email: string) =>
    Number(
      (
        await db.orm.em
          .fork()
          .execute<{ n: string }[]>('select count(*) as n from sign_in_attempt where email = ?', [email])
      )[0]!.n,
    );
  /** A failure recorded as sign-in records one, for limits that would take a hundred argon2 checks to reach. */
  const recordFailure = (email: string, ip: string, at: Date) =>
    db.orm.em
      .fork()
      .execute('insert into sign_in_attempt (id, email, ip, at) values (?, ?, ?, ?)', [randomUUID(), email, ip, at]);

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
    expect(await caller.auth.signIn({ email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD })).toMatchObject({
      email,
    });
  });

  it('gives the same answer for a wrong password as for an unknown e-mail, and sets no cookie', async () => {
    const { email } = await newUser();
    const { caller, jar } = browserCaller(db.orm);
    const wrongPassword = await failureOf(caller.auth.signIn({ email, password: 'feil-passord' }));
    const unknownEmail = await failureOf(caller.auth.signIn({ email: 'finnes.ikke@bn.test', password: TEST_PASSWORD }));
    expect(wrongPassword).toMatchObject(INVALID);
    expect(refusalText(wrongPassword)).toBe('Feil e-postadresse eller passord.');
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
    const sixth = await failureOf(
      browserCaller(db.orm, { now: at(10) }).caller.auth.signIn({ email, password: TEST_PASSWORD }),
    );
    expect(sixth).toMatchObject({
      // The first failure (minute 0) leaves the window at minute 15: five minutes from minute 10.
      data: {
        code: 'TOO_MANY_REQUESTS',
        httpStatus: 429,
        appCode: 'TOO_MANY_ATTEMPTS',
        values: { retryAfterSeconds: 300, retryAfterMinutes: 5 },
      },
    });
    expect(refusalText(sixth)).toBe('For mange mislykkede innlogginger. Vent 5 minutter og prøv igjen.');
    expect(refusalText(sixth, 'en')).toBe('Too many failed sign-ins. Wait 5 minutes and try again.');

    // Another user is not held back by this one's failures.
    const other = await newUser();
    await expect(
      browserCaller(db.orm, { now: at(10) }).caller.auth.signIn({ email: other.email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ email: other.email });

    // Once the last failure is older than the window, the right password works again.
    const later = browserCaller(db.orm, { now: at(4 + SIGN_IN_THROTTLE.windowMinutes + 1) });
    expect(await later.caller.auth.signIn({ email, password: TEST_PASSWORD })).toMatchObject({ email });
  });

  it(`checks no more than ${SIGN_IN_THROTTLE.maxFailures} passwords of 20 wrong ones sent at once`, async () => {
    const { email } = await newUser();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        failureOf(browserCaller(db.orm).caller.auth.signIn({ email, password: `feil-${i}` })),
      ),
    );
    const codes = answers.map((a) => a.data.appCode);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(SIGN_IN_THROTTLE.maxFailures);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(20 - SIGN_IN_THROTTLE.maxFailures);
    expect(await attemptsOf(email)).toBe(SIGN_IN_THROTTLE.maxFailures);
  });

  it('does not lock a clinic out behind one address: 50 failures of ten colleagues leave the eleventh signing in', async () => {
    const ip = '203.0.113.50';
    const colleagues = await Promise.all(Array.from({ length: 10 }, () => newUser()));
    await Promise.all(
      colleagues.flatMap(({ email }) =>
        Array.from({ length: SIGN_IN_THROTTLE.maxFailures }, (_, i) =>
          failureOf(browserCaller(db.orm, { ip }).caller.auth.signIn({ email, password: `feil-${i}` })),
        ),
      ),
    );
    const eleventh = await newUser();
    await expect(
      browserCaller(db.orm, { ip }).caller.auth.signIn({ email: eleventh.email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ email: eleventh.email });
    // Each colleague has used up only their own attempts from this address.
    const locked = await failureOf(
      browserCaller(db.orm, { ip }).caller.auth.signIn({ email: colleagues[0]!.email, password: TEST_PASSWORD }),
    );
    expect(locked.data.appCode).toBe('TOO_MANY_ATTEMPTS');
  });

  it(`refuses an address after ${SIGN_IN_THROTTLE.maxFailuresPerAddress} failures over many accounts, and an account after ${SIGN_IN_THROTTLE.maxFailuresPerAccount} from many addresses`, async () => {
    const now = new Date();
    const recent = (i: number) => new Date(now.getTime() - (i + 1) * 1000);
    const sprayIp = '198.51.100.7';
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailuresPerAddress; i++)
      await recordFailure(`spray-${i}@bn.test`, sprayIp, recent(i));
    const victim = await newUser();
    const fromSpray = await failureOf(
      browserCaller(db.orm, { ip: sprayIp }).caller.auth.signIn({ email: victim.email, password: TEST_PASSWORD }),
    );
    expect(fromSpray.data).toMatchObject({ appCode: 'TOO_MANY_ATTEMPTS', httpStatus: 429 });
    await expect(
      browserCaller(db.orm, { ip: '198.51.100.8' }).caller.auth.signIn({
        email: victim.email,
        password: TEST_PASSWORD,
      }),
    ).resolves.toMatchObject({ email: victim.email });

    const target = await newUser();
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailuresPerAccount; i++)
      await recordFailure(target.email, `192.0.2.${100 + i}`, recent(i));
    const elsewhere = await failureOf(
      browserCaller(db.orm, { ip: '192.0.2.200' }).caller.auth.signIn({ email: target.email, password: TEST_PASSWORD }),
    );
    expect(elsewhere.data.appCode).toBe('TOO_MANY_ATTEMPTS');
  });

  it('answers malformed input with BAD_REQUEST and an issue code per field, worded in either language', async () => {
    const { caller } = browserCaller(db.orm);
    const failure = await failureOf(caller.auth.signIn({ email: 'ikke-en-epost', password: '' }));
    expect(failure).toMatchObject({
      message: 'BAD_INPUT',
      data: { code: 'BAD_REQUEST', httpStatus: 400, appCode: 'BAD_INPUT' },
    });
    expect(failure.data.issues).toEqual(
      expect.arrayContaining([
        { path: ['email'], code: 'email.invalid' },
        { path: ['password'], code: 'password.required', values: { minimum: 1 } },
      ]),
    );
    expect(issueTexts(failure)).toEqual({ email: 'Ugyldig e-postadresse.', password: 'Skriv inn passordet.' });
    expect(issueTexts(failure, 'en')).toEqual({ email: 'Invalid e-mail address.', password: 'Enter the password.' });
  });
});
