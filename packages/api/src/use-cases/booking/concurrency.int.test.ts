// Double booking is impossible: concurrent holds on one slot have exactly one winner, the database refuses an
// overlapping row even past the use cases, and a retried request (idempotency key) never books twice.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, createUser, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

const KARI = '01819012365';

describe('booking under contention', () => {
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

  const slotAt = async (i: number) => (await freeSlotsOf(db.orm, s.book.id, s.type.id))[i]!;
  const holdInput = (startAt: Date) => ({ bookId: s.book.id, typeId: s.type.id, tariffCode: s.tariffCode, startAt });
  const patient = { nationalId: KARI, name: 'Kari Nordmann', email: 'kari@example.no' };

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
      Array.from({ length: 20 }, async () => callerAs(db.orm, (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user)),
    );
    const results = await Promise.allSettled(agents.map((a) => a.booking.hold(holdInput(slot.startAt))));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ cause: { code: 'SLOT_TAKEN' } });
    }
    expect(await countRows(db.orm, `select id from appointment where book_id = ? and start_at = ? and status = 'active'`, [s.book.id, slot.startAt])).toBe(1);
  });

  it('a retried hold and confirm with the same idempotency keys return the first results and book once', async () => {
    const slot = await slotAt(0);
    const holdKey = `hold-${randomUUID()}`;
    const confirmKey = `confirm-${randomUUID()}`;
    const hold = await agent.booking.hold({ ...holdInput(slot.startAt), idempotencyKey: holdKey });
    expect(await agent.booking.hold({ ...holdInput(slot.startAt), idempotencyKey: holdKey })).toEqual(hold);
    const booking = await agent.booking.confirm({ holdId: hold.holdId, patient, caseId: 'RETRY1', idempotencyKey: confirmKey });
    const again = await agent.booking.confirm({ holdId: hold.holdId, patient, caseId: 'RETRY1', idempotencyKey: confirmKey });
    expect(again).toEqual(booking);
    expect(again.startAt).toBeInstanceOf(Date);
    expect(await countRows(db.orm, `select id from appointment where book_id = ? and start_at = ? and kind = 'booking'`, [s.book.id, slot.startAt])).toBe(1);
    expect(await countRows(db.orm, 'select id from outbox_message where appointment_id = ?', [booking.appointmentId])).toBe(1);
  });

  it('the same key with a different body is refused (IDEMPOTENCY_KEY_REUSED), also as a header', async () => {
    const [a, b] = [await slotAt(0), await slotAt(1)];
    const key = `hold-${randomUUID()}`;
    const first = await agent.booking.hold({ ...holdInput(a.startAt), idempotencyKey: key });
    expect(await failureOf(agent.booking.hold({ ...holdInput(b.startAt), idempotencyKey: key }))).toMatchObject({
      data: { appCode: 'IDEMPOTENCY_KEY_REUSED', httpStatus: 409 },
    });
    // Keys are scoped to the actor: another agent may use the same key for its own request.
    const other = await callerAs(db.orm, (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user);
    const theirs = await other.booking.hold({ ...holdInput(b.startAt), idempotencyKey: key });
    expect(theirs.holdId).not.toBe(first.holdId);
    await agent.booking.release({ holdId: first.holdId });
    await other.booking.release({ holdId: theirs.holdId });
  });

  it('concurrent requests with one key run once and all get the same answer', async () => {
    const slot = await slotAt(0);
    const key = `hold-${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => agent.booking.hold({ ...holdInput(slot.startAt), idempotencyKey: key })));
    expect(new Set(results.map((r) => r.holdId)).size).toBe(1);
    expect(await countRows(db.orm, `select id from appointment where book_id = ? and start_at = ? and status = 'active'`, [s.book.id, slot.startAt])).toBe(1);
  });

  it('a failed request stores no key: the retry runs again', async () => {
    const slot = await slotAt(0);
    const key = `hold-${randomUUID()}`;
    const blocker = await agent.booking.hold(holdInput(slot.startAt));
    expect(await failureOf(agent.booking.hold({ ...holdInput(slot.startAt), idempotencyKey: key }))).toMatchObject({ data: { appCode: 'SLOT_TAKEN' } });
    await agent.booking.release({ holdId: blocker.holdId });
    expect((await agent.booking.hold({ ...holdInput(slot.startAt), idempotencyKey: key })).startAt).toEqual(slot.startAt);
  });

  it('a free-time row left behind by a race is healed when the safety net fires', async () => {
    const slot = await slotAt(0);
    // Simulate the race: a booking commits while a rebuild re-inserts the slot it took.
    const hold = await agent.booking.hold(holdInput(slot.startAt));
    await db.orm.em.fork().execute('insert into free_slot (book_id, type_id, start_at, end_at) values (?, ?, ?, ?)', [s.book.id, s.type.id, slot.startAt, slot.endAt]);
    expect(await failureOf(agent.booking.hold(holdInput(slot.startAt)))).toMatchObject({ data: { appCode: 'SLOT_TAKEN' } });
    expect((await freeSlotsOf(db.orm, s.book.id, s.type.id)).some((f) => f.startAt.getTime() === slot.startAt.getTime())).toBe(false);
    await agent.booking.release({ holdId: hold.holdId });
  });
});
