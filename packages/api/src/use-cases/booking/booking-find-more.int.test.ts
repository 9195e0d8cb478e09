// booking.find by practitioner and by date (issue 14): the book owner's name typed in any order, case and diacritics;
// the Oslo days a booking starts on (both ends included, one end alone is that day, across midnight and daylight
// saving), alone or with the text and the filters; the range's limit refused with its code; only the own insurer's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, createUser, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

const KARI = '01819012365';
const OLA = '02819012485';

/** Where each booking is moved to: UTC instants, with the Oslo time they are. */
const AT = {
  x0: '2027-01-14T23:30:00Z', // Oslo 15.01.2027 00:30
  x1: '2027-01-15T22:30:00Z', // Oslo 15.01.2027 23:30
  x2: '2027-01-15T23:00:00Z', // Oslo 16.01.2027 00:00
  x3: '2027-06-30T22:15:00Z', // Oslo 01.07.2027 00:15 (summer time)
  y0: '2027-01-15T12:00:00Z', // Oslo 15.01.2027 13:00
} as const;
type Key = keyof typeof AT;

describe('booking.find by practitioner and by date', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let colleague: Caller;
  let agentY: Caller;
  let agentYId = '';
  const id: Record<Key, string> = { x0: '', x1: '', x2: '', x3: '', y0: '' };
  const patientOf: Partial<Record<Key, string>> = {};

  const book = async (c: Caller, s: BookableSetup, key: Key, nationalId: string, index: number) => {
    const slot = (await freeSlotsOf(db.orm, s.book.id, s.type.id))[index];
    const hold = await c.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: slot!.startAt,
    });
    const done = await c.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId, name: nationalId === KARI ? 'Kari Nordmann' : 'Ola Nordmann', email: 'p@example.no' },
      caseId: null,
      patientRemark: null,
    });
    id[key] = done.appointmentId;
    patientOf[key] = done.patientId;
    // The time is set by hand: the fixture's week template has no times near midnight.
    await db.orm.em
      .fork()
      .execute(`update appointment set start_at = ?, end_at = ?::timestamptz + interval '30 minutes' where id = ?`, [
        AT[key],
        AT[key],
        done.appointmentId,
      ]);
  };
  const ids = (found: { id: string }[]) => found.map((b) => b.id);

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    const x = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    const y = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicB,
      insurer: n.insurerY,
      practitioner: n.practitionerB,
    });
    // One family name across both insurers' practitioners: a lookup by it must still keep to the own insurer.
    const em = db.orm.em.fork();
    await em.execute(`update practitioner set name = 'Bjørn Sæther' where id = ?`, [n.practitionerA.id]);
    await em.execute(`update practitioner set name = 'Åse Sæther' where id = ?`, [n.practitionerB.id]);
    const agent = await callerAs(db.orm, n.users.insurer_agent.user);
    colleague = await callerAs(db.orm, (await createUser(em, { role: 'insurer_agent', insurer: n.insurerX })).user);
    const userY = (await createUser(em, { role: 'insurer_agent', insurer: n.insurerY })).user;
    agentY = await callerAs(db.orm, userY);
    agentYId = userY.id;
    await book(agent, x, 'x0', KARI, 0);
    await book(agent, x, 'x1', OLA, 1);
    await book(agent, x, 'x2', KARI, 2);
    await book(agent, x, 'x3', KARI, 3);
    await book(agentY, y, 'y0', KARI, 0);
  });
  afterAll(() => db?.drop());

  it('finds by the practitioner’s name in any order, case and diacritics, only the own insurer’s bookings', async () => {
    const allX = [id.x3, id.x2, id.x1, id.x0]; // the newest first
    expect(ids(await colleague.booking.find({ query: 'saether bjorn' }))).toEqual(allX);
    expect(ids(await colleague.booking.find({ query: 'BJØRN' }))).toEqual(allX);
    expect(ids(await colleague.booking.find({ query: 'Sæther' }))).toEqual(allX);
    expect(ids(await agentY.booking.find({ query: 'saether ase' }))).toEqual([id.y0]);
    expect(ids(await agentY.booking.find({ query: 'Saether' }))).toEqual([id.y0]);
    expect(await agentY.booking.find({ query: 'Bjørn Sæther' })).toEqual([]);
    // Every word must be in one name: the practitioner's first name with the patient's family name is no match.
    expect(await colleague.booking.find({ query: 'Bjørn Nordmann' })).toEqual([]);
    const [first] = await colleague.booking.find({ query: 'bjorn' });
    expect(first).toMatchObject({ practitionerName: 'Bjørn Sæther', patientName: 'Kari Nordmann' });
  });

  it('a day is the Oslo day, midnight to midnight, in winter and in summer time', async () => {
    const day = (from: string, to?: string) => colleague.booking.find({ from, to: to ?? from }).then(ids);
    expect(await day('2027-01-15')).toEqual([id.x1, id.x0]);
    expect(await day('2027-01-16')).toEqual([id.x2]);
    expect(await day('2027-01-14')).toEqual([]);
    expect(await day('2027-07-01')).toEqual([id.x3]);
    expect(await day('2027-06-30')).toEqual([]);
    // Both ends included; one end alone is that day.
    expect(await day('2027-01-14', '2027-01-16')).toEqual([id.x2, id.x1, id.x0]);
    expect(ids(await colleague.booking.find({ from: '2027-01-16' }))).toEqual([id.x2]);
    expect(ids(await colleague.booking.find({ to: '2027-01-15' }))).toEqual([id.x1, id.x0]);
    // Another insurer's agent sees its own booking on that day, never this insurer's.
    expect(ids(await agentY.booking.find({ from: '2027-01-15', to: '2027-01-15' }))).toEqual([id.y0]);
  });

  it('a date narrows the text lookup and goes with the filters', async () => {
    const jan15 = { from: '2027-01-15', to: '2027-01-15' };
    expect(ids(await colleague.booking.find({ query: 'ola nordmann', ...jan15 }))).toEqual([id.x1]);
    expect(ids(await colleague.booking.find({ query: KARI, ...jan15 }))).toEqual([id.x0]);
    expect(ids(await colleague.booking.find({ query: 'saether', from: '2027-07-01' }))).toEqual([id.x3]);
    expect(ids(await colleague.booking.find({ ...jan15, agentId: n.users.insurer_agent.user.id }))).toEqual([
      id.x1,
      id.x0,
    ]);
    expect(await colleague.booking.find({ ...jan15, status: 'cancelled' })).toEqual([]);
  });

  it('logs the patients a date lookup shows as read', async () => {
    // Only this lookup's entries: the earlier tests' lookups logged theirs.
    await db.orm.em.fork().execute(`delete from access_log_entry where actor_id = ?`, [agentYId]);
    await agentY.booking.find({ from: '2027-01-15', to: '2027-01-15' });
    const rows = await db.orm.em
      .fork()
      .execute<{ patient_id: string }[]>(
        `select patient_id from access_log_entry where role = 'insurer_agent' and what = ? and actor_id = ?`,
        ['forsikringsbestillinger (oppslag)', agentYId],
      );
    expect(rows.map((r) => r.patient_id)).toEqual([patientOf.y0]);
  });

  it('refuses a range over 31 days, a range that ends before it starts, and a lookup of nothing, each with its code', async () => {
    expect(await colleague.booking.find({ from: '2027-01-01', to: '2027-02-01' })).toHaveLength(3);
    expect(await failureOf(colleague.booking.find({ from: '2027-01-01', to: '2027-02-02' }))).toMatchObject({
      data: { appCode: 'BAD_INPUT', issues: [{ path: ['to'], code: 'range.too_long', values: { maxDays: 31 } }] },
    });
    expect(await failureOf(colleague.booking.find({ from: '2027-01-16', to: '2027-01-15' }))).toMatchObject({
      data: { appCode: 'BAD_INPUT', issues: [{ path: ['to'], code: 'range.to_before_from' }] },
    });
    expect(await failureOf(colleague.booking.find({}))).toMatchObject({
      data: { appCode: 'BAD_INPUT', issues: [{ path: ['query'], code: 'booking_find.query_or_date' }] },
    });
    expect(await failureOf(colleague.booking.find({ from: '15.01.2027' }))).toMatchObject({
      data: { appCode: 'BAD_INPUT', issues: expect.arrayContaining([{ path: ['from'], code: 'date.format' }]) },
    });
  });
});
