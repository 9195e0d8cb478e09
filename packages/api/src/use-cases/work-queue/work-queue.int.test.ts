// The operator's work queue (issue 16): what waits for the network, oldest first, counted for the navigation; and
// rejecting a membership application with a reason the clinic sees.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement, AuditEntry, Department, Membership } from '@bn/db';
import {
  createClinic,
  createPractitioner,
  createTestDatabase,
  createTestNetwork,
  type TestDatabase,
} from '@bn/db/testing';
import { MEMBERSHIP_REJECTION_REASON_MAX } from '@bn/domain';
import { callerAs, failureOf, issueTexts, refusalText, type Caller } from '../../testing/index.js';

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9, 0));

describe('workQueue and memberships.reject', () => {
  let db: TestDatabase;
  let operator: Caller;
  let support: Caller;
  let clinicAdmin: Caller;
  const ids = { older: '', newer: '', agreement: '', notifiedClinic: '', doneClinic: '', practitionerA: '' };
  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    const network = await createTestNetwork(em);
    const { clinicA, clinicB, practitionerA, practitionerB, insurerX } = network;
    ids.practitionerA = practitionerA.id;
    // Applied on 3 and 1 November: the list must not keep the order they were made in.
    ids.newer = em.create(Membership, {
      id: randomUUID(),
      practitioner: practitionerA,
      status: 'pending',
      createdAt: day(3),
    }).id;
    ids.older = em.create(Membership, {
      id: randomUUID(),
      practitioner: practitionerB,
      status: 'pending',
      createdAt: day(1),
    }).id;
    const approvedOne = await createPractitioner(em, { clinic: clinicB });
    em.create(Membership, { practitioner: approvedOne, status: 'approved', decidedAt: day(2), createdAt: day(1) });
    ids.agreement = em.create(Agreement, {
      id: randomUUID(),
      insurer: insurerX,
      clinic: clinicA,
      status: 'pending',
      validFrom: '2026-12-01',
      createdAt: day(2),
    }).id;
    em.create(Agreement, { insurer: insurerX, clinic: clinicB, status: 'approved', validFrom: '2026-01-01' });
    // Told the network on 4 November, one address of two still unregistered: support's work.
    const notified = await createClinic(em, { name: 'Klinikk med avdelinger' });
    notified.severalDepartmentsNotifiedAt = day(4);
    const address = { street: 'Testveien 1', postcode: '0366', city: 'Oslo' };
    em.create(Department, { clinic: notified, name: 'Sentrum', ...address, registeredWithNetworkAt: null });
    em.create(Department, {
      clinic: notified,
      name: 'Vest',
      ...address,
      street: 'Vestveien 2',
      registeredWithNetworkAt: day(5),
    });
    ids.notifiedClinic = notified.id;
    // Told the network earlier, every address registered: nothing waits.
    const done = await createClinic(em);
    done.severalDepartmentsNotifiedAt = day(1);
    em.create(Department, { clinic: done, name: 'Eneste', ...address, registeredWithNetworkAt: day(2) });
    ids.doneClinic = done.id;
    await em.flush();
    operator = await callerAs(db.orm, network.users.network_operator.user);
    support = await callerAs(db.orm, network.users.support.user);
    clinicAdmin = await callerAs(db.orm, network.users.clinic_admin.user);
  });
  afterAll(() => db?.drop());

  it('shows the operator everything that waits, oldest first, with the counts', async () => {
    const { items, counts } = await operator.workQueue.list();
    expect(items.map((i) => [i.kind, i.id])).toEqual([
      ['membership', ids.older],
      ['agreement', ids.agreement],
      ['membership', ids.newer],
      ['departments', ids.notifiedClinic],
    ]);
    expect(items[3]).toMatchObject({ unregistered: 1, clinic: { name: 'Klinikk med avdelinger' } });
    expect(counts).toEqual({ membership: 2, agreement: 1, departments: 1, total: 4 });
    expect(await operator.workQueue.counts()).toEqual(counts);
  });

  it('shows support only the department notices', async () => {
    const { items } = await support.workQueue.list();
    expect(items.map((i) => i.kind)).toEqual(['departments']);
    expect(await support.workQueue.counts()).toEqual({ membership: 0, agreement: 0, departments: 1, total: 1 });
  });

  it('refuses the clinic admin', async () => {
    expect(await failureOf(clinicAdmin.workQueue.list())).toMatchObject({ data: { code: 'FORBIDDEN' } });
  });

  it('requires a bounded reason to reject, and says so beside the field', async () => {
    for (const reason of ['', '   ', 'x'.repeat(MEMBERSHIP_REJECTION_REASON_MAX + 1)]) {
      const shape = await failureOf(operator.memberships.reject({ practitionerId: ids.practitionerA, reason }));
      expect(shape.data.appCode).toBe('BAD_INPUT');
      expect(Object.keys(issueTexts(shape))).toEqual(['reason']);
    }
    const empty = await failureOf(operator.memberships.reject({ practitionerId: ids.practitionerA, reason: '' }));
    expect(issueTexts(empty).reason).toBe('Skriv inn hvorfor søknaden avslås. Klinikken ser begrunnelsen.');
    expect(await operator.workQueue.counts()).toMatchObject({ membership: 2 });
  });

  it('rejects with the reason: out of the queue, in the change log, shown to the clinic, open to a new application', async () => {
    const reason = 'HPR-nummeret finnes ikke i Helsepersonellregisteret.';
    await operator.memberships.reject({ practitionerId: ids.practitionerA, reason: `  ${reason} ` });
    expect(await operator.workQueue.counts()).toMatchObject({ membership: 1, total: 3 });

    const em = db.orm.em.fork();
    const entry = await em.findOneOrFail(
      AuditEntry,
      { entity: 'membership', entityId: ids.newer },
      { orderBy: { createdAt: 'desc' } },
    );
    expect(entry.before).toMatchObject({ status: 'pending' });
    expect(entry.after).toMatchObject({ status: 'rejected', reason });

    const config = await clinicAdmin.clinicConfig.get({
      clinicId: (await em.findOneOrFail(Membership, { id: ids.newer }, { populate: ['practitioner'] })).practitioner
        .clinic.id,
    });
    expect(config.practitioners.find((p) => p.id === ids.practitionerA)).toMatchObject({
      membership: 'rejected',
      membershipRejectionReason: reason,
    });

    const again = await failureOf(operator.memberships.reject({ practitionerId: ids.practitionerA, reason }));
    expect(refusalText(again)).toBe('Søknaden er allerede avgjort. Last siden på nytt.');

    await clinicAdmin.memberships.applyFor({ practitionerId: ids.practitionerA });
    const reopened = await clinicAdmin.clinicConfig.get({ clinicId: config.clinic.id });
    expect(reopened.practitioners.find((p) => p.id === ids.practitionerA)).toMatchObject({
      membership: 'pending',
      membershipRejectionReason: null,
    });
    expect(await operator.workQueue.counts()).toMatchObject({ membership: 2, total: 4 });
  });
});
