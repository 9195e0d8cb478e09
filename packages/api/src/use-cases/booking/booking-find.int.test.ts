// booking.find: an agent finds any booking of its insurer — a colleague's too — by the reference read out on the phone,
// the patient's national id, the SakID or the patient's name, narrowed by status and by who booked; another insurer's
// booking is not found; every patient shown is logged. agent.colleagues lists the insurer's agents for that filter.
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
  let admin: Caller;
  const ids = { agent: '', colleague: '', agentY: '' };
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
    const colleagueUser = (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user;
    const userY = (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerY })).user;
    colleague = await callerAs(db.orm, colleagueUser);
    agentY = await callerAs(db.orm, userY);
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    Object.assign(ids, { agent: n.users.insurer_agent.user.id, colleague: colleagueUser.id, agentY: userY.id });
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

  it('finds by the patient’s name in any order and case, says who booked, and never another insurer’s', async () => {
    const found = await colleague.booking.find({ query: 'nordmann KARI' });
    expect(found.map((b) => b.id)).toEqual([booked.kari!.appointmentId]);
    expect(found[0]!.bookedBy).toEqual({ id: ids.agent, name: n.users.insurer_agent.user.name });
    expect((await colleague.booking.find({ query: 'Nordmann' })).map((b) => b.id).sort()).toEqual(
      [booked.kari!.appointmentId, booked.ola!.appointmentId].sort(),
    );
    expect((await agentY.booking.find({ query: 'kari nordmann' })).map((b) => b.id)).toEqual([
      booked.kariY!.appointmentId,
    ]);
    // Letters that are patterns to SQL are letters here.
    expect(await colleague.booking.find({ query: 'Kari_Nordmann' })).toEqual([]);
    expect(await colleague.booking.find({ query: '%%%' })).toEqual([]);
  });

  it('narrows by the agent who booked and by status', async () => {
    const nordmann = (o: { agentId?: string; status?: 'active' | 'cancelled' | 'no_show' }) =>
      colleague.booking.find({ query: 'nordmann', ...o }).then((bs) => bs.map((b) => b.id).sort());
    const both = [booked.kari!.appointmentId, booked.ola!.appointmentId].sort();
    expect(await nordmann({ agentId: ids.agent })).toEqual(both);
    expect(await nordmann({ agentId: ids.colleague })).toEqual([]);
    // Another insurer's agent as the filter finds nothing of this insurer's, and nothing of the other's either.
    expect(await nordmann({ agentId: ids.agentY })).toEqual([]);
    await admin.booking.cancel({ appointmentId: booked.ola!.appointmentId, reason: 'Syk', onBehalfOf: 'clinic' });
    expect(await nordmann({ status: 'cancelled' })).toEqual([booked.ola!.appointmentId]);
    expect(await nordmann({ status: 'active', agentId: ids.agent })).toEqual([booked.kari!.appointmentId]);
    expect(await nordmann({ status: 'no_show' })).toEqual([]);
    expect(await failureOf(colleague.booking.find({ query: 'nordmann', status: 'moved' as 'active' }))).toMatchObject({
      data: { appCode: 'BAD_INPUT' },
    });
  });

  it('agent.colleagues lists the insurer’s own agents by name, never another insurer’s', async () => {
    const listed = await colleague.agent.colleagues();
    expect(listed.map((u) => u.id).sort()).toEqual([ids.agent, ids.colleague].sort());
    expect(Object.keys(listed[0]!).sort()).toEqual(['id', 'name']);
    expect((await agentY.agent.colleagues()).map((u) => u.id)).toEqual([ids.agentY]);
  });
});
