// booking.find: an agent finds any booking of its insurer — a colleague's too — by the reference read out on the phone,
// the patient's national id or the SakID; another insurer's booking is not found; every patient shown is logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, createUser, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { addDays, bookingReference, osloDate } from '@bn/domain';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

const KARI = '01819012365';
const OLA = '02819012485';

describe('booking.find', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let x: BookableSetup;
  let y: BookableSetup;
  let agent: Caller;
  let colleague: Caller;
  let agentY: Caller;
  const booked: Record<string, { appointmentId: string; patientId: string }> = {};

  const book = async (c: Caller, s: BookableSetup, nationalId: string, caseId: string | null, index = 0) => {
    const slot = (await freeSlotsOf(db.orm, s.book.id, s.type.id))[index];
    const hold = await c.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: slot!.startAt,
    });
    return c.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId, name: nationalId === KARI ? 'Kari Nordmann' : 'Ola Nordmann', email: 'p@example.no' },
      caseId,
      patientRemark: null,
    });
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    x = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    y = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicB,
      insurer: n.insurerY,
      practitioner: n.practitionerB,
    });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
    colleague = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user,
    );
    agentY = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerY })).user,
    );
    booked.kari = await book(agent, x, KARI, '6QPTR');
    booked.ola = await book(agent, x, OLA, null, 1);
    booked.kariY = await book(agentY, y, KARI, '6QPTR');
  });
  afterAll(() => db?.drop());

  it('a colleague finds the booking by the reference the agent read out, in any case and without the dash', async () => {
    const reference = bookingReference(booked.kari!.appointmentId);
    expect(reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const found = await colleague.booking.find({ query: reference.toLowerCase().replace('-', '') });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      id: booked.kari!.appointmentId,
      reference,
      patientName: 'Kari Nordmann',
      caseId: '6QPTR',
    });
  });

  it('by national id or SakID only the own insurer’s bookings come back, never another insurer’s', async () => {
    expect((await colleague.booking.find({ query: KARI })).map((b) => b.id)).toEqual([booked.kari!.appointmentId]);
    expect((await colleague.booking.find({ query: '6qptr' })).map((b) => b.id)).toEqual([booked.kari!.appointmentId]);
    expect((await agentY.booking.find({ query: KARI })).map((b) => b.id)).toEqual([booked.kariY!.appointmentId]);
    expect(await agentY.booking.find({ query: bookingReference(booked.ola!.appointmentId) })).toEqual([]);
    expect(await agentY.booking.find({ query: OLA })).toEqual([]);
  });

  it('logs every patient shown as read by the agent that looked', async () => {
    await colleague.booking.find({ query: OLA });
    const rows = await db.orm.em
      .fork()
      .execute<{ role: string; action: string }[]>(
        'select role, action from access_log_entry where patient_id = ? and what = ?',
        [booked.ola!.patientId, 'forsikringsbestillinger (oppslag)'],
      );
    expect(rows).toEqual([{ role: 'insurer_agent', action: 'read_appointments' }]);
  });

  it('«Mine bookinger» shows the same reference, and a too short lookup is refused with a field issue', async () => {
    const today = osloDate(new Date());
    const mine = await agent.booking.mine({ from: today, to: addDays(today, 60) });
    expect(mine.find((b) => b.id === booked.kari!.appointmentId)?.reference).toBe(
      bookingReference(booked.kari!.appointmentId),
    );
    expect(await failureOf(agent.booking.find({ query: 'ab' }))).toMatchObject({
      data: { appCode: 'BAD_INPUT', issues: [{ path: ['query'], code: 'booking_find.query' }] },
    });
  });
});
