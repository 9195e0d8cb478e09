// The clinic's notification log names the booking each message is about (its time, its practitioner) and the
// recipient masked, never the whole address; only the clinic's own admins read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

describe('the notification log', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let a: BookableSetup;
  let b: BookableSetup;
  let agent: Caller;
  let admin: Caller;
  const booked: Record<string, { appointmentId: string; startAt: Date }> = {};

  const book = async (s: BookableSetup, contact: { email?: string; phone?: string }, nationalId: string) => {
    const [slot] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    const hold = await agent.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: slot!.startAt,
    });
    const done = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId, name: 'Kari Nordmann', ...contact },
    });
    return { appointmentId: done.appointmentId, startAt: new Date(slot!.startAt) };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    a = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    b = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicB,
      insurer: n.insurerX,
      practitioner: n.practitionerB,
    });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    booked.email = await book(a, { email: 'kari.nordmann@example.no' }, '01819012365');
    booked.phone = await book(a, { phone: '+4791234678' }, '02819012485');
    booked.other = await book(b, { email: 'ola@example.no' }, '01819012365');
  });
  afterAll(() => db?.drop());

  it('names the booking each message is about: its time and its practitioner', async () => {
    const log = await admin.notifications.log({ clinicId: n.clinicA.id });
    const byEmail = log.find((r) => r.recipient === 'k***@example.no');
    const bySms = log.find((r) => r.channel === 'sms');
    expect(byEmail).toMatchObject({
      kind: 'confirmation',
      event: 'booked',
      booking: { startAt: booked.email!.startAt, practitionerName: n.practitionerA.name },
    });
    expect(bySms).toMatchObject({
      recipient: '+47 *** ** 678',
      booking: { startAt: booked.phone!.startAt, practitionerName: n.practitionerA.name },
    });
  });

  it('never holds the whole address, the national id, or another clinic’s messages', async () => {
    const text = JSON.stringify(await admin.notifications.log({ clinicId: n.clinicA.id }));
    for (const secret of ['kari.nordmann@example.no', '91234678', '01819012365', '02819012485', 'ola@example.no'])
      expect(text).not.toContain(secret);
    expect(text).not.toContain(n.practitionerB.name);
  });

  it('is the clinic admin’s alone, and its own clinic’s', async () => {
    expect(await failureOf(admin.notifications.log({ clinicId: n.clinicB.id }))).toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    for (const role of ['support', 'network_operator', 'practitioner', 'insurer_agent'] as const) {
      const other = await callerAs(db.orm, n.users[role].user);
      expect(await failureOf(other.notifications.log({ clinicId: n.clinicA.id })), role).toMatchObject({
        data: { code: 'FORBIDDEN' },
      });
    }
  });
});
