// Invitations on real PostgreSQL: the operator and a clinic admin give logins; the link works once, until it expires;
// the invited user sets its password, enrols its second factor and only then reaches anything else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, User } from '@bn/db';
import {
  createPractitioner,
  createTestDatabase,
  createTestNetwork,
  nextOrgNumber,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { browserCaller, callerAs, failureOf, type Caller } from '../../testing/index.js';
import { issueTexts, refusalText } from '../../testing/errors.js';
import { totpNow } from '../../testing/account-matrix.js';
import { lastLinkTo, movableClock } from './account-test-helpers.js';

const PASSWORD = 'Et langt og godt passord';

describe('invitations', () => {
  let db: TestDatabase;
  let network: TestNetwork;
  let operator: Caller;
  let clinicAdmin: Caller;
  beforeAll(async () => {
    db = await createTestDatabase();
    network = await createTestNetwork(db.orm.em.fork());
    operator = await callerAs(db.orm, network.users.network_operator.user);
    clinicAdmin = await callerAs(db.orm, network.users.clinic_admin.user);
  });
  afterAll(() => db?.drop());

  it('a clinic admin gives a practitioner a login linked to its record; the practitioner enrols TOTP and then signs in with it', async () => {
    const practitioner = await createPractitioner(db.orm.em.fork(), { clinic: network.clinicA, name: 'Ny Behandler' });
    const { userId } = await clinicAdmin.users.invite({
      email: 'ny.behandler@klinikk.no',
      name: 'Ny Behandler',
      role: 'practitioner',
      practitionerId: practitioner.id,
    });
    const mail = await lastLinkTo(db.orm, userId);
    expect(mail.subject).toBe('Invitasjon til Behandlernettverket');
    expect(mail.text).toContain('http://localhost:3000/admin/invitasjon#');
    expect(mail.text).toContain('72 timer');

    // A second login for the same practitioner is refused with its reason.
    const again = await failureOf(
      clinicAdmin.users.invite({
        email: 'to@klinikk.no',
        name: 'To',
        role: 'practitioner',
        practitionerId: practitioner.id,
      }),
    );
    expect(refusalText(again)).toBe('Behandleren har allerede en brukerkonto.');

    const { caller } = browserCaller(db.orm);
    expect(await caller.auth.linkInfo({ token: mail.token })).toMatchObject({
      name: 'Ny Behandler',
      role: 'practitioner',
    });
    const short = await failureOf(caller.auth.acceptInvitation({ token: mail.token, password: 'kort' }));
    expect(issueTexts(short)).toEqual({ password: 'Passordet må ha minst 12 tegn.' });

    const me = await caller.auth.acceptInvitation({ token: mail.token, password: PASSWORD });
    expect(me).toMatchObject({ role: 'practitioner', practitionerId: practitioner.id, secondFactor: 'setup_required' });
    // Until the second factor is enrolled the session reaches nothing else.
    const blocked = await failureOf(caller.practitioner.me());
    expect(blocked.data.appCode).toBe('SECOND_FACTOR_SETUP_REQUIRED');

    const { secret, uri, qrDataUrl } = await caller.auth.beginTotp();
    expect(uri).toMatch(/^otpauth:\/\/totp\/Behandlernettverket:ny\.behandler%40klinikk\.no\?/);
    expect(qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect((await caller.auth.beginTotp()).secret).toBe(secret);
    const wrong = await failureOf(
      caller.auth.confirmTotp({ code: totpNow(secret) === '000000' ? '111111' : '000000' }),
    );
    expect(wrong.data.appCode).toBe('SECOND_FACTOR_INVALID');
    const { recoveryCodes } = await caller.auth.confirmTotp({ code: totpNow(secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(await caller.practitioner.me()).toMatchObject({ id: practitioner.id });

    // The link was used: once only.
    const used = await failureOf(
      browserCaller(db.orm).caller.auth.acceptInvitation({ token: mail.token, password: PASSWORD }),
    );
    expect(refusalText(used)).toBe('Lenken er allerede brukt. Be om en ny om du trenger det.');

    // Next time: password, then the code.
    const next = browserCaller(db.orm).caller;
    const needCode = await failureOf(next.auth.signIn({ email: 'ny.behandler@klinikk.no', password: PASSWORD }));
    expect(needCode.data.appCode).toBe('SECOND_FACTOR_REQUIRED');
    expect(
      await next.auth.signIn({ email: 'ny.behandler@klinikk.no', password: PASSWORD, code: totpNow(secret) }),
    ).toMatchObject({
      secondFactor: 'enrolled',
    });

    // The change log has the invitation and the enrolment, and no secret.
    const log = await db.orm.em.fork().find(AuditEntry, { entityId: userId }, { orderBy: { createdAt: 'asc' } });
    expect(log.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(log[0]).toMatchObject({ clinicId: network.clinicA.id, after: { role: 'practitioner', invited: true } });
    const text = JSON.stringify(log);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(mail.token);
  });

  it('an invitation link expires after 72 hours', async () => {
    const clock = movableClock('2026-12-01T08:00:00Z');
    const op = await callerAs(db.orm, network.users.network_operator.user, { now: clock.now });
    const { userId } = await op.users.invite({ email: 'sent@bn.test', name: 'Sen Bruker', role: 'support' });
    const { token } = await lastLinkTo(db.orm, userId);
    clock.pass(72 * 3_600_000 + 1000);
    const late = await failureOf(
      browserCaller(db.orm, { now: clock.now }).caller.auth.acceptInvitation({ token, password: PASSWORD }),
    );
    expect(refusalText(late)).toBe('Lenken har gått ut. Be om en ny.');
    // A new invitation works, and the old link stays dead.
    const later = await callerAs(db.orm, network.users.network_operator.user, { now: clock.now });
    await later.users.resendInvitation({ userId });
    const fresh = await lastLinkTo(db.orm, userId);
    expect(fresh.token).not.toBe(token);
    const me = await browserCaller(db.orm, { now: clock.now }).caller.auth.acceptInvitation({
      token: fresh.token,
      password: PASSWORD,
    });
    // Support reads no patient data: no second factor is required of it.
    expect(me).toMatchObject({ role: 'support', secondFactor: 'none' });
  });

  it('the operator creates a clinic and invites its first admin; a clinic admin cannot reach another clinic or give roles it does not have', async () => {
    const clinicId = 'klinikk-ny-1';
    await operator.clinics.create({
      id: clinicId,
      name: 'Nyklinikken',
      orgNumber: nextOrgNumber(),
      integrationActive: false,
      severalDepartmentsNotified: false,
      maxSelfBooked: null,
    });
    const { userId } = await operator.users.invite({
      email: 'forste.admin@nyklinikken.no',
      name: 'Første Admin',
      role: 'clinic_admin',
      clinicId,
    });
    expect(await operator.users.list({ clinicId })).toEqual([
      expect.objectContaining({ id: userId, role: 'clinic_admin', invitationPending: true, clinicIds: [clinicId] }),
    ]);
    expect(
      (await failureOf(clinicAdmin.users.invite({ email: 'x@bn.test', name: 'X', role: 'clinic_admin', clinicId })))
        .data.appCode,
    ).toBe('FORBIDDEN');
    const support = await failureOf(clinicAdmin.users.invite({ email: 'y@bn.test', name: 'Y', role: 'support' }));
    expect(refusalText(support)).toBe('Du kan ikke gi denne rollen.');
    const taken = await failureOf(
      operator.users.invite({ email: network.users.support.email, name: 'Z', role: 'support' }),
    );
    expect(taken.data.appCode).toBe('EMAIL_TAKEN');
    const noScope = await failureOf(operator.users.invite({ email: 'w@bn.test', name: 'W', role: 'insurer_agent' }));
    expect(noScope.data.appCode).toBe('ACCOUNT_CHANGE_REFUSED');
    expect(await db.orm.em.fork().count(User, { email: { $in: ['x@bn.test', 'y@bn.test', 'w@bn.test'] } })).toBe(0);
  });
});
