import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, createTestNetwork, createUser, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, failureOf, refusalText } from './testing/index.js';

describe('what each role sees of the network', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
  });
  afterAll(() => db?.drop());

  const as = (role: keyof TestNetwork['users']) => callerAs(db.orm, n.users[role].user);

  it('a clinic admin of clinic A lists only A, reads A and is refused B', async () => {
    const admin = await as('clinic_admin');
    expect((await admin.clinics.list()).map((c) => c.id)).toEqual([n.clinicA.id]);
    expect(await admin.clinics.get({ clinicId: n.clinicA.id })).toMatchObject({
      id: n.clinicA.id,
      name: 'Klinikk A',
      practitioners: [expect.objectContaining({ id: n.practitionerA.id })],
    });
    const refused = await failureOf(admin.clinics.get({ clinicId: n.clinicB.id }));
    expect(refused).toMatchObject({ message: 'FORBIDDEN', data: { code: 'FORBIDDEN', appCode: 'FORBIDDEN' } });
    expect(refusalText(refused)).toBe('Du har ikke tilgang til dette.');
  });

  it('an admin of several clinics lists each of them', async () => {
    const { user } = await createUser(db.orm.em.fork(), { role: 'clinic_admin', clinics: [n.clinicA, n.clinicB] });
    const admin = await callerAs(db.orm, user);
    expect((await admin.clinics.list()).map((c) => c.id).sort()).toEqual([n.clinicA.id, n.clinicB.id].sort());
  });

  it('support and the network operator list and read every clinic', async () => {
    for (const role of ['support', 'network_operator'] as const) {
      const staff = await as(role);
      expect((await staff.clinics.list()).map((c) => c.name)).toEqual(['Klinikk A', 'Klinikk B']);
      expect(await staff.clinics.get({ clinicId: n.clinicB.id })).toMatchObject({ id: n.clinicB.id });
    }
  });

  it('an unknown clinic is NOT_FOUND for staff, not a server error', async () => {
    const staff = await as('support');
    expect(await failureOf(staff.clinics.get({ clinicId: randomUUID() }))).toMatchObject({
      data: { code: 'NOT_FOUND', appCode: 'NOT_FOUND' },
    });
  });

  it('an agent of insurer X sees only X, in the insurer list and as its own insurer', async () => {
    const agent = await as('insurer_agent');
    expect((await agent.insurers.list()).map((i) => i.id)).toEqual([n.insurerX.id]);
    expect(await agent.agent.insurer()).toMatchObject({ id: n.insurerX.id, name: 'Forsikring X' });
    expect(await agent.auth.me()).toMatchObject({ insurerId: n.insurerX.id, insurerName: 'Forsikring X' });
  });

  it('staff and clinic admins see every insurer', async () => {
    const admin = await as('clinic_admin');
    expect((await admin.insurers.list()).map((i) => i.name)).toEqual(['Forsikring X', 'Forsikring Y']);
  });

  it("a practitioner's profile is its own, with its clinic", async () => {
    const practitioner = await as('practitioner');
    expect(await practitioner.practitioner.me()).toMatchObject({
      id: n.practitionerA.id,
      name: 'Behandler A',
      clinic: { id: n.clinicA.id, name: 'Klinikk A' },
    });
  });
});
