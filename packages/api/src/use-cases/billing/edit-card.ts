import {
  claimTermsOf,
  cardAppointment,
  cardLines,
  claimRow,
  ruleTariffsOf,
  tariffByCode,
  tariffById,
  type CardRow,
  type EntityManager,
} from '@bn/db';
import {
  AppError,
  addBillingLine,
  assertDraft,
  attachClaim,
  claimTariff,
  coveredCodes,
  detachClaim,
  removeBillingLine,
  setLinePrice,
  setLineQuantity,
  type BillingCardLines,
  type SessionUser,
} from '@bn/domain';
import { administers, ownCard } from './card-access.js';
import { cardView, toDomainCard, type BillingCardView } from './card-view.js';
import { priceLookup, toBillingTariff } from './card-prices.js';
import { writeDraft } from './write-card.js';

export interface EditCardOptions {
  em: EntityManager;
  user: SessionUser;
  cardId: string;
  now: Date;
}

type Edit = (card: BillingCardLines, tx: EntityManager, row: CardRow) => Promise<BillingCardLines> | BillingCardLines;

/**
 * One edit of a draft card, in one transaction with the card's row locked: the domain function decides (a billed
 * card is never edited: CARD_ALREADY_BILLED), and the lines it returns are written with the audit row, or nothing is.
 */
async function editDraft({ em, user, cardId, now }: EditCardOptions, edit: Edit): Promise<BillingCardView> {
  return em.transactional(async (tx) => {
    const row = await ownCard(tx, user, cardId, true);
    const before = toDomainCard(row, await cardLines(tx, cardId));
    assertDraft(before);
    const after = await edit(before, tx, row);
    return cardView(tx, await writeDraft(tx, { user, row, before, after, now }));
  });
}

/** What prices a line on this card: the appointment's clinic, book practitioner and date, and the claim's insurer. */
async function pricesFor(
  tx: EntityManager,
  row: CardRow,
  insurerId: string | null,
  tariffs: Parameters<typeof priceLookup>[2],
) {
  const a = (await cardAppointment(tx, row.appointment_id))!;
  return {
    appointment: a,
    priceOf: await priceLookup(
      tx,
      { clinicId: row.clinic_id, insurerId, practitionerId: a.practitioner_id, date: row.treatment_date },
      tariffs,
    ),
  };
}

/** P1: the patient's claim goes on the card and brings its insurance tariff (the one booked, else the rule's first it covers). */
export function attachCardClaim(o: EditCardOptions & { claimId: string }) {
  return editDraft(o, async (card, tx, row) => {
    const claim = await claimRow(tx, o.claimId);
    if (!claim || !administers(o.user, claim.clinic_id)) throw new AppError('NOT_FOUND');
    if (claim.patient_id !== row.patient_id) throw new AppError('CLAIM_OTHER_PATIENT');
    const a = (await cardAppointment(tx, row.appointment_id))!;
    const ruleTariffs = await ruleTariffsOf(tx, a.type_id, a.book_id);
    const booked = await tariffById(tx, a.tariff_id);
    const tariff = claimTariff({
      coveredCodes: coveredCodes(claimTermsOf(claim).grant),
      bookedTariff: booked && toBillingTariff(booked),
      ruleTariffs: ruleTariffs.map(toBillingTariff),
    });
    const { priceOf } = await pricesFor(tx, row, claim.insurer_id, [...ruleTariffs, booked]);
    return attachClaim(card, claim.id, tariff, tariff && priceOf(tariff));
  });
}

/** Without a claim the patient pays; the insurance lines leave with the claim. */
export function detachCardClaim(o: EditCardOptions) {
  return editDraft(o, (card) => detachClaim(card));
}

export function addCardLine(o: EditCardOptions & { tariffCode: string; quantity?: number }) {
  return editDraft(o, async (card, tx, row) => {
    const tariff = await tariffByCode(tx, o.tariffCode);
    if (!tariff) throw new AppError('NOT_FOUND', { tariffCode: o.tariffCode });
    const claim = row.claim_id ? await claimRow(tx, row.claim_id) : null;
    const { priceOf } = await pricesFor(tx, row, claim?.insurer_id ?? null, [tariff]);
    const t = toBillingTariff(tariff);
    return addBillingLine(card, t, priceOf(t), o.quantity);
  });
}

export function removeCardLine(o: EditCardOptions & { tariffCode: string }) {
  return editDraft(o, (card) => removeBillingLine(card, o.tariffCode));
}

export function setCardLineQuantity(o: EditCardOptions & { tariffCode: string; quantity: number }) {
  return editDraft(o, (card) => setLineQuantity(card, o.tariffCode, o.quantity));
}

/** A price typed on the card itself (e.g. a line the price list does not cover); NEGATIVE_AMOUNT below zero. */
export function setCardLinePrice(o: EditCardOptions & { tariffCode: string; priceOre: number }) {
  return editDraft(o, (card) => setLinePrice(card, o.tariffCode, o.priceOre));
}
