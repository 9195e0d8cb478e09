// An insurer app books for its patient through the same use cases as the agent (issue 13): the same hold and
// confirmation, the same idempotency store (scoped to the app's key), the appointment's source and creator as the trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { AppError, addDays, agentBooker, insurerAppBooker, osloDate } from '@bn/domain';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';
import { holdSlot } from './hold-slot.js';
import { confirmBooking } from './confirm-booking.js';
import { releaseHold } from './release-hold.js';
import { cancelBooking } from './cancel-booking.js';
import { moveBooking } from './move-booking.js';

async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (e) {
    // An AppError's message is its code (errors.ts).
    if (e instanceof AppError) return e.message;
    throw e;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

describe('booking through an insurer app', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  let agent: Caller;
  let clinic: Caller;
  const today = osloDate(new Date());
  const app = () => insurerAppBooker('key-x-1', n.insurerX.id);
  const em = () => db.orm.em.fork();
  const now = () => new Date();

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    s = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
    clinic = await callerAs(db.orm, n.users.clinic_admin.user);
  });
  afterAll(() => db?.drop());

  const slotAt = async (i: number) => (await freeSlotsOf(db.orm, s.book.id, s.type.id))[i]!;
  const holdInput = (startAt: Date) => ({ bookId: s.book.id, typeId: s.type.id, tariffCode: s.tariffCode, startAt });
  // A synthetic national identity number (month + 80): never a real person.
  const patient = { nationalId: '02819012485', name: 'Ola Nordmann', phone: '912 34 567', email: null };

  async function bookThroughApp(i: number | Date, key?: string) {
    const slot = typeof i === 'number' ? await slotAt(i) : { startAt: i };
    const hold = await holdSlot({
      em: em(),
      booker: app(),
      input: holdInput(slot.startAt),
      idempotencyKey: key,
      now: now(),
    });
    const booking = await confirmBooking({
      em: em(),
      booker: app(),
      input: { holdId: hold.holdId, patient, caseId: 'APP42', patientRemark: null },
      idempotencyKey: key,
      now: now(),
    });
    return { slot, hold, booking };
  }

  it('books into the clinic’s book with source insurer_app, the case id and the claim (K1, K5)', async () => {
    const { booking } = await bookThroughApp(0);
    expect(booking).toMatchObject({ caseId: 'APP42', claimCreated: true, note: 'SakID: APP42', paidByPatient: false });
    const [row] = await em().execute<Record<string, unknown>[]>(
      'select kind, source, insurer_id, created_by, booked_name from appointment where id = ?',
      [booking.appointmentId],
    );
    expect(row).toEqual({
      kind: 'booking',
      source: 'insurer_app',
      insurer_id: n.insurerX.id,
      created_by: 'insurer-app:key-x-1',
      booked_name: 'Ola Nordmann',
    });
    const from = today;
    const seen = await clinic.appointments.forBooks({
      clinicId: n.clinicA.id,
      bookIds: [s.book.id],
      from,
      to: addDays(from, 60),
    });
    // The clinic's «Bestilt av» says «Appen til Forsikring X»: the app's insurer, and no agent.
    expect(seen.find((a) => a.id === booking.appointmentId)).toMatchObject({
      source: 'insurer_app',
      viaNetwork: true,
      insurerName: 'Forsikring X',
      agentName: null,
    });
  });

  it('a retry with the same idempotency key answers the first answer; the same key with another request is refused', async () => {
    const first = await bookThroughApp(1, 'retry-0001');
    const again = await bookThroughApp(first.slot.startAt, 'retry-0001');
    // The slot is taken now, but the key replays both steps: the same hold, the same booking.
    expect(again).toMatchObject({ hold: { holdId: first.hold.holdId }, booking: first.booking });
    const other = await slotAt(1);
    expect(
      await refusal(
        holdSlot({
          em: em(),
          booker: app(),
          input: holdInput(other.startAt),
          idempotencyKey: 'retry-0001',
          now: now(),
        }),
      ),
    ).toBe('IDEMPOTENCY_KEY_REUSED');
    // An agent's key of the same name is another scope: it is not the app's answer.
    const byAgent = await agent.booking.hold({ ...holdInput(other.startAt), idempotencyKey: 'retry-0001' });
    expect(byAgent.holdId).not.toBe(first.hold.holdId);
    await agent.booking.release({ holdId: byAgent.holdId });
  });

  it('a hold is its booker’s: neither an agent of the same insurer nor another key confirms or releases it', async () => {
    const slot = await slotAt(2);
    const hold = await holdSlot({ em: em(), booker: app(), input: holdInput(slot.startAt), now: now() });
    expect(await failureOf(agent.booking.confirm({ holdId: hold.holdId, patient }))).toMatchObject({
      data: { appCode: 'HOLD_NOT_FOUND' },
    });
    const otherKey = insurerAppBooker('key-x-2', n.insurerX.id);
    expect(await refusal(releaseHold({ em: em(), booker: otherKey, holdId: hold.holdId }))).toBe('HOLD_NOT_FOUND');
    expect(await releaseHold({ em: em(), booker: app(), holdId: hold.holdId })).toEqual({ released: true });
    expect((await freeSlotsOf(db.orm, s.book.id, s.type.id)).some((f) => +f.startAt === +slot.startAt)).toBe(true);
  });

  it('the insurer’s apps change their bookings (a rotated key too); an agent or another insurer’s app gets NOT_FOUND', async () => {
    const { booking } = await bookThroughApp(3);
    const target = await slotAt(5);
    const input = { appointmentId: booking.appointmentId, startAt: target.startAt };
    const otherInsurer = insurerAppBooker('key-y-1', n.insurerY.id);
    expect(await refusal(moveBooking({ em: em(), actor: otherInsurer, input, now: now() }))).toBe('NOT_FOUND');
    const agentOfX = agentBooker(n.users.insurer_agent.user.id, n.insurerX.id);
    expect(await refusal(moveBooking({ em: em(), actor: agentOfX, input, now: now() }))).toBe('NOT_FOUND');
    const rotated = insurerAppBooker('key-x-2', n.insurerX.id);
    const moved = await moveBooking({ em: em(), actor: rotated, input, now: now() });
    expect(moved).toMatchObject({ appointmentId: booking.appointmentId, startAt: target.startAt, caseId: 'APP42' });
    expect(
      await refusal(
        cancelBooking({
          em: em(),
          actor: otherInsurer,
          input: { appointmentId: booking.appointmentId, reason: null },
          now: now(),
        }),
      ),
    ).toBe('NOT_FOUND');
    const cancelled = await cancelBooking({
      em: em(),
      actor: app(),
      input: { appointmentId: booking.appointmentId, reason: null },
      now: now(),
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: 'patient' });
  });
});
