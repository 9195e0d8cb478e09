// The access matrix's billing entries (access-matrix.ts): who may call each billing and price procedure, the rows
// they point at (cards of clinic A in each state a procedure needs), and clinic C's card and agreement that every
// tenant role is refused. Only a clinic's own admins work with its cards; the operator prices agreements.
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@bn/db';
import type { TestNetwork } from '@bn/db/testing';
import { addDays, osloDate } from '@bn/domain';
import { createCard } from '../use-cases/billing/create-card.js';
import { billCard } from '../use-cases/billing/bill-card.js';
import { attachCardClaim } from '../use-cases/billing/edit-card.js';
import type { ClinicSetup } from './config-fixtures.js';
import {
  createAppointment,
  createBillingSetup,
  createClaim,
  daysAgo,
  sessionUserOf,
  type BillingSetup,
} from './billing-fixtures.js';
import type { Access, MatrixWorld } from './access-matrix.js';

export interface BillingMatrixFixtures {
  setup: BillingSetup;
  appointmentToCard: string;
  /** Drafts: one to edit (add, quantity, price, read), one to remove a line from, one to attach a claim to, one with a claim to detach, one to bill. */
  editCard: string;
  removeCard: string;
  attachCard: string;
  attachClaimId: string;
  detachCard: string;
  billCard: string;
  /** Billed: one to credit, one with a claim for its EHF invoice. */
  creditCard: string;
  ehfCard: string;
  /** Clinic C's card and agreement. */
  foreignCardId: string;
  foreignAgreementId: string;
  /** A claim without cards, to delete; clinic C's patient's claim. */
  spareClaimId: string;
  foreignClaimId: string;
}

export async function createBillingMatrixFixtures(
  orm: MikroORM,
  network: TestNetwork,
  setup: ClinicSetup,
  foreign: { clinicId: string; patientId: string; appointmentId: string },
): Promise<BillingMatrixFixtures> {
  const b = await createBillingSetup(orm, { clinicId: network.clinicA.id, insurerId: network.insurerX.id, setup });
  const user = sessionUserOf(network.users.clinic_admin, [network.clinicA.id, network.clinicB.id]);
  const now = new Date();
  let day = 1;
  const appointment = (claimId: string | null = null) =>
    createAppointment(orm, b, { start: daysAgo(day++), claimId, withTariff: claimId !== null });
  const card = async (claimId: string | null = null) =>
    (await createCard({ em: orm.em.fork(), user, appointmentId: await appointment(claimId), now })).id;
  const claim = () => createClaim(orm, { patientId: b.patientId, insurerId: b.insurerId, grant: 999 });
  const billed = async (claimId: string | null) => {
    const id = await card(claimId);
    await billCard({ em: orm.em.fork(), user, cardId: id, now });
    return id;
  };
  const detachCard = await card();
  await attachCardClaim({ em: orm.em.fork(), user, cardId: detachCard, claimId: await claim(), now });

  const foreignCardId = randomUUID();
  const foreignAgreementId = randomUUID();
  const fork = orm.em.fork();
  await fork.execute(
    `insert into billing_card (id, created_at, clinic_id, appointment_id, patient_id, status, treatment_date) values (?, now(), ?, ?, ?, 'draft', ?)`,
    [foreignCardId, foreign.clinicId, foreign.appointmentId, foreign.patientId, osloDate(now)],
  );
  await fork.execute(
    `insert into agreement (id, created_at, insurer_id, clinic_id, status, valid_from) values (?, now(), ?, ?, 'approved', '2020-01-01')`,
    [foreignAgreementId, network.insurerX.id, foreign.clinicId],
  );
  return {
    setup: b,
    appointmentToCard: await appointment(),
    editCard: await card(),
    removeCard: await card(),
    attachCard: await card(),
    attachClaimId: await claim(),
    detachCard,
    billCard: await card(),
    creditCard: await billed(null),
    ehfCard: await billed(await claim()),
    foreignCardId,
    foreignAgreementId,
    spareClaimId: await claim(),
    foreignClaimId: await createClaim(orm, { patientId: foreign.patientId, insurerId: b.insurerId, grant: 3 }),
  };
}

const CLINIC_ADMIN = ['clinic_admin'] as const;
const CLINIC_READERS = ['network_operator', 'support', 'clinic_admin'] as const;
const bx = (w: MatrixWorld) => w.billing;
const clinicA = (w: MatrixWorld) => ({ clinicId: w.network.clinicA.id });
const clinicC = (w: MatrixWorld) => ({ clinicId: w.foreign.clinic.id });
const helfo = (w: MatrixWorld) => bx(w).setup.setup.helfoTariff.code;
const cardOf = (key: keyof BillingMatrixFixtures, extra: (w: MatrixWorld) => object = () => ({})): Access => ({
  allowed: CLINIC_ADMIN,
  input: (w) => ({ cardId: bx(w)[key], ...extra(w) }),
  foreign: { input: (w) => ({ cardId: bx(w).foreignCardId, ...extra(w) }), refusal: 'NOT_FOUND' },
});
const sellerDetails = (clinicId: string) => ({
  clinicId,
  legalName: 'Klinikk A AS',
  street: 'Kirkeveien 64',
  postcode: '0364',
  city: 'Oslo',
  bankAccount: '86011117947',
  inBusinessRegister: true,
  vatRegistered: false,
  chargesCancellation: false,
  chargesNoShow: false,
});
const today = () => osloDate(new Date());

export const BILLING_MATRIX: Record<string, Access> = {
  'billing.createCard': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ appointmentId: bx(w).appointmentToCard }),
    foreign: { input: (w) => ({ appointmentId: w.foreign.patient.appointmentId }), refusal: 'NOT_FOUND' },
  },
  'billing.get': cardOf('editCard'),
  'billing.attachClaim': cardOf('attachCard', (w) => ({ claimId: bx(w).attachClaimId })),
  'billing.detachClaim': cardOf('detachCard'),
  'billing.addLine': cardOf('editCard', (w) => ({ tariffCode: helfo(w) })),
  'billing.removeLine': cardOf('removeCard', (w) => ({ tariffCode: helfo(w) })),
  'billing.setQuantity': cardOf('editCard', (w) => ({ tariffCode: helfo(w), quantity: 2 })),
  'billing.setPrice': cardOf('editCard', (w) => ({ tariffCode: helfo(w), priceOre: 25000 })),
  'billing.bill': cardOf('billCard'),
  'billing.credit': cardOf('creditCard'),
  'billing.ehf': cardOf('ehfCard'),
  'billing.ehfArchive': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ ...clinicA(w), insurerId: w.network.insurerX.id, from: addDays(today(), -30), to: today() }),
    foreign: {
      input: (w) => ({ ...clinicC(w), insurerId: w.network.insurerX.id, from: addDays(today(), -30), to: today() }),
      refusal: 'FORBIDDEN',
    },
  },
  'billing.listUnbilled': { allowed: CLINIC_ADMIN, input: clinicA, foreign: { input: clinicC, refusal: 'FORBIDDEN' } },
  'billing.sellerDetails': {
    allowed: CLINIC_READERS,
    input: clinicA,
    foreign: { input: clinicC, refusal: 'FORBIDDEN' },
  },
  'billing.setSellerDetails': {
    allowed: CLINIC_ADMIN,
    input: (w) => sellerDetails(w.network.clinicA.id),
    foreign: { input: (w) => sellerDetails(w.foreign.clinic.id), refusal: 'FORBIDDEN' },
  },
  'billing.buyerDetails': {
    allowed: ['network_operator', 'support'],
    input: (w) => ({ insurerId: w.network.insurerX.id }),
  },
  'billing.setBuyerDetails': {
    allowed: ['network_operator'],
    input: (w) => ({
      insurerId: w.network.insurerX.id,
      legalName: 'Forsikring X ASA',
      street: 'Professor Kohts vei 9',
      postcode: '1366',
      city: 'Lysaker',
      reference: null,
    }),
  },
  'claims.delete': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ claimId: bx(w).spareClaimId }),
    foreign: { input: (w) => ({ claimId: bx(w).foreignClaimId }), refusal: 'NOT_FOUND' },
  },
  'prices.list': { allowed: CLINIC_READERS, input: clinicA, foreign: { input: clinicC, refusal: 'FORBIDDEN' } },
  'prices.upsert': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ ...clinicA(w), tariffCode: helfo(w), priceOre: 22450 }),
    foreign: { input: (w) => ({ ...clinicC(w), tariffCode: helfo(w), priceOre: 22450 }), refusal: 'FORBIDDEN' },
  },
  'prices.forAgreement': {
    allowed: CLINIC_READERS,
    input: (w) => ({ agreementId: bx(w).setup.agreementId }),
    foreign: { input: (w) => ({ agreementId: bx(w).foreignAgreementId }), refusal: 'FORBIDDEN' },
  },
  'prices.setAgreementPrice': {
    allowed: ['network_operator'],
    input: (w) => ({
      agreementId: bx(w).setup.agreementId,
      tariffCode: bx(w).setup.setup.insuranceTariff.code,
      priceOre: 65000,
    }),
  },
};
