// Resending the patient's confirmation (issue 14): the insurer's own bookings only, through the outbox like the first
// (so delivered and logged the same way), at most three times an hour per booking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, createUser, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { RESEND_LIMIT_PER_HOUR } from '@bn/domain';
import { callerAs, failureOf, refusalText, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

describe('booking.resendConfirmation', () => {
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

  const book = async () => {
    const [free] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    const hold = await agent.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: free!.startAt,
    });
    return agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: '02819012485', name: 'Ola Nordmann', email: 'ola@example.no' },
    });
  };
  const confirmations = (appointmentId: string) =>
    db.orm.em.fork().execute<{ event: string; channel: string; recipient_masked: string; subject: string }[]>(
      `select event, channel, recipient_masked, payload->>'subject' as subject from outbox_message
         where appointment_id = ? and kind = 'confirmation' order by created_at`,
      [appointmentId],
    );

  it('writes one more confirmation to the outbox, to the booking’s address, like the first', async () => {
    const booking = await book();
    expect(await agent.booking.resendConfirmation({ appointmentId: booking.appointmentId })).toEqual({
      recipient: 'o***@example.no',
    });
    const rows = await confirmations(booking.appointmentId);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({ ...rows[0], recipient_masked: 'o***@example.no' });
  });

  it(`a colleague at the same insurer may resend; after ${RESEND_LIMIT_PER_HOUR} in an hour RESEND_LIMIT_REACHED, in words`, async () => {
    const booking = await book();
    const colleague = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user,
    );
    for (let i = 0; i < RESEND_LIMIT_PER_HOUR; i++)
      await (i % 2 ? colleague : agent).booking.resendConfirmation({ appointmentId: booking.appointmentId });
    const refused = await failureOf(agent.booking.resendConfirmation({ appointmentId: booking.appointmentId }));
    expect(refused).toMatchObject({
      data: { appCode: 'RESEND_LIMIT_REACHED', values: { limit: RESEND_LIMIT_PER_HOUR, retryAfterMinutes: 60 } },
    });
    expect(refusalText(refused)).toBe(
      'Bekreftelsen er allerede sendt på nytt 3 ganger den siste timen. Prøv igjen om 60 minutter.',
    );
    expect(await confirmations(booking.appointmentId)).toHaveLength(1 + RESEND_LIMIT_PER_HOUR);
    // An hour later the oldest resend no longer counts.
    await db.orm.em
      .fork()
      .execute(`update outbox_message set created_at = created_at - interval '61 minutes' where appointment_id = ?`, [
        booking.appointmentId,
      ]);
    await agent.booking.resendConfirmation({ appointmentId: booking.appointmentId });
  });

  it('another insurer’s agent gets NOT_FOUND and nothing is written; a cancelled booking is APPOINTMENT_NOT_ACTIVE', async () => {
    const booking = await book();
    const other = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerY })).user,
    );
    expect(await failureOf(other.booking.resendConfirmation({ appointmentId: booking.appointmentId }))).toMatchObject({
      data: { appCode: 'NOT_FOUND' },
    });
    expect(
      await countRows(db.orm, `select id from outbox_message where appointment_id = ? and kind = 'confirmation'`, [
        booking.appointmentId,
      ]),
    ).toBe(1);
    await db.orm.em
      .fork()
      .execute(`update appointment set status = 'cancelled', cancelled_at = now() where id = ?`, [
        booking.appointmentId,
      ]);
    expect(await failureOf(agent.booking.resendConfirmation({ appointmentId: booking.appointmentId }))).toMatchObject({
      data: { appCode: 'APPOINTMENT_NOT_ACTIVE' },
    });
  });
});
