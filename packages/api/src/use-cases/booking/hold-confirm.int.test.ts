// An agent books through the API: hold a slot from the search, confirm it with the patient's details (K1, K3–K6, T3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createTestDatabase,
  createTestNetwork,
  createUser,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { addDays, osloDate } from '@bn/domain';
import { callerAs, failureOf, issueTexts, refusalText, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';
import { sweepExpiredHolds } from './sweep-expired-holds.js';

// Synthetic national identity numbers (month + 80), valid check digits: never a real person.
export const PATIENTS = { kari: '01819012365', ola: '02819012485', per: '03819012333' };

describe('booking: hold and confirm', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  let agent: Caller;
  const today = osloDate(new Date());
  const search = (c: Caller) => c.search.network({ from: today, to: addDays(today, 60), limit: 100 });

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    s = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
      type: { notificationsOn: true, automaticDialog: 'Velkommen! Ta gjerne med treningstøy.' },
    });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
  });
  afterAll(() => db?.drop());

  const slotAt = async (i: number) => (await freeSlotsOf(db.orm, s.book.id, s.type.id))[i]!;
  const holdInput = (startAt: Date) => ({ bookId: s.book.id, typeId: s.type.id, tariffCode: s.tariffCode, startAt });
  const patient = (nationalId = PATIENTS.kari) => ({
    nationalId,
    name: 'Kari Nordmann',
    email: 'kari@example.no',
    phone: '912 34 567',
  });

  it('checks the synthetic test numbers used here', async () => {
    const { parseNationalId } = await import('@bn/domain');
    for (const id of Object.values(PATIENTS))
      expect(parseNationalId(id)).toMatchObject({ valid: true, synthetic: true });
  });

  it('a hold takes the slot out of the search at once and lasts five minutes', async () => {
    const slot = await slotAt(0);
    expect((await search(agent)).hits.some((h) => h.startAt.getTime() === slot.startAt.getTime())).toBe(true);
    const before = Date.now();
    const hold = await agent.booking.hold(holdInput(slot.startAt));
    expect(hold).toMatchObject({
      bookId: s.book.id,
      startAt: slot.startAt,
      endAt: slot.endAt,
      tariffCode: s.tariffCode,
    });
    expect(hold.expiresAt.getTime() - before).toBeGreaterThanOrEqual(5 * 60_000 - 1000);
    expect((await search(agent)).hits.some((h) => h.startAt.getTime() === slot.startAt.getTime())).toBe(false);
    expect(await failureOf(agent.booking.hold(holdInput(slot.startAt)))).toMatchObject({
      data: { appCode: 'SLOT_TAKEN', httpStatus: 409 },
    });
  });

  it('confirming with a case id: the booking lands in the book with the case id in the note, a claim is created (K1, K5)', async () => {
    const hold = await agent.booking.hold(holdInput((await slotAt(0)).startAt));
    const booking = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: patient(),
      caseId: '6qptr',
      patientRemark: 'Vondt i kneet etter fall.',
    });
    expect(booking).toMatchObject({
      appointmentId: hold.holdId,
      caseId: '6QPTR',
      claimCreated: true,
      paidByPatient: false,
      note: 'SakID: 6QPTR',
    });
    const [row] = await db.orm.em.fork().execute<Record<string, unknown>[]>(
      `select a.kind, a.status, a.note, a.case_id, a.patient_remark, a.insurer_id, a.source, a.hold_expires_at, t.code, p.national_id, p.birth_date::text,
              c.case_id as claim_case, c.created_automatically
       from appointment a join tariff t on t.id = a.tariff_id join patient p on p.id = a.patient_id join claim c on c.id = a.claim_id where a.id = ?`,
      [booking.appointmentId],
    );
    expect(row).toMatchObject({
      kind: 'booking',
      status: 'active',
      note: 'SakID: 6QPTR',
      case_id: '6QPTR',
      patient_remark: 'Vondt i kneet etter fall.',
      insurer_id: n.insurerX.id,
      source: 'agent',
      hold_expires_at: null,
      code: s.tariffCode,
      national_id: PATIENTS.kari,
      birth_date: '1990-01-01',
      claim_case: '6QPTR',
      created_automatically: true,
    });
  });

  it('a second booking with the same case id links the existing claim; the patient card is found, not duplicated (K5)', async () => {
    const first = await countRows(db.orm, 'select id from claim');
    const hold = await agent.booking.hold(holdInput((await slotAt(0)).startAt));
    const booking = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { ...patient(), name: 'Kari O. Nordmann', email: null },
      caseId: '6QPTR',
    });
    expect(booking).toMatchObject({ claimCreated: false, caseId: '6QPTR' });
    expect(await countRows(db.orm, 'select id from claim')).toBe(first);
    expect(await countRows(db.orm, 'select id from patient where national_id = ?', [PATIENTS.kari])).toBe(1);
    // The card is the clinic's: the booking keeps the name it was given, the card its own.
    const [card] = await db.orm.em
      .fork()
      .execute<{ name: string; email: string }[]>('select name, email from patient where national_id = ?', [
        PATIENTS.kari,
      ]);
    expect(card).toEqual({ name: 'Kari Nordmann', email: 'kari@example.no' });
    const [kept] = await db.orm.em
      .fork()
      .execute<Record<string, unknown>[]>(
        'select booked_name, booked_email, booked_phone from appointment where id = ?',
        [booking.appointmentId],
      );
    expect(kept).toEqual({ booked_name: 'Kari O. Nordmann', booked_email: null, booked_phone: '+4791234567' });
  });

  it('without a case id there is no claim and the patient pays (K6)', async () => {
    const hold = await agent.booking.hold(holdInput((await slotAt(0)).startAt));
    const booking = await agent.booking.confirm({ holdId: hold.holdId, patient: patient(PATIENTS.ola) });
    expect(booking).toMatchObject({ caseId: null, claimId: null, paidByPatient: true, note: null });
  });

  it('writes the outbox rows: confirmation always, portal notice with notifications on, the automatic dialog (K3, K4)', async () => {
    const hold = await agent.booking.hold(holdInput((await slotAt(0)).startAt));
    const booking = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: patient(PATIENTS.per),
      caseId: 'ZX81AB',
      patientRemark: 'Vondt i kneet etter fallet',
    });
    const rows = await db.orm.em.fork().execute<
      {
        kind: string;
        channel: string;
        dedupe_key: string;
        payload: { subject: string; text: string };
        recipient_masked: string;
      }[]
    >('select kind, channel, dedupe_key, payload, recipient_masked from outbox_message where appointment_id = ? order by kind', [booking.appointmentId]);
    expect(rows.map((r) => [r.kind, r.channel])).toEqual([
      ['automatic_dialog', 'email'],
      ['confirmation', 'email'],
      ['portal_notice', 'portal'],
    ]);
    expect(rows.map((r) => r.dedupe_key)).toContain(`${booking.appointmentId}:confirmation:booked`);
    expect(rows.find((r) => r.kind === 'automatic_dialog')!.payload.text).toContain('Ta gjerne med treningstøy.');
    expect(rows.find((r) => r.kind === 'confirmation')!.recipient_masked).toBe('k***@example.no');
    // Never the national id, the case id, the remark or the tariff; the type's name only in the confirmation (its
    // «what»), not in the clinic's portal notice or the dialog.
    for (const r of rows) {
      const text = JSON.stringify(r.payload);
      for (const secret of [PATIENTS.per, 'ZX81AB', 'Vondt i kneet', s.tariffCode]) expect(text).not.toContain(secret);
      if (r.kind === 'confirmation') expect(r.payload.text).toContain(`Hva: ${s.type.name}`);
      else expect(text).not.toContain(s.type.name);
    }
  });

  it('a type without notifications or dialog gets only the network’s confirmation, by SMS without an e-mail address', async () => {
    const other = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicB,
      insurer: n.insurerX,
      practitioner: n.practitionerB,
    });
    const [slot] = await freeSlotsOf(db.orm, other.book.id, other.type.id);
    const hold = await agent.booking.hold({
      bookId: other.book.id,
      typeId: other.type.id,
      tariffCode: other.tariffCode,
      startAt: slot!.startAt,
    });
    const booking = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: PATIENTS.kari, name: 'Kari Nordmann', phone: '91234567' },
    });
    const rows = await db.orm.em
      .fork()
      .execute<{ kind: string; channel: string; recipient_masked: string }[]>(
        'select kind, channel, recipient_masked from outbox_message where appointment_id = ?',
        [booking.appointmentId],
      );
    expect(rows).toEqual([{ kind: 'confirmation', channel: 'sms', recipient_masked: '+47 *** ** 567' }]);
    // Patient cards are per clinic: clinic B has its own card for the same person.
    expect(await countRows(db.orm, 'select id from patient where national_id = ?', [PATIENTS.kari])).toBe(2);
  });

  it('refuses a slot the insurer has no offer for (NOT_BOOKABLE), and a wrong tariff', async () => {
    const agentY = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerY })).user,
    );
    const slot = await slotAt(0);
    expect(await failureOf(agentY.booking.hold(holdInput(slot.startAt)))).toMatchObject({
      data: { appCode: 'NOT_BOOKABLE' },
    });
    expect(
      await failureOf(agent.booking.hold({ ...holdInput(slot.startAt), tariffCode: s.helfoTariff.code })),
    ).toMatchObject({ data: { appCode: 'NOT_BOOKABLE' } });
    expect((await slotAt(0)).startAt).toEqual(slot.startAt);
  });

  it('confirming with a tariff the insurer is not offered for this type is refused; the hold stays', async () => {
    const hold = await agent.booking.hold(holdInput((await slotAt(0)).startAt));
    expect(
      await failureOf(
        agent.booking.confirm({ holdId: hold.holdId, patient: patient(), tariffCode: s.helfoTariff.code }),
      ),
    ).toMatchObject({ data: { appCode: 'NOT_BOOKABLE' } });
    expect(
      await agent.booking.confirm({ holdId: hold.holdId, patient: patient(), tariffCode: s.tariffCode.toLowerCase() }),
    ).toMatchObject({ tariffCode: s.tariffCode });
  });

  it('refuses an invalid national id, and a patient without phone and e-mail, at their fields in both languages', async () => {
    const hold = await agent.booking.hold(holdInput((await slotAt(0)).startAt));
    const wrong = await failureOf(
      agent.booking.confirm({ holdId: hold.holdId, patient: { ...patient(), nationalId: '01819012366' } }),
    );
    expect(wrong).toMatchObject({
      data: { appCode: 'BAD_INPUT', issues: [{ path: ['patient', 'nationalId'], code: 'national_id.check_digits' }] },
    });
    expect(issueTexts(wrong)).toEqual({ 'patient.nationalId': 'Fødselsnummeret har feil kontrollsiffer.' });
    expect(issueTexts(wrong, 'en')).toEqual({
      'patient.nationalId': 'The national identity number has wrong check digits.',
    });
    const noContact = await failureOf(
      agent.booking.confirm({ holdId: hold.holdId, patient: { nationalId: PATIENTS.kari, name: 'Kari' } }),
    );
    expect(issueTexts(noContact)).toEqual({
      'patient.phone': 'Oppgi telefonnummer eller e-postadresse, så pasienten får bekreftelsen.',
    });
    await agent.booking.release({ holdId: hold.holdId });
  });

  it('an expired hold cannot be confirmed; the sweeper gives the slot back', async () => {
    const slot = await slotAt(0);
    const t0 = new Date();
    const hold = await agent.booking.hold(holdInput(slot.startAt));
    const later = await callerAs(db.orm, n.users.insurer_agent.user, {
      now: () => new Date(t0.getTime() + 6 * 60_000),
    });
    expect(await failureOf(later.booking.confirm({ holdId: hold.holdId, patient: patient() }))).toMatchObject({
      data: { appCode: 'HOLD_EXPIRED' },
    });
    const isFree = async () =>
      (await freeSlotsOf(db.orm, s.book.id, s.type.id)).some((f) => f.startAt.getTime() === slot.startAt.getTime());
    expect(await isFree()).toBe(false);
    // This hold and the first test's, which nobody confirmed.
    expect(
      await sweepExpiredHolds({ em: db.orm.em.fork(), now: new Date(t0.getTime() + 6 * 60_000) }),
    ).toBeGreaterThanOrEqual(1);
    expect(await isFree()).toBe(true);
    expect(await failureOf(later.booking.confirm({ holdId: hold.holdId, patient: patient() }))).toMatchObject({
      data: { appCode: 'HOLD_NOT_FOUND' },
    });
  });

  it('an expired hold is swept lazily when someone holds in the same book', async () => {
    const slot = await slotAt(0);
    const t0 = new Date();
    await agent.booking.hold(holdInput(slot.startAt));
    const later = await callerAs(db.orm, n.users.insurer_agent.user, {
      now: () => new Date(t0.getTime() + 6 * 60_000),
    });
    const again = await later.booking.hold(holdInput(slot.startAt));
    expect(again.startAt).toEqual(slot.startAt);
    await later.booking.release({ holdId: again.holdId });
  });

  it('releasing a hold gives the slot back; another agent’s hold cannot be confirmed or released', async () => {
    const slot = await slotAt(0);
    const hold = await agent.booking.hold(holdInput(slot.startAt));
    const colleague = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user,
    );
    expect(await failureOf(colleague.booking.confirm({ holdId: hold.holdId, patient: patient() }))).toMatchObject({
      data: { appCode: 'HOLD_NOT_FOUND' },
    });
    expect(await failureOf(colleague.booking.release({ holdId: hold.holdId }))).toMatchObject({
      data: { appCode: 'HOLD_NOT_FOUND' },
    });
    await agent.booking.release({ holdId: hold.holdId });
    expect((await slotAt(0)).startAt).toEqual(slot.startAt);
  });

  it('T3: the lowest cap on self-booked appointments refuses one more (MAX_SELF_BOOKED)', async () => {
    // A clinic of its own: a second department in clinic B would need D2's registration first.
    const clinicC = await createClinic(db.orm.em.fork(), { name: 'Klinikk C' });
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
    const input = (i: number) => ({
      bookId: capped.book.id,
      typeId: capped.type.id,
      tariffCode: capped.tariffCode,
      startAt: slots[i]!.startAt,
    });
    const who = { nationalId: PATIENTS.ola, name: 'Ola Nordmann', email: 'ola@example.no' };
    await agent.booking.confirm({ holdId: (await agent.booking.hold(input(0))).holdId, patient: who });
    const second = await agent.booking.hold(input(1));
    const refused = await failureOf(agent.booking.confirm({ holdId: second.holdId, patient: who }));
    expect(refused).toMatchObject({ data: { appCode: 'MAX_SELF_BOOKED', values: { limit: 1, count: 1 } } });
    expect(refusalText(refused)).toBe('Pasienten har allerede 1 fremtidig time bestilt på nett, og grensen er 1.');
    expect(refusalText(refused, 'en')).toBe(
      'The patient already has 1 future appointment booked online; the limit is 1.',
    );
  });
});
