// P1 and T4's billing half through the procedures: a card from an appointment with the Helfo tariffs first, the claim
// bringing its insurance tariff, billing counting one treatment on the claim (per tariff for a per-type claim) and
// refused when none is left or the claim is not valid on the treatment date, a billed card never edited, a credit
// note giving the treatment back, and two clinic admins billing the last treatment at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntry, AuditEntry } from '@bn/db';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { createClinicSetup } from '../../testing/config-fixtures.js';
import {
  B_PRICE_ORE,
  HELFO_PRICE_ORE,
  createAppointment,
  createBillingSetup,
  createClaim,
  createPatient,
  daysAgo,
  type BillingSetup,
} from '../../testing/billing-fixtures.js';

describe('billing cards (P1)', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let b: BillingSetup;
  let admin: Caller;
  let day = 1;
  const nextStart = () => daysAgo(day++);
  const codes = (card: { lines: { code: string }[] }) => card.lines.map((l) => l.code);
  const appCode = async (call: Promise<unknown>) => (await failureOf(call)).data.appCode;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    const setup = await createClinicSetup(db.orm.em.fork(), n.clinicA, n.practitionerA);
    b = await createBillingSetup(db.orm, { clinicId: n.clinicA.id, insurerId: n.insurerX.id, setup });
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
  });
  afterAll(() => db?.drop());

  const card = async (a: Parameters<typeof createAppointment>[2] = { start: nextStart() }) =>
    admin.billing.createCard({ appointmentId: await createAppointment(db.orm, b, a) });

  it('puts the Helfo tariffs of the rule first, priced from the clinic list; without a claim the patient pays', async () => {
    const c = await card();
    expect(c.status).toBe('draft');
    expect(c.lines).toEqual([
      expect.objectContaining({
        code: b.setup.helfoTariff.code,
        kind: 'helfo',
        priceOre: HELFO_PRICE_ORE,
        quantity: 1,
      }),
    ]);
    expect(c).toMatchObject({ claim: null, payer: 'patient', totalOre: HELFO_PRICE_ORE });
  });

  it('brings the insurance tariff with the claim, priced from the agreement, after the Helfo lines', async () => {
    const claimId = await createClaim(db.orm, { patientId: b.patientId, insurerId: b.insurerId, grant: 5 });
    const c = await admin.billing.attachClaim({ cardId: (await card()).id, claimId });
    expect(codes(c)).toEqual([b.setup.helfoTariff.code, b.setup.insuranceTariff.code]);
    expect(c.lines[1]).toMatchObject({ kind: 'insurance', priceOre: B_PRICE_ORE });
    expect(c).toMatchObject({ payer: 'insurer', totalOre: HELFO_PRICE_ORE + B_PRICE_ORE });
    expect(c.claim).toMatchObject({ id: claimId, insurerName: n.insurerX.name });
    const detached = await admin.billing.detachClaim({ cardId: c.id });
    expect(codes(detached)).toEqual([b.setup.helfoTariff.code]);
  });

  it('takes a booking’s own claim (K5) at once', async () => {
    const claimId = await createClaim(db.orm, { patientId: b.patientId, insurerId: b.insurerId, grant: 2 });
    const c = await card({ start: nextStart(), claimId, withTariff: true });
    expect(c.claim?.id).toBe(claimId);
    expect(codes(c)).toEqual([b.setup.helfoTariff.code, b.setup.insuranceTariff.code]);
  });

  it('edits a draft: remove, add back, quantity and price; negative amounts and quantities refused with their codes', async () => {
    const c = await card();
    const helfo = b.setup.helfoTariff.code;
    expect((await admin.billing.removeLine({ cardId: c.id, tariffCode: helfo })).lines).toEqual([]);
    expect(codes(await admin.billing.addLine({ cardId: c.id, tariffCode: helfo }))).toEqual([helfo]);
    expect((await admin.billing.setQuantity({ cardId: c.id, tariffCode: helfo, quantity: 3 })).totalOre).toBe(
      3 * HELFO_PRICE_ORE,
    );
    expect((await admin.billing.setPrice({ cardId: c.id, tariffCode: helfo, priceOre: 10050 })).totalOre).toBe(30150);
    expect(await appCode(admin.billing.setPrice({ cardId: c.id, tariffCode: helfo, priceOre: -1 }))).toBe(
      'NEGATIVE_AMOUNT',
    );
    expect(await appCode(admin.billing.setQuantity({ cardId: c.id, tariffCode: helfo, quantity: 0 }))).toBe(
      'INVALID_QUANTITY',
    );
    expect(await appCode(admin.billing.addLine({ cardId: c.id, tariffCode: b.setup.insuranceTariff.code }))).toBe(
      'INSURANCE_TARIFF_NEEDS_CLAIM',
    );
    expect((await admin.billing.get({ cardId: c.id })).totalOre).toBe(30150);
  });

  it('bills a card once, counting one treatment; a billed card is never edited', async () => {
    const claimId = await createClaim(db.orm, { patientId: b.patientId, insurerId: b.insurerId, grant: 3 });
    const c = await card({ start: nextStart(), claimId, withTariff: true });
    const billed = await admin.billing.bill({ cardId: c.id });
    expect(billed).toMatchObject({ status: 'billed', invoiceNumber: expect.stringMatching(/^\d+$/) as string });
    expect(await appCode(admin.billing.bill({ cardId: c.id }))).toBe('CARD_ALREADY_BILLED');
    for (const edit of [
      () => admin.billing.removeLine({ cardId: c.id, tariffCode: b.setup.helfoTariff.code }),
      () => admin.billing.setPrice({ cardId: c.id, tariffCode: b.setup.helfoTariff.code, priceOre: 1 }),
      () => admin.billing.detachClaim({ cardId: c.id }),
    ])
      expect(await appCode(edit())).toBe('CARD_ALREADY_BILLED');
    expect(await appCode(admin.billing.createCard({ appointmentId: c.appointmentId }))).toBe('CARD_ALREADY_EXISTS');
  });

  it('refuses billing when the claim has no treatment left, and crediting gives it back', async () => {
    const claimId = await createClaim(db.orm, { patientId: b.patientId, insurerId: b.insurerId, grant: 1 });
    const first = await card({ start: nextStart(), claimId, withTariff: true });
    const second = await card({ start: nextStart(), claimId, withTariff: true });
    await admin.billing.bill({ cardId: first.id });
    expect(await appCode(admin.billing.bill({ cardId: second.id }))).toBe('CLAIM_EXHAUSTED');
    const credited = await admin.billing.credit({ cardId: first.id });
    expect(credited).toMatchObject({
      status: 'credited',
      creditNoteNumber: expect.stringMatching(/^K-\d+$/) as string,
    });
    expect(await appCode(admin.billing.credit({ cardId: first.id }))).toBe('CARD_ALREADY_CREDITED');
    expect((await admin.billing.bill({ cardId: second.id })).status).toBe('billed');
    // The credited card's appointment may have a new card.
    expect((await admin.billing.createCard({ appointmentId: first.appointmentId })).status).toBe('draft');
  });

  it('counts a per-type claim per tariff', async () => {
    const code = b.setup.insuranceTariff.code;
    const claimId = await createClaim(db.orm, { patientId: b.patientId, insurerId: b.insurerId, grant: { [code]: 1 } });
    const first = await card({ start: nextStart(), claimId, withTariff: true });
    const second = await card({ start: nextStart(), claimId, withTariff: true });
    expect(codes(first)).toContain(code);
    await admin.billing.bill({ cardId: first.id });
    expect(await appCode(admin.billing.bill({ cardId: second.id }))).toBe('CLAIM_EXHAUSTED');
  });

  it('refuses a claim not valid on the treatment date', async () => {
    const claimId = await createClaim(db.orm, {
      patientId: b.patientId,
      insurerId: b.insurerId,
      grant: 5,
      validFrom: '2020-01-01',
      validTo: '2020-12-31',
    });
    const c = await card({ start: nextStart(), claimId, withTariff: true });
    expect(await appCode(admin.billing.bill({ cardId: c.id }))).toBe('CLAIM_NOT_VALID_ON_DATE');
    expect((await admin.billing.get({ cardId: c.id })).status).toBe('draft');
  });

  it('makes a card for a cancellation or no-show only when the clinic charges for it', async () => {
    const cancelled = await createAppointment(db.orm, b, { start: nextStart(), status: 'cancelled' });
    expect(await appCode(admin.billing.createCard({ appointmentId: cancelled }))).toBe('APPOINTMENT_NOT_BILLABLE');
    const details = await admin.billing.sellerDetails({ clinicId: b.clinicId });
    await admin.billing.setSellerDetails({ clinicId: b.clinicId, ...details, chargesCancellation: true });
    expect((await admin.billing.createCard({ appointmentId: cancelled })).appointmentStatus).toBe('cancelled');
    const block = await createAppointment(db.orm, b, { start: nextStart(), kind: 'block', patientId: null });
    expect(await appCode(admin.billing.createCard({ appointmentId: block }))).toBe('APPOINTMENT_NOT_BILLABLE');
  });

  it('refuses another patient’s claim', async () => {
    const other = await createClaim(db.orm, {
      patientId: await createPatient(db.orm, b.clinicId),
      insurerId: b.insurerId,
      grant: 5,
    });
    expect(await appCode(admin.billing.attachClaim({ cardId: (await card()).id, claimId: other }))).toBe(
      'CLAIM_OTHER_PATIENT',
    );
  });

  it('bills the last treatment once when two admins bill at the same moment', async () => {
    const claimId = await createClaim(db.orm, { patientId: b.patientId, insurerId: b.insurerId, grant: 1 });
    const one = await card({ start: nextStart(), claimId, withTariff: true });
    const two = await card({ start: nextStart(), claimId, withTariff: true });
    const other = await callerAs(db.orm, n.users.clinic_admin.user);
    const results = await Promise.allSettled([
      admin.billing.bill({ cardId: one.id }),
      other.billing.bill({ cardId: two.id }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(refused.reason).toMatchObject({ message: 'CLAIM_EXHAUSTED' });
  });

  it('lists the clinic’s drafts and past bookings without a card', async () => {
    const bare = await createAppointment(db.orm, b, { start: nextStart() });
    const draft = await card();
    const list = await admin.billing.listUnbilled({ clinicId: b.clinicId });
    expect(list.find((i) => i.appointmentId === bare)).toMatchObject({ cardId: null });
    expect(list.find((i) => i.cardId === draft.id)).toBeDefined();
  });

  it('shows used and remaining treatments on the patient card, and keeps a claim a card uses (P2)', async () => {
    const claimId = await createClaim(db.orm, { patientId: b.patientId, insurerId: b.insurerId, grant: 4 });
    const billed = await card({ start: nextStart(), claimId, withTariff: true });
    await admin.billing.bill({ cardId: billed.id });
    const draft = await card({ start: nextStart(), claimId, withTariff: true });
    const onCard = (await admin.patients.get({ patientId: b.patientId })).claims.find((c) => c.id === claimId);
    expect(onCard?.usage).toEqual([{ key: '*', granted: 4, used: 1, remaining: 3 }]);
    const refusal = await failureOf(admin.claims.delete({ claimId }));
    expect(refusal.data).toMatchObject({ appCode: 'CLAIM_IN_USE', values: { draftCards: 1, billedCards: 1 } });
    await admin.billing.detachClaim({ cardId: draft.id });
    await admin.billing.credit({ cardId: billed.id });
    expect(await admin.claims.delete({ claimId })).toEqual({ id: claimId });
    expect((await admin.patients.get({ patientId: b.patientId })).claims.some((c) => c.id === claimId)).toBe(false);
  });

  it('makes one card when two admins make it at the same moment', async () => {
    const appointmentId = await createAppointment(db.orm, b, { start: nextStart() });
    const other = await callerAs(db.orm, n.users.clinic_admin.user);
    const results = await Promise.allSettled([
      admin.billing.createCard({ appointmentId }),
      other.billing.createCard({ appointmentId }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(refused.reason).toMatchObject({ message: 'CARD_ALREADY_EXISTS' });
  });

  it('audits every change of a card and logs who read it', async () => {
    const c = await card();
    await admin.billing.setQuantity({ cardId: c.id, tariffCode: b.setup.helfoTariff.code, quantity: 2 });
    await admin.billing.bill({ cardId: c.id });
    await admin.billing.get({ cardId: c.id });
    const em = db.orm.em.fork();
    const audit = await em.find(AuditEntry, { entityId: c.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    expect(audit.map((a) => [a.entity, a.action, (a.after as { status: string }).status])).toEqual([
      ['billingCard', 'create', 'draft'],
      ['billingCard', 'update', 'draft'],
      ['billingCard', 'update', 'billed'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Regning Pasient');
    const reads = await em.find(AccessLogEntry, { patientId: b.patientId, what: 'regningskort' });
    expect(reads.length).toBeGreaterThan(0);
  });
});
