import { lockBookingRow, type EntityManager } from '@bn/db';
import { AppError, mayChangeBooking, type BookingActor } from '@bn/domain';

export interface LockedBooking {
  id: string;
  clinicId: string;
  bookId: string;
  typeId: string | null;
  /** The department (visiting address) the patient comes to; null when unknown. */
  departmentId: string | null;
  startAt: Date;
  endAt: Date;
  status: 'active' | 'cancelled' | 'no_show';
  insurerId: string | null;
  tariffCode: string | null;
  caseId: string | null;
  claimId: string | null;
}

/**
 * Loads a booking for a change and locks its row for the rest of the transaction. A booking the actor may not change
 * (the domain's `mayChangeBooking`) is NOT_FOUND, so that ids cannot be probed.
 */
export async function lockBooking(
  tx: EntityManager,
  actor: BookingActor,
  appointmentId: string,
): Promise<LockedBooking> {
  const row = await lockBookingRow(tx, appointmentId);
  if (!row || !mayChangeBooking(actor, row)) throw new AppError('NOT_FOUND');
  return {
    id: row.id,
    clinicId: row.clinic_id,
    bookId: row.book_id,
    typeId: row.type_id,
    departmentId: row.department_id,
    startAt: row.start_at,
    endAt: row.end_at,
    status: row.status as LockedBooking['status'],
    insurerId: row.insurer_id,
    tariffCode: row.tariff_code,
    caseId: row.case_id,
    claimId: row.claim_id,
  };
}
