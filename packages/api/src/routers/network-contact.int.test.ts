// The network's contact details (NETWORK_CONTACT_*) reach the clinic's readers as the server was configured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createUser, type TestDatabase } from '@bn/db/testing';
import { DEMO_NETWORK_CONTACT, type NetworkContact, type Role } from '@bn/domain';
import { callerAs } from '../testing/index.js';

describe('readiness.networkContact', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  const as = async (role: Role, networkContact?: NetworkContact | null) =>
    callerAs(db.orm, (await createUser(db.orm.em.fork(), { role })).user, { networkContact });

  it('answers the configured contact to the clinic admin, support and the operator', async () => {
    const configured = { name: 'Nettverket AS', email: 'hjelp@nettverket.no', phone: '+4791234567' };
    for (const role of ['clinic_admin', 'support', 'network_operator'] as const) {
      expect(await (await as(role, configured)).readiness.networkContact(), role).toEqual(configured);
    }
  });

  it('answers null when the server has none, and the demo contact when the server was not told', async () => {
    expect(await (await as('clinic_admin', null)).readiness.networkContact()).toBeNull();
    expect(await (await as('clinic_admin')).readiness.networkContact()).toEqual(DEMO_NETWORK_CONTACT);
  });
});
