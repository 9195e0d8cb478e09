import type { EntityManager } from '@bn/db';
import { AppError, type ConfirmBookingInput } from '@bn/domain';
import { idempotent } from './idempotent.js';
import { findOffer } from './find-offer.js';
import { assertMayBookOnline } from './assert-may-book-online.js';
import { restrictionsFromRow, type RestrictionsRow } from './load-restrictions.js';
import { findOrCreatePatient } from '../patients/find-or-create-patient.js';
import { linkCaseClaim } from '../claims/link-case-claim.js';
import { enqueueBookingNotifications } from '../notifications/enqueue-booking-notifications.js';
import { toInstant } from './sql-values.js';

export interface ConfirmBookingOptions {
  em: EntityManager;
  agent: { userId: string; insurerId: string };
  input: Omit<ConfirmBookingInput, 'idempotencyKey'>;
  idempotencyKey?: string | null;
  now: Date;
}

export interface BookingResult {
  appointmentId: string;
  bookId: string;
  startAt: Date;
  endAt: Date;
  tariffCode: string;
  patientId: string;
  caseId: string | null;
  claimId: string | null;
  claimCreated: boolean;
  paidByPatient: boolean;
  note: string | null;
}

interface HoldRow extends RestrictionsRow {
  id: string;
  clinic_id: string;
  book_id: string;
  type_id: string | null;
  start_at: Date | string;
  end_at: Date | string;
  hold_expires_at: Date | string | null;
  tariff_code: string | null;
  tariff_id: string | null;
}

/**
 * Turns the agent's hold into a booking (K1): the patient card is found or created, a case id goes into the note and
 * links (or creates, K5) the claim, no case id means the patient pays (K6), and the notifications (K3, K4) are written
 * to the outbox — all in one transaction.
 */
export async function confirmBooking({ em, agent, input, idempotencyKey, now }: ConfirmBookingOptions): Promise<BookingResult> {
  return idempotent({
    em,
    scope: `${agent.userId}/booking.confirm`,
    key: idempotencyKey,
    request: input,
    work: async (tx) => {
      const [hold] = await tx.execute<HoldRow[]>(
        `select a.id, a.clinic_id, a.book_id, a.type_id, a.start_at, a.end_at, a.hold_expires_at, t.code as tariff_code, a.tariff_id,
                c.max_self_booked, b.restrictions, ty.own_limits_enabled, ty.own_limits
         from appointment a left join tariff t on t.id = a.tariff_id join clinic c on c.id = a.clinic_id
         join appointment_book b on b.id = a.book_id left join appointment_type ty on ty.id = a.type_id
         where a.id = ? and a.kind = 'hold' and a.status = 'active' and a.created_by = ? and a.insurer_id = ? for update of a`,
        [input.holdId, agent.userId, agent.insurerId],
      );
      if (!hold) throw new AppError('HOLD_NOT_FOUND');
      if (!hold.hold_expires_at || toInstant(hold.hold_expires_at) <= now) throw new AppError('HOLD_EXPIRED');
      const startAt = toInstant(hold.start_at);
      // The tariff may change to another the insurer is offered for this book × type; the hold already passed the
      // readiness check and the horizon with the tariff it holds.
      const sameTariff = !input.tariffCode || input.tariffCode.toUpperCase() === hold.tariff_code?.toUpperCase();
      const offer = sameTariff && hold.tariff_id && hold.tariff_code
        ? { tariffId: hold.tariff_id, tariffCode: hold.tariff_code }
        : await findOffer(tx, { insurerId: agent.insurerId, bookId: hold.book_id, typeId: hold.type_id ?? '', tariffCode: input.tariffCode ?? '', startAt, now, checkHorizon: false });

      const patientId = await findOrCreatePatient(tx, { clinicId: hold.clinic_id, details: input.patient, now });
      await assertMayBookOnline(tx, { restrictions: restrictionsFromRow(hold), patientId, now });
      const claim = input.caseId ? await linkCaseClaim(tx, { patientId, insurerId: agent.insurerId, caseId: input.caseId, now }) : null;
      const note = input.caseId ? `SakID: ${input.caseId}` : null;
      await tx.execute(
        `update appointment set kind = 'booking', hold_expires_at = null, patient_id = ?, claim_id = ?, case_id = ?, note = ?,
           patient_remark = ?, tariff_id = ?, paid_by_patient = ? where id = ?`,
        [patientId, claim?.claimId ?? null, input.caseId, note, input.patientRemark, offer.tariffId, !input.caseId, hold.id],
      );
      await enqueueBookingNotifications(tx, { appointmentId: hold.id, event: 'booked', now });
      return {
        appointmentId: hold.id,
        bookId: hold.book_id,
        startAt,
        endAt: toInstant(hold.end_at),
        tariffCode: offer.tariffCode,
        patientId,
        caseId: input.caseId,
        claimId: claim?.claimId ?? null,
        claimCreated: claim?.created ?? false,
        paidByPatient: !input.caseId,
        note,
      };
    },
  });
}
