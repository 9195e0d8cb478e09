import {
  claimTermsOf,
  allocateDocumentNumber,
  cardLines,
  claimRow,
  countedCardsOf,
  markCardBilled,
  markCardCredited,
  type EntityManager,
} from '@bn/db';
import { assertCreditable, checkCardForBilling, osloDate, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { ownCard } from './card-access.js';
import { auditOf, cardView, toDomainCard, type BillingCardView } from './card-view.js';

export interface BillCardOptions {
  em: EntityManager;
  user: SessionUser;
  cardId: string;
  now: Date;
}

/** Credit notes are numbered apart from invoices, so a number names one document of the clinic. */
export const creditNoteNumber = (n: number) => `K-${n}`;

/**
 * P1: draft → billed. The card's row and its claim's row are locked before the claim's other cards are counted, so
 * two cards billed at once on a claim's last treatment are counted one after the other: the second is refused
 * (CLAIM_EXHAUSTED). The invoice number is the clinic's next.
 */
export async function billCard({ em, user, cardId, now }: BillCardOptions): Promise<BillingCardView> {
  return em.transactional(async (tx) => {
    const row = await ownCard(tx, user, cardId, true);
    const card = toDomainCard(row, await cardLines(tx, cardId));
    let claim = null;
    if (row.claim_id !== null) {
      const c = (await claimRow(tx, row.claim_id, true))!;
      claim = { terms: claimTermsOf(c), otherCards: (await countedCardsOf(tx, [c.id], cardId)).get(c.id)! };
    }
    checkCardForBilling({ card, claim, treatmentDate: row.treatment_date });
    const number = String(await allocateDocumentNumber(tx, row.clinic_id, 'invoice'));
    const billed = {
      ...row,
      status: 'billed' as const,
      billed_at: now,
      invoice_date: osloDate(now),
      invoice_number: number,
    };
    await markCardBilled(tx, { cardId, at: now, date: billed.invoice_date, number });
    recordChange(tx, user, {
      clinicId: row.clinic_id,
      entity: 'billingCard',
      entityId: cardId,
      action: 'update',
      before: auditOf(row, card),
      after: { ...auditOf(row, { ...card, status: 'billed' }), invoiceNumber: number },
    });
    return cardView(tx, billed);
  });
}

/**
 * P1: billed → credited, with a credit note for the billed lines exactly. The claim counts only billed cards, so the
 * treatment is given back; the appointment may then get a new card.
 */
export async function creditCard({ em, user, cardId, now }: BillCardOptions): Promise<BillingCardView> {
  return em.transactional(async (tx) => {
    const row = await ownCard(tx, user, cardId, true);
    const card = toDomainCard(row, await cardLines(tx, cardId));
    assertCreditable(card);
    const number = creditNoteNumber(await allocateDocumentNumber(tx, row.clinic_id, 'credit_note'));
    const credited = {
      ...row,
      status: 'credited' as const,
      credited_at: now,
      credit_note_date: osloDate(now),
      credit_note_number: number,
    };
    await markCardCredited(tx, { cardId, at: now, date: credited.credit_note_date, number });
    recordChange(tx, user, {
      clinicId: row.clinic_id,
      entity: 'billingCard',
      entityId: cardId,
      action: 'update',
      before: auditOf(row, card),
      after: { ...auditOf(row, { ...card, status: 'credited' }), creditNoteNumber: number },
    });
    return cardView(tx, credited);
  });
}
