// The clinic's patient card is the clinic's: a booking keeps the details its booker gave and never rewrites the card;
// its notifications go to those details; each insurer's agent sees what its own booking carries.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement, Clinic, Insurer } from '@bn/db';
import { createTestDatabase, createTestNetwork, createUser, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { addDays, osloDate } from '@bn/domain';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';
import { reindexClinics } from '../search/reindex-clinic.js';
import { deliverOutboxMessage } from '../notifications/deliver-outbox-message.js';
import { createOutboxSender } from '../notifications/outbox-sender.js';
import type { OutgoingMessage, Transports } from '../notifications/transports.js';

// Synthetic national identity numbers (month + 80), valid check digits: never a real person.
const KARI = '01819012365';
const OLA = '02819012485';
const PER = '03819012333';

/** Transports that keep what they were given, as a receiver would see it. */
function capturingTransports(): { transports: Transports; sent: (OutgoingMessage & { channel: string })[] } {
  const sent: (OutgoingMessage & { channel: string })[] = [];
  const of = (channel: string) => ({
    send: (m: OutgoingMessage) => (sent.push({ ...m, channel }), Promise.resolve({ deliveryId: randomUUID() })),
  });
  return { transports: { email: of('email'), sms: of('sms'), portal: of('portal') }, sent };
}

describe('a booking keeps its booker’s details; the clinic’s card stays the clinic’s', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  /** Insurer X's agent and insurer Y's agent, both booking at clinic A. */
  let agentX: Caller;
  let agentY: Caller;
  let admin: Caller;
  const today = osloDate(new Date());
  const range = { from: today, to: addDays(today, 60) };
  const kariByY = { nationalId: KARI, name: 'Kari Nordmann', email: 'kari@example.no', phone: '912 34 567' };
  const kariByX = { nationalId: KARI, name: 'Karianne Annen', email: 'annen@example.com', phone: '48 00 00 01' };

  const book = async (
    c: Caller,
    patient: { nationalId: string; name: string; email?: string | null; phone?: string | null },
    caseId: string | null = null,
  ) => {
    const [slot] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    const hold = await c.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: slot!.startAt,
    });
    return c.booking.confirm({ holdId: hold.holdId, patient, caseId });
  };
  const card = async () =>
    (
      await db.orm.em
        .fork()
        .execute<{ name: string; email: string | null; phone: string | null }[]>(
          'select name, email, phone from patient where clinic_id = ? and national_id = ?',
          [s.clinicId, KARI],
        )
    )[0];
  /** Sends the appointment's pending messages of one event and returns where they went. */
  const deliver = async (appointmentId: string, event: string) => {
    const rows = await db.orm.em
      .fork()
      .execute<{ id: string }[]>('select id from outbox_message where appointment_id = ? and event = ? order by kind', [
        appointmentId,
        event,
      ]);
    const { transports, sent } = capturingTransports();
    const sender = createOutboxSender();
    for (const r of rows)
      await deliverOutboxMessage({ em: db.orm.em.fork(), outboxId: r.id, transports, sender, now: () => new Date() });
    return sent.filter((m) => m.channel !== 'portal').map((m) => ({ channel: m.channel, to: m.to }));
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    s = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    // Insurer Y has an agreement with the same clinic, so both insurers' agents book into the same book.
    const em = db.orm.em.fork();
    em.create(Agreement, {
      id: randomUUID(),
      insurer: await em.findOneOrFail(Insurer, { id: n.insurerY.id }),
      clinic: await em.findOneOrFail(Clinic, { id: n.clinicA.id }),
      practitioner: null,
      status: 'approved',
      validFrom: addDays(today, -30),
      validTo: null,
    });
    await em.flush();
    await em.transactional((tx) =>
      reindexClinics({ em: tx, clinicIds: [n.clinicA.id], now: new Date(), freeTime: true }),
    );
    agentX = await callerAs(db.orm, n.users.insurer_agent.user);
    agentY = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerY, name: 'Yngve Agent' })).user,
    );
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
  });
  afterAll(() => db?.drop());

  it('another insurer’s booking for the same national id leaves the card, and Y’s agent still sees Y’s patient name', async () => {
    const byY = await book(agentY, kariByY);
    expect(await card()).toEqual({ name: 'Kari Nordmann', email: 'kari@example.no', phone: '+4791234567' });
    const byX = await book(agentX, kariByX);
    expect(byX.patientId).toBe(byY.patientId);
    expect(await card()).toEqual({ name: 'Kari Nordmann', email: 'kari@example.no', phone: '+4791234567' });
    expect((await agentY.booking.mine(range)).find((b) => b.id === byY.appointmentId)).toMatchObject({
      patientName: 'Kari Nordmann',
    });
    // X's agent sees what X's booking carries: the details X gave.
    expect((await agentX.booking.mine(range)).find((b) => b.id === byX.appointmentId)).toMatchObject({
      patientName: 'Karianne Annen',
    });
  });

  it('the clinic’s cancellation of Y’s booking goes to Y’s address; X’s booking is confirmed to X’s', async () => {
    const byY = await book(agentY, kariByY);
    const byX = await book(agentX, kariByX);
    expect(await deliver(byX.appointmentId, 'booked')).toEqual([{ channel: 'email', to: 'annen@example.com' }]);
    await admin.booking.cancel({
      appointmentId: byY.appointmentId,
      reason: 'Behandleren er syk.',
      onBehalfOf: 'clinic',
    });
    const [notice] = await db.orm.em
      .fork()
      .execute<{ recipient_masked: string }[]>(
        `select recipient_masked from outbox_message where appointment_id = ? and event = 'cancelled' and kind = 'confirmation'`,
        [byY.appointmentId],
      );
    expect(notice?.recipient_masked).toBe('k***@example.no');
    expect(await deliver(byY.appointmentId, 'cancelled')).toEqual([{ channel: 'email', to: 'kari@example.no' }]);
  });

  it('a move notice goes to the booking’s own details, an SMS-only booking by SMS', async () => {
    const byX = await book(agentX, { ...kariByX, email: null });
    const [free] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    await admin.booking.move({ appointmentId: byX.appointmentId, startAt: free!.startAt });
    expect(await deliver(byX.appointmentId, 'moved')).toEqual([{ channel: 'sms', to: '+4748000001' }]);
  });

  it('a new patient gets a card from the booking’s details', async () => {
    const ola = { nationalId: OLA, name: 'Ola Nordmann', email: 'ola@example.no', phone: '+4790000002' };
    const booking = await book(agentX, ola);
    const [row] = await db.orm.em
      .fork()
      .execute<{ name: string; email: string; phone: string }[]>(
        'select name, email, phone from patient where id = ?',
        [booking.patientId],
      );
    expect(row).toEqual({ name: 'Ola Nordmann', email: 'ola@example.no', phone: '+4790000002' });
    expect(
      await countRows(db.orm, 'select id from patient where clinic_id = ? and national_id = ?', [s.clinicId, OLA]),
    ).toBe(1);
  });

  it('a booking carrying no details of its own is notified at the card’s address', async () => {
    const booking = await book(agentY, kariByY);
    // As a booking from before details were kept, or one made without any.
    await db.orm.em
      .fork()
      .execute('update appointment set booked_name = null, booked_phone = null, booked_email = null where id = ?', [
        booking.appointmentId,
      ]);
    await admin.booking.cancel({
      appointmentId: booking.appointmentId,
      reason: 'Behandleren er syk.',
      onBehalfOf: 'clinic',
    });
    expect(await deliver(booking.appointmentId, 'cancelled')).toEqual([{ channel: 'email', to: 'kari@example.no' }]);
  });

  it('the clinic’s book says which agent of which insurer booked', async () => {
    const byY = await book(agentY, kariByY);
    const byX = await book(agentX, kariByX);
    const seen = await admin.appointments.forBooks({ clinicId: n.clinicA.id, bookIds: [s.book.id], ...range });
    const whoBooked = (id: string) => {
      const a = seen.find((x) => x.id === id)!;
      return { source: a.source, agentName: a.agentName, insurerName: a.insurerName };
    };
    expect(whoBooked(byY.appointmentId)).toEqual({
      source: 'agent',
      agentName: 'Yngve Agent',
      insurerName: 'Forsikring Y',
    });
    expect(whoBooked(byX.appointmentId)).toEqual({
      source: 'agent',
      agentName: n.users.insurer_agent.user.name,
      insurerName: 'Forsikring X',
    });
  });

  describe('the clinic sees where a booking differs from its card and takes the details over', () => {
    const perByY = { nationalId: PER, name: 'Per Hansen', email: 'per@example.no', phone: null };
    const perByX = { nationalId: PER, name: 'Per Christian Hansen', email: 'pch@example.com', phone: '+4790000003' };
    let first: { appointmentId: string; patientId: string };
    let second: { appointmentId: string; patientId: string };
    const cardOf = (patientId: string) => admin.patients.get({ patientId });
    const inBook = async (appointmentId: string) =>
      (await admin.appointments.forBooks({ clinicId: n.clinicA.id, bookIds: [s.book.id], ...range })).find(
        (a) => a.id === appointmentId,
      )!;

    beforeAll(async () => {
      first = await book(agentY, perByY);
      second = await book(agentX, perByX);
    });

    it('the card and the book show, field by field, what the other booker gave and what the card holds', async () => {
      const card = await cardOf(first.patientId);
      expect(card).toMatchObject({ name: 'Per Hansen', email: 'per@example.no', phone: null });
      expect(card.bookings.find((b) => b.id === first.appointmentId)!.detailDifferences).toEqual([]);
      const differences = [
        { field: 'name', card: 'Per Hansen', booking: 'Per Christian Hansen' },
        { field: 'phone', card: null, booking: '+4790000003' },
        { field: 'email', card: 'per@example.no', booking: 'pch@example.com' },
      ];
      expect(card.bookings.find((b) => b.id === second.appointmentId)!.detailDifferences).toEqual(differences);
      expect((await inBook(second.appointmentId)).detailDifferences).toEqual(differences);
      expect((await inBook(first.appointmentId)).detailDifferences).toEqual([]);
    });

    it('only the clinic’s own admins may take them over; nothing changes for a refused call', async () => {
      const practitioner = await callerAs(db.orm, n.users.practitioner.user);
      expect(
        await failureOf(practitioner.patients.takeOverBookingDetails({ appointmentId: second.appointmentId })),
      ).toMatchObject({ data: { code: 'FORBIDDEN' } });
      expect(
        await failureOf(agentX.patients.takeOverBookingDetails({ appointmentId: second.appointmentId })),
      ).toMatchObject({ data: { code: 'FORBIDDEN' } });
      const otherAdmin = await callerAs(
        db.orm,
        (await createUser(db.orm.em.fork(), { role: 'clinic_admin', clinics: [n.clinicB] })).user,
      );
      expect(
        await failureOf(otherAdmin.patients.takeOverBookingDetails({ appointmentId: second.appointmentId })),
      ).toMatchObject({ data: { appCode: 'NOT_FOUND' } });
      expect(await failureOf(admin.patients.takeOverBookingDetails({ appointmentId: randomUUID() }))).toMatchObject({
        data: { appCode: 'NOT_FOUND' },
      });
      expect(await cardOf(first.patientId)).toMatchObject({ name: 'Per Hansen', email: 'per@example.no', phone: null });
    });

    it('one action takes every differing detail over, is logged, and leaves what each agent sees alone', async () => {
      expect(await admin.patients.takeOverBookingDetails({ appointmentId: second.appointmentId })).toEqual({
        patientId: first.patientId,
        taken: ['name', 'phone', 'email'],
      });
      const card = await cardOf(first.patientId);
      expect(card).toMatchObject({ name: 'Per Christian Hansen', email: 'pch@example.com', phone: '+4790000003' });
      expect(card.bookings.find((b) => b.id === second.appointmentId)!.detailDifferences).toEqual([]);
      // Now Y's booking is the one that says something else; Y's phone it never gave is no difference.
      expect(card.bookings.find((b) => b.id === first.appointmentId)!.detailDifferences.map((d) => d.field)).toEqual([
        'name',
        'email',
      ]);
      const log = await admin.accessLog.forPatient({ patientId: first.patientId });
      expect(log).toContainEqual(
        expect.objectContaining({
          action: 'update_patient',
          actorName: n.users.clinic_admin.user.name,
          what: expect.stringMatching(/^navn, telefon og e-post tatt over fra timen \d\d\.\d\d\.\d{4} \d\d:\d\d$/),
        }),
      );
      expect((await agentY.booking.mine(range)).find((b) => b.id === first.appointmentId)).toMatchObject({
        patientName: 'Per Hansen',
      });
      // Y's booking is still notified at the address Y gave.
      await admin.booking.cancel({
        appointmentId: first.appointmentId,
        reason: 'Behandleren er syk.',
        onBehalfOf: 'clinic',
      });
      expect(await deliver(first.appointmentId, 'cancelled')).toEqual([{ channel: 'email', to: 'per@example.no' }]);
    });

    it('taking over again changes nothing and logs nothing', async () => {
      const before = await countRows(
        db.orm,
        `select id from access_log_entry where patient_id = ? and action = 'update_patient'`,
        [first.patientId],
      );
      expect(await admin.patients.takeOverBookingDetails({ appointmentId: second.appointmentId })).toEqual({
        patientId: first.patientId,
        taken: [],
      });
      expect(
        await countRows(db.orm, `select id from access_log_entry where patient_id = ? and action = 'update_patient'`, [
          first.patientId,
        ]),
      ).toBe(before);
    });

    it('a booking that gave only a phone number takes over the name and phone, and the card keeps its e-mail', async () => {
      const bySms = await book(agentY, { nationalId: PER, name: 'Per C. Hansen', phone: '+4790000004' });
      expect(await admin.patients.takeOverBookingDetails({ appointmentId: bySms.appointmentId })).toMatchObject({
        taken: ['name', 'phone'],
      });
      expect(await cardOf(first.patientId)).toMatchObject({
        name: 'Per C. Hansen',
        email: 'pch@example.com',
        phone: '+4790000004',
      });
    });
  });
});
