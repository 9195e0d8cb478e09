// Before confirming, the agent is warned when the time can no longer be changed or cancelled (issue 14): the hold's
// answer says until when the booking could be changed and whether it still could, by the domain's rule (T3) — the
// same «Mine bookinger», cancel and move apply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createTestDatabase,
  createTestNetwork,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { addDays, NO_RESTRICTIONS, osloDate } from '@bn/domain';
import { callerAs } from '../../testing/index.js';
import { createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

const HOUR = 3_600_000;

describe('booking.hold: until when the booking could be changed', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  /** Cancelling and moving online close 24 hours before the appointment. */
  let book24: BookableSetup;
  /** No cancelling online at all. */
  let noCancel: BookableSetup;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    book24 = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
      book: { restrictions: { ...NO_RESTRICTIONS, cancellationDeadlineHours: 24 } },
    });
    noCancel = await createBookableSetup(db.orm.em.fork(), {
      clinic: await createClinic(db.orm.em.fork()),
      insurer: n.insurerX,
      book: { restrictions: { ...NO_RESTRICTIONS, cancellationAllowed: false } },
    });
  });
  afterAll(() => db?.drop());

  const agentAt = (now: Date) => callerAs(db.orm, n.users.insurer_agent.user, { now: () => now });
  /** The setup's earliest free time (each hold takes it), held by an agent whose clock says `before` ms before it. */
  const holdAt = async (s: BookableSetup, before: number) => {
    const [slot] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    if (!slot) throw new Error('no free time left');
    const agent = await agentAt(new Date(slot.startAt.getTime() - before));
    const hold = await agent.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: slot.startAt,
    });
    return { agent, hold, deadline: new Date(slot.startAt.getTime() - 24 * HOUR) };
  };

  it('a time whose deadline has passed: canChange false, with the deadline; «Mine bookinger» then says the same', async () => {
    const { agent, hold, deadline } = await holdAt(book24, 10 * HOUR);
    expect(hold).toMatchObject({ changeableUntil: deadline, canChange: false });

    const booked = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: '02819012485', name: 'Ola Nordmann', phone: '912 34 567' },
    });
    const today = osloDate(booked.startAt);
    const mine = await agent.booking.mine({ from: addDays(today, -1), to: addDays(today, 1) });
    expect(mine.find((b) => b.id === booked.appointmentId)).toMatchObject({
      changeableUntil: deadline,
      canChange: false,
    });
  });

  it('before the deadline, and at it exactly, the booking could still be changed', async () => {
    const early = await holdAt(book24, 48 * HOUR);
    expect(early.hold).toMatchObject({ changeableUntil: early.deadline, canChange: true });
    const atDeadline = await holdAt(book24, 24 * HOUR);
    expect(atDeadline.hold).toMatchObject({ changeableUntil: atDeadline.deadline, canChange: true });
    const justAfter = await holdAt(book24, 24 * HOUR - 60_000);
    expect(justAfter.hold).toMatchObject({ changeableUntil: justAfter.deadline, canChange: false });
  });

  it('a book × type without cancelling online: no deadline to name, and no change', async () => {
    const { hold } = await holdAt(noCancel, 72 * HOUR);
    expect(hold).toMatchObject({ changeableUntil: null, canChange: false });
  });
});
