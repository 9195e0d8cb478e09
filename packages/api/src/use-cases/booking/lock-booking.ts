import { lockBookingRow, type EntityManager } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';

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

/** An agent changes only the bookings it made for its insurer; a clinic admin those of its clinics. */
export function mayChangeBooking(
  user: SessionUser,
  row: { clinic_id: string; insurer_id: string | null; created_by: string | null },
): boolean {
  if (user.role === 'insurer_agent')
    return !!user.insurerId && row.insurer_id === user.insurerId && row.created_by === user.id;
  if (user.role === 'clinic_admin') return user.clinicIds.includes(row.clinic_id);
  return false;
}

/**
 * Loads a booking for a change and locks its row for the rest of the transaction. Someone else's booking is
 * NOT_FOUND, so that ids cannot be probed.
 */
export async function lockBooking(tx: EntityManager, user: SessionUser, appointmentId: string): Promise<LockedBooking> {
  const row = await lockBookingRow(tx, appointmentId);
  if (!row || !mayChangeBooking(user, row)) throw new AppError('NOT_FOUND');
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
