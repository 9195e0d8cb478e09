import type { EntityManager } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { toInstant } from './sql-values.js';

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

interface Row {
  id: string;
  clinic_id: string;
  book_id: string;
  type_id: string | null;
  department_id: string | null;
  start_at: Date | string;
  end_at: Date | string;
  status: LockedBooking['status'];
  insurer_id: string | null;
  created_by: string | null;
  tariff_code: string | null;
  case_id: string | null;
  claim_id: string | null;
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
  const [row] = await tx.execute<Row[]>(
    `select a.id, a.clinic_id, a.book_id, a.type_id, a.department_id, a.start_at, a.end_at, a.status, a.insurer_id, a.created_by, t.code as tariff_code,
            a.case_id, a.claim_id
     from appointment a left join tariff t on t.id = a.tariff_id
     where a.id = ? and a.kind = 'booking' for update of a`,
    [appointmentId],
  );
  if (!row || !mayChangeBooking(user, row)) throw new AppError('NOT_FOUND');
  return {
    id: row.id,
    clinicId: row.clinic_id,
    bookId: row.book_id,
    typeId: row.type_id,
    departmentId: row.department_id,
    startAt: toInstant(row.start_at),
    endAt: toInstant(row.end_at),
    status: row.status,
    insurerId: row.insurer_id,
    tariffCode: row.tariff_code,
    caseId: row.case_id,
    claimId: row.claim_id,
  };
}
