// A case id (SakID) belongs to one insurer and one patient: the same case id for another national id at that insurer
// is refused (CASE_ID_OTHER_PATIENT), atomically, case-insensitively, and the refused confirmation writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

// Synthetic national identity numbers (month + 80), valid check digits: never a real person.
const KARI = '01819012365';
const OLA = '02819012485';

describe('a case id belongs to one patient at its insurer', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  let agent: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    s = await createBookableSetup(db.orm.em.fork(), { clinic: n.clinicA, insurer: n.insurerX, practitioner: n.practitionerA });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
  });
  afterAll(() => db?.drop());

  const patientOf = (nationalId: string) => ({ nationalId, name: 'Test Pasient', email: `${nationalId}@example.no` });
  const hold = async (c: Caller = agent, setup: BookableSetup = s, i = 0) => {
    const slot = (await freeSlotsOf(db.orm, setup.book.id, setup.type.id))[i]!;
    return c.booking.hold({ bookId: setup.book.id, typeId: setup.type.id, tariffCode: setup.tariffCode, startAt: slot.startAt });
  };

  it('the same case id for another national id is refused, whatever its letter case; the first patient keeps it', async () => {
    await agent.booking.confirm({ holdId: (await hold()).holdId, patient: patientOf(KARI), caseId: 'KASE01' });
    const second = await hold();
    const refused = await failureOf(agent.booking.confirm({ holdId: second.holdId, patient: patientOf(OLA), caseId: 'kase01' }));
    expect(refused).toMatchObject({ data: { appCode: 'CASE_ID_OTHER_PATIENT', httpStatus: 409 } });
    expect(await countRows(db.orm, `select c.id from claim c join patient p on p.id = c.patient_id where c.case_id = 'KASE01' and p.national_id = ?`, [OLA])).toBe(0);
  });
});
