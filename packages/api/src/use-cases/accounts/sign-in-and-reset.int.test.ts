// The second factor at sign-in, password resets and deactivation, on real PostgreSQL: wrong codes are refused and
// throttled, a recovery code works once, a reset link works once within its hour and never tells whether an address
// exists, a deactivated user's sessions end at once and it cannot sign in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage, User } from '@bn/db';
import {
  createTestDatabase,
  createTestNetwork,
  createUser,
  TEST_PASSWORD,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { ACCOUNT_LINK, SIGN_IN_THROTTLE } from '@bn/domain';
import { browserCaller, callerAs, failureOf, signedInCaller } from '../../testing/index.js';
import { refusalText } from '../../testing/errors.js';
import { totpNow } from '../../testing/account-matrix.js';
import { lastLinkTo, movableClock } from './account-test-helpers.js';

describe('second factor, resets and deactivation', () => {
  let db: TestDatabase;
  let network: TestNetwork;
  beforeAll(async () => {
    db = await createTestDatabase();
    network = await createTestNetwork(db.orm.em.fork());
  });
  afterAll(() => db?.drop());

  /** A clinic admin of clinic A with TOTP enrolled through the procedures; its secret and recovery codes. */
  const enrolledAdmin = async () => {
    const admin = await createUser(db.orm.em.fork(), { role: 'clinic_admin', clinics: [network.clinicA] });
    const caller = await callerAs(db.orm, admin.user);
    const { secret } = await caller.auth.beginTotp();
    const { recoveryCodes } = await caller.auth.confirmTotp({ code: totpNow(secret) });
    return { ...admin, secret, recoveryCodes };
  };
  const wrongCode = (secret: string) => (totpNow(secret) === '123456' ? '654321' : '123456');

  it('refuses a wrong TOTP code, throttles repeated ones, and takes the right code', async () => {
    const { email, secret } = await enrolledAdmin();
    const { caller } = browserCaller(db.orm);
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures; i++) {
      const wrong = await failureOf(caller.auth.signIn({ email, password: TEST_PASSWORD, code: wrongCode(secret) }));
      expect(refusalText(wrong)).toBe(
        'Koden stemmer ikke. Bruk den nyeste koden fra appen, eller en gjenopprettingskode.',
      );
    }
    const throttled = await failureOf(caller.auth.signIn({ email, password: TEST_PASSWORD, code: totpNow(secret) }));
    expect(throttled.data.appCode).toBe('TOO_MANY_ATTEMPTS');
    // From another address the right code works (the throttle is per account × address first).
    const other = browserCaller(db.orm, { ip: '198.51.100.77' }).caller;
    expect(await other.auth.signIn({ email, password: TEST_PASSWORD, code: totpNow(secret) })).toMatchObject({
      role: 'clinic_admin',
      secondFactor: 'enrolled',
    });
    expect(await other.clinics.list()).toHaveLength(1);
  });

  it('a password without the code is not a failure; a recovery code works once', async () => {
    const { email, recoveryCodes } = await enrolledAdmin();
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures + 2; i++) {
      const ask = await failureOf(browserCaller(db.orm).caller.auth.signIn({ email, password: TEST_PASSWORD }));
      expect(refusalText(ask)).toBe('Skriv inn koden fra autentiseringsappen.');
    }
    const code = recoveryCodes[3]!;
    expect(
      await browserCaller(db.orm).caller.auth.signIn({ email, password: TEST_PASSWORD, code: code.toLowerCase() }),
    ).toMatchObject({ email });
    const again = await failureOf(browserCaller(db.orm).caller.auth.signIn({ email, password: TEST_PASSWORD, code }));
    expect(again.data.appCode).toBe('SECOND_FACTOR_INVALID');
  });

  it('a reset e-mail goes only to a known address, with the same answer either way; its link works once within the hour and ends every session', async () => {
    const clock = movableClock('2026-12-02T10:00:00Z');
    const { user, email } = await createUser(db.orm.em.fork(), { role: 'network_operator' });
    const signedIn = (await signedInCaller(db.orm, { email, password: TEST_PASSWORD }, { now: clock.now })).caller;
    const { caller } = browserCaller(db.orm, { now: clock.now, ip: '203.0.113.5' });
    const before = await db.orm.em.fork().count(OutboxMessage, { kind: 'password_reset' });
    expect(await caller.auth.requestPasswordReset({ email: 'ingen.slik@bn.test' })).toEqual({ ok: true });
    expect(await db.orm.em.fork().count(OutboxMessage, { kind: 'password_reset' })).toBe(before);
    expect(await caller.auth.requestPasswordReset({ email: email.toUpperCase() })).toEqual({ ok: true });
    const first = await lastLinkTo(db.orm, user.id);
    expect(first.subject).toBe('Velg nytt passord for Behandlernettverket');
    expect(first.text).toContain('1 time');

    // A second request replaces the first link; the first no longer works.
    clock.pass(1000);
    await caller.auth.requestPasswordReset({ email });
    const second = await lastLinkTo(db.orm, user.id);
    const replaced = await failureOf(
      caller.auth.resetPassword({ token: first.token, password: 'Et helt nytt passord' }),
    );
    expect(replaced.data.appCode).toBe('LINK_INVALID');
    // A third request is still answered; the fourth from this address for this account in the window is throttled
    // and sends nothing.
    clock.pass(1000);
    await caller.auth.requestPasswordReset({ email });
    const third = await lastLinkTo(db.orm, user.id);
    const throttled = await failureOf(caller.auth.requestPasswordReset({ email }));
    expect(throttled.data.appCode).toBe('TOO_MANY_ATTEMPTS');
    expect(await lastLinkTo(db.orm, user.id)).toEqual(third);

    expect(await caller.auth.resetPassword({ token: third.token, password: 'Et helt nytt passord' })).toEqual({
      ok: true,
    });
    // Every session of the account ended with the new password.
    expect(await signedIn.auth.me()).toBeNull();
    const old = await failureOf(caller.auth.resetPassword({ token: second.token, password: 'Et nytt passord' }));
    expect(old.data.appCode).toBe('LINK_INVALID');
    const used = await failureOf(caller.auth.resetPassword({ token: third.token, password: 'Enda et nytt passord' }));
    expect(refusalText(used)).toBe('Lenken er allerede brukt. Be om en ny om du trenger det.');
    expect(
      await browserCaller(db.orm, { now: clock.now }).caller.auth.signIn({ email, password: 'Et helt nytt passord' }),
    ).toMatchObject({ email });

    // A reset link is good for an hour.
    clock.pass(ACCOUNT_LINK.resetWindowMinutes * 60_000 + 1000);
    clock.pass(1000);
    await caller.auth.requestPasswordReset({ email });
    const fourth = await lastLinkTo(db.orm, user.id);
    clock.pass(ACCOUNT_LINK.passwordResetHours * 3_600_000 + 1000);
    const expired = await failureOf(
      caller.auth.resetPassword({ token: fourth.token, password: 'Et sent nytt passord' }),
    );
    expect(refusalText(expired)).toBe('Lenken har gått ut. Be om en ny.');
  });

  it('a deactivated user is signed out at once and cannot sign in until reactivated; nobody deactivates itself', async () => {
    const clinicAdmin = await callerAs(db.orm, network.users.clinic_admin.user);
    const { user, email } = await createUser(db.orm.em.fork(), {
      role: 'practitioner',
      practitioner: network.practitionerA,
    });
    const session = (await signedInCaller(db.orm, { email, password: TEST_PASSWORD })).caller;
    await clinicAdmin.users.setActive({ userId: user.id, active: false });
    expect(await session.auth.me()).toBeNull();
    const refused = await failureOf(browserCaller(db.orm).caller.auth.signIn({ email, password: TEST_PASSWORD }));
    expect(refusalText(refused)).toBe('Kontoen er deaktivert. Kontakt administratoren din.');
    // Without the right password it says no more than any wrong password.
    const guess = await failureOf(browserCaller(db.orm).caller.auth.signIn({ email, password: 'feil-passord' }));
    expect(guess.data.appCode).toBe('INVALID_CREDENTIALS');
    // No reset for a deactivated account either.
    await browserCaller(db.orm).caller.auth.requestPasswordReset({ email });
    expect(await db.orm.em.fork().count(OutboxMessage, { userId: user.id })).toBe(0);

    await clinicAdmin.users.setActive({ userId: user.id, active: true });
    expect(await browserCaller(db.orm).caller.auth.signIn({ email, password: TEST_PASSWORD })).toMatchObject({ email });
    const self = await failureOf(
      clinicAdmin.users.setActive({ userId: network.users.clinic_admin.user.id, active: false }),
    );
    expect(refusalText(self)).toBe('Du kan ikke deaktivere eller endre rollen til din egen konto.');
    expect((await db.orm.em.fork().findOneOrFail(User, network.users.clinic_admin.user.id)).active).toBe(true);
  });

  it('the operator changes a role: the change log has it before and after, and the user signs in afresh', async () => {
    const operator = await callerAs(db.orm, network.users.network_operator.user);
    const { user, email } = await createUser(db.orm.em.fork(), { role: 'support' });
    const session = (await signedInCaller(db.orm, { email, password: TEST_PASSWORD })).caller;
    await operator.users.changeRole({ userId: user.id, role: 'clinic_admin', clinicId: network.clinicB.id });
    expect(await session.auth.me()).toBeNull();
    const me = await browserCaller(db.orm).caller.auth.signIn({ email, password: TEST_PASSWORD });
    // The new role reads patient data: the new session first enrols a second factor.
    expect(me).toMatchObject({ role: 'clinic_admin', clinicIds: [network.clinicB.id], secondFactor: 'setup_required' });
    const log = await operator.audit.forClinic({ clinicId: network.clinicB.id });
    expect(JSON.stringify(log)).toContain('"role":"support"');
  });
});
