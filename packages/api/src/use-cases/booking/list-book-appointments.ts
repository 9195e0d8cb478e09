import { bookAppointmentRows, type EntityManager } from '@bn/db';
import { readableBooks } from './assert-may-read-books.js';
import { addDays, formatDate, osloInstant, type SessionUser } from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';
import { detailDifferencesOf, type DetailDifference } from '../patients/detail-differences.js';

export interface BookAppointment {
  id: string;
  bookId: string;
  kind: 'booking' | 'hold' | 'block';
  status: 'active' | 'cancelled' | 'no_show';
  startAt: Date;
  endAt: Date;
  type: { id: string; name: string; colour: string } | null;
  tariff: { code: string; name: string } | null;
  insurerName: string | null;
  /** Where the patient comes (T5): the department chosen at booking, else the type's own; null when unknown. */
  department: AppointmentDepartment | null;
  caseId: string | null;
  patientRemark: string | null;
  note: string | null;
  /** The clinic's card. */
  patient: { id: string; name: string } | null;
  /** Where the details the booker gave differ from the card (the clinic may take them over); empty when they agree. */
  detailDifferences: DetailDifference[];
  source: 'agent' | 'insurer_app' | 'clinic' | null;
  /** The agent who booked, by name (an agent's booking); null for an insurer app's, the clinic's, holds and blocks. */
  agentName: string | null;
  /** Booked through the network (an insurer's agent or app): flagged in the book. */
  viaNetwork: boolean;
  paidByPatient: boolean;
  cancelReason: string | null;
  cancelledBy: string | null;
}

export interface AppointmentDepartment {
  id: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
}

/** The department columns `department_*` of a row (joined as `d`), or null. */
export function departmentOf(row: object): AppointmentDepartment | null {
  // The department columns are text (joined from `department`), null when the appointment has none.
  const r = row as Record<string, string | null | undefined>;
  return r.department_id
    ? {
        id: String(r.department_id),
        name: String(r.department_name),
        street: String(r.department_street),
        postcode: String(r.department_postcode),
        city: String(r.department_city),
      }
    : null;
}

const str = (v: string | null | undefined) => v ?? null;

/**
 * The appointments in some of a clinic's books over Oslo dates (K1, K2): type, tariff, insurer, case id, patient
 * remark, note and patient, network bookings flagged. For the clinic's admins, and a practitioner for its own books.
 * Every patient shown is logged as read.
 */
export async function listBookAppointments({
  em,
  user,
  clinicId,
  bookIds,
  from,
  to,
  now,
}: {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  bookIds: readonly string[];
  from: string;
  to: string;
  now: Date;
}): Promise<BookAppointment[]> {
  const readable = await readableBooks(em, user, clinicId, bookIds);
  const rows = await bookAppointmentRows(em, {
    clinicId,
    bookIds: readable,
    from: osloInstant(from, '00:00'),
    until: osloInstant(addDays(to, 1), '00:00'),
  });
  await recordAccess(em, {
    user,
    clinicId,
    patientIds: rows.filter((r) => r.patient_id).map((r) => String(r.patient_id)),
    action: 'read_appointments',
    what: `timebok ${formatDate(osloInstant(from, '12:00'))}–${formatDate(osloInstant(to, '12:00'))}`,
    now,
  });
  return rows.map((r) => ({
    id: String(r.id),
    bookId: String(r.book_id),
    kind: r.kind as BookAppointment['kind'],
    status: r.status as BookAppointment['status'],
    startAt: r.start_at,
    endAt: r.end_at,
    type: r.type_id ? { id: String(r.type_id), name: String(r.type_name), colour: String(r.colour) } : null,
    tariff: r.tariff_code ? { code: String(r.tariff_code), name: String(r.tariff_name) } : null,
    insurerName: str(r.insurer_name),
    department: departmentOf(r),
    caseId: str(r.case_id),
    patientRemark: str(r.patient_remark),
    note: str(r.note),
    patient: r.patient_id ? { id: String(r.patient_id), name: String(r.patient_name) } : null,
    detailDifferences: detailDifferencesOf(r),
    source: (r.source as BookAppointment['source']) ?? null,
    agentName: str(r.booker_name),
    viaNetwork: r.source === 'agent' || r.source === 'insurer_app',
    paidByPatient: Boolean(r.paid_by_patient),
    cancelReason: str(r.cancel_reason),
    cancelledBy: str(r.cancelled_by),
  }));
}
