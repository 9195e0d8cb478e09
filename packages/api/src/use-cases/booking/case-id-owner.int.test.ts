// A case id (SakID) belongs to one insurer and one patient: the same case id for another national id at that insurer
// is refused (CASE_ID_OTHER_PATIENT), atomically, case-insensitively, and the refused confirmation writes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createTestDatabase,
  createTestNetwork,
  createUser,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { callerAs, failureOf, issueTexts, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

// Synthetic national identity numbers (month + 80), valid check digits: never a real person.
const KARI = '01819012365';
const OLA = '02819012485';
const PER = '03819012333';
const MATS = '04819012372';

describe('a case id belongs to one patient at its insurer', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  let agent: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    s = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
  });
  afterAll(() => db?.drop());

  const patientOf = (nationalId: string) => ({ nationalId, name: 'Test Pasient', email: `${nationalId}@example.no` });
  const hold = async (c: Caller = agent, setup: BookableSetup = s, i = 0) => {
    const slot = (await freeSlotsOf(db.orm, setup.book.id, setup.type.id))[i]!;
    return c.booking.hold({
      bookId: setup.book.id,
      typeId: setup.type.id,
      tariffCode: setup.tariffCode,
      startAt: slot.startAt,
    });
  };
  const kindOf = async (id: string) =>
    (await db.orm.em.fork().execute<{ kind: string }[]>('select kind from appointment where id = ?', [id]))[0]?.kind;
  const claimsOf = (caseId: string, nationalId: string) =>
    countRows(
      db.orm,
      'select c.id from claim c join patient p on p.id = c.patient_id where c.case_id = ? and p.national_id = ?',
      [caseId, nationalId],
    );

  it('the same case id for another national id is refused, whatever its letter case, beside the case id field', async () => {
    await agent.booking.confirm({ holdId: (await hold()).holdId, patient: patientOf(KARI), caseId: 'KASE01' });
    const second = await hold();
    const refused = await failureOf(
      agent.booking.confirm({ holdId: second.holdId, patient: patientOf(OLA), caseId: 'kase01' }),
    );
    expect(refused).toMatchObject({
      message: 'CASE_ID_OTHER_PATIENT',
      data: {
        appCode: 'CASE_ID_OTHER_PATIENT',
        httpStatus: 409,
        issues: [{ path: ['caseId'], code: 'case_id.other_patient' }],
      },
    });
    expect(issueTexts(refused)).toEqual({
      caseId: 'Denne SakID-en hører til en annen pasient hos forsikringsselskapet.',
    });
    expect(await claimsOf('KASE01', OLA)).toBe(0);
    expect(await claimsOf('KASE01', KARI)).toBe(1);
  });

  it('a refused confirmation writes nothing — no card, claim, message or stored answer — and its hold stays usable', async () => {
    const h = await hold();
    const key = `confirm-${randomUUID()}`;
    const refused = await failureOf(
      agent.booking.confirm({ holdId: h.holdId, patient: patientOf(PER), caseId: 'KASE01', idempotencyKey: key }),
    );
    expect(refused.data.appCode).toBe('CASE_ID_OTHER_PATIENT');
    expect(await countRows(db.orm, 'select id from patient where national_id = ?', [PER])).toBe(0);
    expect(await countRows(db.orm, 'select id from outbox_message where appointment_id = ?', [h.holdId])).toBe(0);
    expect(await countRows(db.orm, 'select key from idempotency_key where key = ?', [key])).toBe(0);
    expect(await kindOf(h.holdId)).toBe('hold');
    // The agent corrects the case id and confirms the same hold, with the same key.
    const booked = await agent.booking.confirm({
      holdId: h.holdId,
      patient: patientOf(PER),
      caseId: 'KASE02',
      idempotencyKey: key,
    });
    expect(booked).toMatchObject({ appointmentId: h.holdId, caseId: 'KASE02', claimCreated: true });
    expect(await kindOf(h.holdId)).toBe('booking');
  });

  it('the same patient may use the case id at another clinic, and another insurer’s case ids are its own', async () => {
    const clinicB = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicB,
      insurer: n.insurerX,
      practitioner: n.practitionerB,
    });
    expect(
      await agent.booking.confirm({
        holdId: (await hold(agent, clinicB)).holdId,
        patient: patientOf(KARI),
        caseId: 'Kase01',
      }),
    ).toMatchObject({ claimCreated: true });
    expect(await claimsOf('KASE01', KARI)).toBe(2);
    // A clinic of its own: a second department in clinic A would need D2's registration first.
    const atY = await createBookableSetup(db.orm.em.fork(), {
      clinic: await createClinic(db.orm.em.fork(), { name: 'Klinikk Y' }),
      insurer: n.insurerY,
    });
    const agentY = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerY })).user,
    );
    expect(
      await agentY.booking.confirm({
        holdId: (await hold(agentY, atY)).holdId,
        patient: patientOf(OLA),
        caseId: 'KASE01',
      }),
    ).toMatchObject({ claimCreated: true });
  });

  it('with a cap on self-booked appointments (the locking path) the refusal also leaves no card and the hold', async () => {
    const clinicC = await createClinic(db.orm.em.fork(), { name: 'Klinikk med tak' });
    const capped = await createBookableSetup(db.orm.em.fork(), {
      clinic: clinicC,
      insurer: n.insurerX,
      type: {
        ownLimits: {
          daysAhead: null,
          minNoticeHours: null,
          cancellationDeadlineHours: null,
          cancellationAllowed: true,
          maxSelfBooked: 3,
        },
      },
    });
    const h = await hold(agent, capped);
    expect(
      await failureOf(agent.booking.confirm({ holdId: h.holdId, patient: patientOf(MATS), caseId: 'KASE01' })),
    ).toMatchObject({ data: { appCode: 'CASE_ID_OTHER_PATIENT' } });
    expect(
      await countRows(db.orm, 'select id from patient where national_id = ? and clinic_id = ?', [MATS, clinicC.id]),
    ).toBe(0);
    expect(await kindOf(h.holdId)).toBe('hold');
    expect(await agent.booking.confirm({ holdId: h.holdId, patient: patientOf(MATS), caseId: null })).toMatchObject({
      paidByPatient: true,
    });
  });

  it('two confirmations with one new case id for different patients at once: exactly one wins, every time', async () => {
    const colleague = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user,
    );
    for (let round = 0; round < 5; round++) {
      const caseId = `RACE${round}${randomUUID().slice(0, 4).toUpperCase()}`;
      const [h1, h2] = [await hold(agent, s, 0), await hold(colleague, s, 1)];
      const results = await Promise.allSettled([
        agent.booking.confirm({ holdId: h1.holdId, patient: patientOf(OLA), caseId }),
        colleague.booking.confirm({ holdId: h2.holdId, patient: patientOf(PER), caseId: caseId.toLowerCase() }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
        cause: { code: 'CASE_ID_OTHER_PATIENT' },
      });
      expect(await countRows(db.orm, 'select id from claim where case_id = ?', [caseId])).toBe(1);
      const loser = results[0].status === 'rejected' ? h1 : h2;
      expect(await kindOf(loser.holdId)).toBe('hold');
      await (loser === h1 ? agent : colleague).booking.release({ holdId: loser.holdId });
    }
  });

  it('the database itself refuses a second patient for a case id, and a case id not in upper case', async () => {
    const insert = (caseId: string, nationalId: string) =>
      db.orm.em
        .fork()
        .execute('insert into insurer_case (insurer_id, case_id, national_id, created_at) values (?, ?, ?, now())', [
          n.insurerX.id,
          caseId,
          nationalId,
        ]);
    await expect(insert('KASE01', OLA)).rejects.toThrow(/insurer_case_pkey/);
    await expect(insert('kase99', OLA)).rejects.toThrow(/insurer_case_upper_case/);
  });
});
