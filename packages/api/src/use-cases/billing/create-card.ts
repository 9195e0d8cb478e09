import {
  claimTermsOf,
  cardAppointment,
  cardStatusesOfAppointment,
  claimRow,
  insertCard,
  ruleTariffsOf,
  tariffById,
  type EntityManager,
} from '@bn/db';
import {
  AppError,
  assertCardCreatable,
  attachClaim,
  claimTariff,
  coveredCodes,
  initialBillingLines,
  osloDate,
  type BillingCardLines,
  type SessionUser,
} from '@bn/domain';
import { administers } from './card-access.js';
import { cardView, type BillingCardView } from './card-view.js';
import { priceLookup, toBillingTariff } from './card-prices.js';
import { writeDraft } from './write-card.js';

export interface CreateCardOptions {
  em: EntityManager;
  user: SessionUser;
  appointmentId: string;
  now: Date;
}

/**
 * P1: a billing card from an appointment — a booking, or a cancellation or no-show the clinic charges for — with the
 * Helfo tariffs of the type's rule first and its own tariffs after. A booking that came with a case id (K5) has its
 * claim already: the card takes it, and the claim brings its insurance tariff. Another clinic's appointment is
 * NOT_FOUND. The appointment stays locked while its card is made, so it gets one card however many admins click.
 */
export async function createCard({ em, user, appointmentId, now }: CreateCardOptions): Promise<BillingCardView> {
  return em.transactional(async (tx) => {
    const a = await cardAppointment(tx, appointmentId, true);
    if (!a || !administers(user, a.clinic_id)) throw new AppError('NOT_FOUND');
    assertCardCreatable({
      appointment: { clinicId: a.clinic_id, kind: a.kind, status: a.status },
      clinicId: a.clinic_id,
      charges: { cancellation: a.charges_cancellation, noShow: a.charges_no_show },
      existingCards: await cardStatusesOfAppointment(tx, a.id),
    });
    if (a.patient_id === null) throw new AppError('APPOINTMENT_NOT_BILLABLE', { reason: 'no_patient' });
    const treatmentDate = osloDate(a.start_at);
    const ruleTariffs = await ruleTariffsOf(tx, a.type_id, a.book_id);
    const booked = await tariffById(tx, a.tariff_id);
    const claim = a.claim_id ? await claimRow(tx, a.claim_id) : null;
    const priceOf = await priceLookup(
      tx,
      {
        clinicId: a.clinic_id,
        insurerId: claim?.insurer_id ?? null,
        practitionerId: a.practitioner_id,
        date: treatmentDate,
      },
      [...ruleTariffs, booked],
    );
    let card: BillingCardLines = {
      status: 'draft',
      claimId: null,
      lines: initialBillingLines(ruleTariffs.map(toBillingTariff), priceOf),
    };
    if (claim && claim.patient_id === a.patient_id) {
      const tariff = claimTariff({
        coveredCodes: coveredCodes(claimTermsOf(claim).grant),
        bookedTariff: booked && toBillingTariff(booked),
        ruleTariffs: ruleTariffs.map(toBillingTariff),
      });
      card = attachClaim(card, claim.id, tariff, tariff && priceOf(tariff));
    }
    const id = await insertCard(tx, {
      clinicId: a.clinic_id,
      appointmentId: a.id,
      patientId: a.patient_id,
      treatmentDate,
      now,
    });
    const row = await writeDraft(tx, {
      user,
      before: null,
      after: card,
      now,
      row: {
        id,
        clinic_id: a.clinic_id,
        appointment_id: a.id,
        patient_id: a.patient_id,
        claim_id: null,
        status: 'draft',
        treatment_date: treatmentDate,
        created_at: now,
        billed_at: null,
        invoice_date: null,
        invoice_number: null,
        credited_at: null,
        credit_note_date: null,
        credit_note_number: null,
      },
    });
    return cardView(tx, row);
  });
}
