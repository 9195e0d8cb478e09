// Double booking is impossible: concurrent holds on one slot have exactly one winner, the database refuses an
// overlapping row even past the use cases, and a retried request (idempotency key) never books twice. The hold and the
// confirmation each write in one statement after one read, without a transaction of their own: a race between the
// read and the write ends with the stored answer of the key, a refusal, or the first writer's rows — never half a
// booking.
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
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

// Synthetic national identity numbers (month + 80), valid check digits: never a real person.
const KARI = '01819012365';
const OLA = '02819012485';
const PER = '03819012333';

describe('booking under contention', () => {
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

  const slotAt = async (i: number) => (await freeSlotsOf(db.orm, s.book.id, s.type.id))[i]!;
  const holdInput = (startAt: Date) => ({ bookId: s.book.id, typeId: s.type.id, tariffCode: s.tariffCode, startAt });
  const patient = { nationalId: KARI, name: 'Kari Nordmann', email: 'kari@example.no' };
  const patientOf = (nationalId: string) => ({ nationalId, name: 'Test Pasient', email: `${nationalId}@example.no` });
  const activeAt = (startAt: Date) =>
    countRows(db.orm, `select id from appointment where book_id = ? and start_at = ? and status = 'active'`, [
      s.book.id,
      startAt,
    ]);

  it('the database refuses an overlapping appointment inserted directly, past the use cases', async () => {
    const slot = await slotAt(0);
    const hold = await agent.booking.hold(holdInput(slot.startAt));
    const insert = (start: Date, end: Date) =>
      db.orm.em.fork().execute(
        `insert into appointment (id, created_at, clinic_id, book_id, start_at, end_at, kind, status, paid_by_patient)
         values (?, now(), ?, ?, ?, ?, 'block', 'active', false)`,
        [randomUUID(), s.clinicId, s.book.id, start, end],
      );
    const inside = new Date(slot.startAt.getTime() + 10 * 60_000);
    await expect(insert(inside, new Date(inside.getTime() + 5 * 60_000))).rejects.toMatchObject({ code: '23P01' });
    await expect(insert(slot.startAt, slot.endAt)).rejects.toThrow(/appointment_no_overlap/);
    // Back to back is not an overlap ([start, end) ranges).
    await insert(slot.endAt, new Date(slot.endAt.getTime() + 5 * 60_000));
    await agent.booking.release({ holdId: hold.holdId });
  });

  it('twenty agents holding the same slot at once: exactly one wins, the others get SLOT_TAKEN', async () => {
    const slot = await slotAt(0);
    const agents = await Promise.all(
      Array.from({ length: 20 }, async () =>
        callerAs(db.orm, (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user),
      ),
    );
    const results = await Promise.allSettled(agents.map((a) => a.booking.hold(holdInput(slot.startAt))));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) {
      expect(r.reason).toMatchObject({ cause: { code: 'SLOT_TAKEN' } });
    }
    expect(
      await countRows(db.orm, `select id from appointment where book_id = ? and start_at = ? and status = 'active'`, [
        s.book.id,
        slot.startAt,
      ]),
    ).toBe(1);
  });

  it('a retried hold and confirm with the same idempotency keys return the first results and book once', async () => {
    const slot = await slotAt(0);
    const holdKey = `hold-${randomUUID()}`;
    const confirmKey = `confirm-${randomUUID()}`;
    const hold = await agent.booking.hold({ ...holdInput(slot.startAt), idempotencyKey: holdKey });
    expect(await agent.booking.hold({ ...holdInput(slot.startAt), idempotencyKey: holdKey })).toEqual(hold);
    const booking = await agent.booking.confirm({
      holdId: hold.holdId,
      patient,
      caseId: 'RETRY1',
      idempotencyKey: confirmKey,
    });
    const again = await agent.booking.confirm({
      holdId: hold.holdId,
      patient,
      caseId: 'RETRY1',
      idempotencyKey: confirmKey,
    });
    expect(again).toEqual(booking);
    expect(again.startAt).toBeInstanceOf(Date);
    expect(
      await countRows(db.orm, `select id from appointment where book_id = ? and start_at = ? and kind = 'booking'`, [
        s.book.id,
        slot.startAt,
      ]),
    ).toBe(1);
    expect(
      await countRows(db.orm, 'select id from outbox_message where appointment_id = ?', [booking.appointmentId]),
    ).toBe(1);
  });

  it('the same key with a different body is refused (IDEMPOTENCY_KEY_REUSED), also as a header', async () => {
    const [a, b] = [await slotAt(0), await slotAt(1)];
    const key = `hold-${randomUUID()}`;
    const first = await agent.booking.hold({ ...holdInput(a.startAt), idempotencyKey: key });
    expect(await failureOf(agent.booking.hold({ ...holdInput(b.startAt), idempotencyKey: key }))).toMatchObject({
      data: { appCode: 'IDEMPOTENCY_KEY_REUSED', httpStatus: 409 },
    });
    // Keys are scoped to the actor: another agent may use the same key for its own request.
    const other = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user,
    );
    const theirs = await other.booking.hold({ ...holdInput(b.startAt), idempotencyKey: key });
    expect(theirs.holdId).not.toBe(first.holdId);
    await agent.booking.release({ holdId: first.holdId });
    await other.booking.release({ holdId: theirs.holdId });
  });

  it('concurrent requests with one key run once and all get the same answer', async () => {
    const slot = await slotAt(0);
    const key = `hold-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => agent.booking.hold({ ...holdInput(slot.startAt), idempotencyKey: key })),
    );
    expect(new Set(results.map((r) => r.holdId)).size).toBe(1);
    expect(
      await countRows(db.orm, `select id from appointment where book_id = ? and start_at = ? and status = 'active'`, [
        s.book.id,
        slot.startAt,
      ]),
    ).toBe(1);
  });

  it('a failed request stores no key: the retry runs again', async () => {
    const slot = await slotAt(0);
    const key = `hold-${randomUUID()}`;
    const blocker = await agent.booking.hold(holdInput(slot.startAt));
    expect(await failureOf(agent.booking.hold({ ...holdInput(slot.startAt), idempotencyKey: key }))).toMatchObject({
      data: { appCode: 'SLOT_TAKEN' },
    });
    await agent.booking.release({ holdId: blocker.holdId });
    expect((await agent.booking.hold({ ...holdInput(slot.startAt), idempotencyKey: key })).startAt).toEqual(
      slot.startAt,
    );
  });

  it('a free-time row left behind by a race is healed when the safety net fires', async () => {
    const slot = await slotAt(0);
    // Simulate the race: a booking commits while a rebuild re-inserts the slot it took.
    const hold = await agent.booking.hold(holdInput(slot.startAt));
    await db.orm.em
      .fork()
      .execute('insert into free_slot (book_id, type_id, start_at, end_at) values (?, ?, ?, ?)', [
        s.book.id,
        s.type.id,
        slot.startAt,
        slot.endAt,
      ]);
    expect(await failureOf(agent.booking.hold(holdInput(slot.startAt)))).toMatchObject({
      data: { appCode: 'SLOT_TAKEN' },
    });
    expect(
      (await freeSlotsOf(db.orm, s.book.id, s.type.id)).some((f) => f.startAt.getTime() === slot.startAt.getTime()),
    ).toBe(false);
    await agent.booking.release({ holdId: hold.holdId });
  });

  it('one key sent at once for two different slots: one hold, the other request is refused and its slot stays free', async () => {
    const [a, b] = [await slotAt(0), await slotAt(1)];
    const key = `hold-${randomUUID()}`;
    const results = await Promise.allSettled([
      agent.booking.hold({ ...holdInput(a.startAt), idempotencyKey: key }),
      agent.booking.hold({ ...holdInput(b.startAt), idempotencyKey: key }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ cause: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect((await activeAt(a.startAt)) + (await activeAt(b.startAt))).toBe(1);
    const held = (won[0] as PromiseFulfilledResult<{ holdId: string; startAt: Date }>).value;
    const other = held.startAt.getTime() === a.startAt.getTime() ? b : a;
    expect(
      (await freeSlotsOf(db.orm, s.book.id, s.type.id)).some((f) => f.startAt.getTime() === other.startAt.getTime()),
    ).toBe(true);
    await agent.booking.release({ holdId: held.holdId });
  });

  it('a confirmation sent twice at once with one key books once, and both get the first answer', async () => {
    const hold = await agent.booking.hold(holdInput((await slotAt(0)).startAt));
    const input = {
      holdId: hold.holdId,
      patient: patientOf(KARI),
      caseId: 'TWIN01',
      idempotencyKey: `confirm-${randomUUID()}`,
    };
    const [first, second] = await Promise.all([agent.booking.confirm(input), agent.booking.confirm(input)]);
    expect(second).toEqual(first);
    expect(first).toMatchObject({ appointmentId: hold.holdId, claimCreated: true, caseId: 'TWIN01' });
    expect(await countRows(db.orm, 'select id from claim where case_id = ?', ['TWIN01'])).toBe(1);
    expect(await countRows(db.orm, 'select id from outbox_message where appointment_id = ?', [hold.holdId])).toBe(1);
    // Replayed later, the stored answer still carries what the statement decided (card, claim, created).
    expect(await agent.booking.confirm(input)).toEqual(first);
  });

  it('two confirmations of one hold with different keys: one booking; the loser writes nothing, not even its patient card', async () => {
    const hold = await agent.booking.hold(holdInput((await slotAt(0)).startAt));
    const results = await Promise.allSettled([
      agent.booking.confirm({
        holdId: hold.holdId,
        patient: patientOf(OLA),
        caseId: 'RACE01',
        idempotencyKey: `c-${randomUUID()}`,
      }),
      agent.booking.confirm({
        holdId: hold.holdId,
        patient: patientOf(PER),
        caseId: 'RACE02',
        idempotencyKey: `c-${randomUUID()}`,
      }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{
      patientId: string;
      caseId: string;
    }>[];
    expect(won).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      cause: { code: 'HOLD_NOT_FOUND' },
    });
    const loser =
      won[0]!.value.caseId === 'RACE01' ? { nationalId: PER, caseId: 'RACE02' } : { nationalId: OLA, caseId: 'RACE01' };
    expect(
      await countRows(db.orm, 'select id from patient where national_id = ? and clinic_id = ?', [
        loser.nationalId,
        s.clinicId,
      ]),
    ).toBe(0);
    expect(await countRows(db.orm, 'select id from claim where case_id = ?', [loser.caseId])).toBe(0);
    expect(await countRows(db.orm, 'select id from outbox_message where appointment_id = ?', [hold.holdId])).toBe(1);
  });

  it('one key for two different holds: the second confirmation is refused and its hold stays a hold', async () => {
    const [h1, h2] = [
      await agent.booking.hold(holdInput((await slotAt(0)).startAt)),
      await agent.booking.hold(holdInput((await slotAt(1)).startAt)),
    ];
    const key = `confirm-${randomUUID()}`;
    const results = await Promise.allSettled([
      agent.booking.confirm({ holdId: h1.holdId, patient: patientOf(KARI), idempotencyKey: key }),
      agent.booking.confirm({ holdId: h2.holdId, patient: patientOf(KARI), idempotencyKey: key }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      cause: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
    const kinds = await db.orm.em
      .fork()
      .execute<{ kind: string }[]>('select kind from appointment where id in (?, ?) order by kind', [
        h1.holdId,
        h2.holdId,
      ]);
    expect(kinds.map((k) => k.kind)).toEqual(['booking', 'hold']);
    const stillHeld = (
      await db.orm.em
        .fork()
        .execute<{ id: string }[]>(`select id from appointment where id in (?, ?) and kind = 'hold'`, [
          h1.holdId,
          h2.holdId,
        ])
    )[0]!;
    await agent.booking.release({ holdId: stillHeld.id });
  });

  it('two bookings of one patient with a new case id at once end with one claim, created once (K5)', async () => {
    const [h1, h2] = [
      await agent.booking.hold(holdInput((await slotAt(0)).startAt)),
      await agent.booking.hold(holdInput((await slotAt(1)).startAt)),
    ];
    const [b1, b2] = await Promise.all([
      agent.booking.confirm({ holdId: h1.holdId, patient: patientOf(OLA), caseId: 'SAME01' }),
      agent.booking.confirm({ holdId: h2.holdId, patient: patientOf(OLA), caseId: 'SAME01' }),
    ]);
    expect(b1.claimId).toBe(b2.claimId);
    expect(b1.patientId).toBe(b2.patientId);
    expect([b1.claimCreated, b2.claimCreated].sort()).toEqual([false, true]);
    expect(await countRows(db.orm, 'select id from claim where case_id = ?', ['SAME01'])).toBe(1);
  });

  it('T3 under contention: two confirmations for one patient at once with a cap of one: exactly one is booked', async () => {
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
          maxSelfBooked: 1,
        },
      },
    });
    const slots = await freeSlotsOf(db.orm, capped.book.id, capped.type.id);
    const colleague = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user,
    );
    const input = (i: number) => ({
      bookId: capped.book.id,
      typeId: capped.type.id,
      tariffCode: capped.tariffCode,
      startAt: slots[i]!.startAt,
    });
    const [h1, h2] = [await agent.booking.hold(input(0)), await colleague.booking.hold(input(1))];
    const results = await Promise.allSettled([
      agent.booking.confirm({ holdId: h1.holdId, patient: patientOf(PER) }),
      colleague.booking.confirm({ holdId: h2.holdId, patient: patientOf(PER) }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      cause: { code: 'MAX_SELF_BOOKED' },
    });
    expect(
      await countRows(
        db.orm,
        `select a.id from appointment a join patient p on p.id = a.patient_id where p.national_id = ? and a.clinic_id = ? and a.kind = 'booking'`,
        [PER, clinicC.id],
      ),
    ).toBe(1);
  });

  it('a hold removes the free slots its interval overlaps, and only those', async () => {
    const [first, next] = [await slotAt(0), await slotAt(1)];
    // A row overlapping the first slot (as another type's slot on a finer grid would), written as the engine writes free time.
    const mid = new Date(first.startAt.getTime() + 5 * 60_000);
    await db.orm.em
      .fork()
      .execute('insert into free_slot (book_id, type_id, start_at, end_at) values (?, ?, ?, ?)', [
        s.book.id,
        s.type.id,
        mid,
        new Date(mid.getTime() + 10 * 60_000),
      ]);
    const hold = await agent.booking.hold(holdInput(first.startAt));
    const left = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    expect(left.some((f) => f.startAt.getTime() === mid.getTime())).toBe(false);
    expect(left.some((f) => f.startAt.getTime() === first.startAt.getTime())).toBe(false);
    // Back to back is not an overlap.
    expect(left.some((f) => f.startAt.getTime() === next.startAt.getTime())).toBe(
      next.startAt.getTime() >= first.endAt.getTime(),
    );
    await agent.booking.release({ holdId: hold.holdId });
  });
});
