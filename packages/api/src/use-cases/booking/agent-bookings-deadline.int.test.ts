// «Mine bookinger» tells the agent until when each booking can still be cancelled or moved (T3), by the same rule
// cancel and move enforce, and names the practitioner, book, type and tariff a move looks up new times by.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createTestDatabase,
  createTestNetwork,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { addDays, NO_RESTRICTIONS, osloDate } from '@bn/domain';
import { callerAs, failureOf, refusalText } from '../../testing/index.js';
import { createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

const OLA = '02819012485';
const HOUR = 3_600_000;

describe('«Mine bookinger»: until when a booking can be changed', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  /** Cancelling online closes 24 hours before the appointment (the book's restriction). */
  let book24: BookableSetup;
  /** The book says 24 hours, but the type has its own limits on: 48 hours (the type wins, T3). */
  let type48: BookableSetup;
  /** No cancelling online at all. */
  let noCancel: BookableSetup;
  const today = osloDate(new Date());
  const range = { from: today, to: addDays(today, 60) };

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    const deadline24 = { ...NO_RESTRICTIONS, cancellationDeadlineHours: 24 };
    // One set-up per clinic: a second department in a clinic would need registering with the network first (D2).
    const insurer = n.insurerX;
    book24 = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer,
      practitioner: n.practitionerA,
      book: { restrictions: deadline24 },
    });
    type48 = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicB,
      insurer,
      practitioner: n.practitionerB,
      book: { restrictions: deadline24 },
      type: { ownLimits: { ...NO_RESTRICTIONS, cancellationDeadlineHours: 48 } },
    });
    noCancel = await createBookableSetup(db.orm.em.fork(), {
      clinic: await createClinic(db.orm.em.fork()),
      insurer,
      book: { restrictions: { ...NO_RESTRICTIONS, cancellationAllowed: false } },
    });
  });
  afterAll(() => db?.drop());

  const agentAt = (now?: Date) => callerAs(db.orm, n.users.insurer_agent.user, now ? { now: () => now } : {});
  const book = async (s: BookableSetup, caseId: string | null = 'FRIST1') => {
    const agent = await agentAt();
    const [slot] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    const hold = await agent.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: slot!.startAt,
    });
    return agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: OLA, name: 'Ola Nordmann', email: 'ola@example.no' },
      caseId,
    });
  };
  /** The booking as «Mine bookinger» shows it to an agent whose clock says `now`. */
  const listed = async (appointmentId: string, now: Date) =>
    (await (await agentAt(now)).booking.mine(range)).find((b) => b.id === appointmentId)!;

  it('names what a move needs: the practitioner, book, type and tariff with their names', async () => {
    const booking = await book(book24);
    const row = await listed(booking.appointmentId, new Date());
    expect(row).toMatchObject({
      practitionerId: n.practitionerA.id,
      practitionerName: n.practitionerA.name,
      bookId: book24.book.id,
      typeId: book24.type.id,
      typeName: book24.type.name,
      tariffCode: book24.tariffCode,
      tariffName: book24.insuranceTariff.name,
      caseId: 'FRIST1',
      status: 'active',
    });
  });

  it('before the deadline, up to and including it, the booking can be changed; after it, not — and cancel and move agree', async () => {
    const booking = await book(book24);
    const deadline = new Date(booking.startAt.getTime() - 24 * HOUR);
    const before = await listed(booking.appointmentId, new Date(deadline.getTime() - HOUR));
    expect(before).toMatchObject({ changeableUntil: deadline, canChange: true });
    expect(await listed(booking.appointmentId, deadline)).toMatchObject({ changeableUntil: deadline, canChange: true });
    const after = await listed(booking.appointmentId, new Date(deadline.getTime() + 60_000));
    expect(after).toMatchObject({ changeableUntil: deadline, canChange: false });

    // What the list says is what the server does at that moment.
    const target = (await freeSlotsOf(db.orm, book24.book.id, book24.type.id)).find(
      (f) => f.startAt > booking.startAt,
    )!;
    const late = await agentAt(new Date(deadline.getTime() + 60_000));
    const refusedMove = await failureOf(
      late.booking.move({ appointmentId: booking.appointmentId, startAt: target.startAt }),
    );
    expect(refusedMove).toMatchObject({
      data: { appCode: 'CANCELLATION_DEADLINE_PASSED', values: { reason: 'move_deadline_passed', hours: 24 } },
    });
    // The move's own sentence, not the cancellation's.
    expect(refusalText(refusedMove)).toMatch(/^Fristen for å flytte timen på nett var .+ \(24 timer før timen\)\./);
    expect(await failureOf(late.booking.cancel({ appointmentId: booking.appointmentId }))).toMatchObject({
      data: { appCode: 'CANCELLATION_DEADLINE_PASSED' },
    });
    const early = await agentAt(new Date(deadline.getTime() - HOUR));
    const moved = await early.booking.move({
      appointmentId: booking.appointmentId,
      startAt: target.startAt,
      idempotencyKey: randomUUID(),
    });
    expect(moved).toMatchObject({ appointmentId: booking.appointmentId, startAt: target.startAt, caseId: 'FRIST1' });

    // Moved, the deadline follows the new time.
    const newDeadline = new Date(target.startAt.getTime() - 24 * HOUR);
    expect(await listed(booking.appointmentId, new Date(newDeadline.getTime() - HOUR))).toMatchObject({
      startAt: target.startAt,
      changeableUntil: newDeadline,
      canChange: true,
    });
    expect(await listed(booking.appointmentId, new Date(newDeadline.getTime() + HOUR))).toMatchObject({
      changeableUntil: newDeadline,
      canChange: false,
    });
  });

  it('the type’s own limits win over the book’s: 48 hours, not 24', async () => {
    const booking = await book(type48);
    const deadline = new Date(booking.startAt.getTime() - 48 * HOUR);
    expect(await listed(booking.appointmentId, new Date(deadline.getTime() - HOUR))).toMatchObject({
      changeableUntil: deadline,
      canChange: true,
    });
    const between = new Date(booking.startAt.getTime() - 30 * HOUR);
    expect(await listed(booking.appointmentId, between)).toMatchObject({ changeableUntil: deadline, canChange: false });
    expect(
      await failureOf((await agentAt(between)).booking.cancel({ appointmentId: booking.appointmentId })),
    ).toMatchObject({ data: { appCode: 'CANCELLATION_DEADLINE_PASSED' } });
  });

  it('with cancelling online switched off there is no deadline to show, and nothing can be changed', async () => {
    const booking = await book(noCancel, null);
    const weekBefore = new Date(booking.startAt.getTime() - 7 * 24 * HOUR);
    expect(await listed(booking.appointmentId, weekBefore)).toMatchObject({
      changeableUntil: null,
      canChange: false,
      caseId: null,
    });
    expect(
      await failureOf((await agentAt(weekBefore)).booking.cancel({ appointmentId: booking.appointmentId })),
    ).toMatchObject({
      data: { appCode: 'CANCELLATION_DEADLINE_PASSED', values: { reason: 'cancellation_off' } },
    });
    const target = (await freeSlotsOf(db.orm, noCancel.book.id, noCancel.type.id)).find(
      (f) => f.startAt > booking.startAt,
    )!;
    const refusedMove = await failureOf(
      (await agentAt(weekBefore)).booking.move({ appointmentId: booking.appointmentId, startAt: target.startAt }),
    );
    expect(refusedMove).toMatchObject({ data: { values: { reason: 'move_off' } } });
    expect(refusalText(refusedMove)).toBe('Timen kan ikke flyttes på nett. Kontakt klinikken.');
  });

  it('a cancelled booking keeps its deadline for the record but can no longer be changed', async () => {
    const booking = await book(book24);
    const early = new Date(booking.startAt.getTime() - 48 * HOUR);
    await (await agentAt(early)).booking.cancel({ appointmentId: booking.appointmentId });
    expect(await listed(booking.appointmentId, early)).toMatchObject({
      status: 'cancelled',
      canChange: false,
      changeableUntil: new Date(booking.startAt.getTime() - 24 * HOUR),
    });
  });
});
