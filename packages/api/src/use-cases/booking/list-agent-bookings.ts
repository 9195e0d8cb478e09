import { agentBookingRows, type AgentBookingRow, type EntityManager } from '@bn/db';
import { addDays, bookingReference, formatDate, osloInstant } from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';
import { changeWindow } from './change-deadline.js';
import { restrictionsFromRow } from './load-restrictions.js';
import { departmentOf, type AppointmentDepartment } from './list-book-appointments.js';

export interface AgentBooking {
  id: string;
  /** The short code read out on the phone (`XXXX-XXXX`), the same the public API gives. */
  reference: string;
  startAt: Date;
  endAt: Date;
  status: string;
  /** The book's owner (B1), whose free times a move is chosen from; null for a book without one. */
  practitionerId: string | null;
  practitionerName: string | null;
  clinicName: string;
  /** The clinic's phone number (+47XXXXXXXX), set by the clinic; null until given. */
  clinicPhone: string | null;
  /** Where the patient comes (T5): the department chosen at booking, else the type's own; null when unknown. */
  department: AppointmentDepartment | null;
  /** Book × type × tariff: a move stays within them (booking.move), so the new times are looked up by these. */
  bookId: string;
  typeId: string | null;
  typeName: string | null;
  tariffCode: string | null;
  tariffName: string | null;
  caseId: string | null;
  /**
   * The name this booking was booked with, as its agent gave it: never the clinic's card, which another insurer's
   * booking may have created, nor what the clinic took over onto it later. Null for a booking without one.
   */
  patientName: string | null;
  /** The agent who booked it (a colleague's booking shows whose); null for a booking an insurer app made. */
  bookedBy: { id: string; name: string } | null;
  /**
   * T3: the last instant the agent may still cancel or move this booking online (the cancellation deadline, or the
   * start when there is none); null when the book × type allows no cancelling online. The same rule cancel and move
   * enforce (`changeWindow`).
   */
  changeableUntil: Date | null;
  /** Cancel and move would be accepted at `now`: the booking is active and the deadline has not passed. */
  canChange: boolean;
}

/**
 * The bookings this agent made for its insurer, by appointment date (Oslo). Nothing else: not colleagues' bookings,
 * not other insurers', not the clinic's own. The patients shown are logged as read.
 */
export async function listAgentBookings({
  em,
  agent,
  from,
  to,
  now,
}: {
  em: EntityManager;
  agent: { id: string; name: string; insurerId: string };
  from: string;
  to: string;
  now: Date;
}): Promise<AgentBooking[]> {
  const rows = await agentBookingRows(em, {
    insurerId: agent.insurerId,
    agentId: agent.id,
    from: osloInstant(from, '00:00'),
    until: osloInstant(addDays(to, 1), '00:00'),
  });
  const byClinic = new Map<string, string[]>();
  for (const r of rows)
    if (r.patient_id)
      byClinic.set(String(r.clinic_id), [...(byClinic.get(String(r.clinic_id)) ?? []), String(r.patient_id)]);
  for (const [clinicId, patientIds] of byClinic) {
    await recordAccess(em, {
      user: { id: agent.id, name: agent.name, role: 'insurer_agent' },
      clinicId,
      patientIds,
      action: 'read_appointments',
      what: `forsikringsbestillinger ${formatDate(osloInstant(from, '12:00'))}–${formatDate(osloInstant(to, '12:00'))}`,
      now,
    });
  }
  return rows.map((r) => toAgentBooking(r, now));
}

/** A booking row as the agent's desk shows it, with T3's change window at `now`. */
export function toAgentBooking(r: AgentBookingRow, now: Date): AgentBooking {
  const startAt = r.start_at;
  const status = String(r.status);
  // The restrictions as cancel and move load them (`loadRestrictions` reads these columns), with the same rule.
  const window = changeWindow({ restrictions: restrictionsFromRow(r), startAt, now });
  return {
    id: String(r.id),
    reference: bookingReference(String(r.id)),
    startAt,
    endAt: r.end_at,
    status,
    practitionerId: r.practitioner_id ?? null,
    practitionerName: r.practitioner_name ?? null,
    clinicName: String(r.clinic_name),
    clinicPhone: r.clinic_phone ?? null,
    department: departmentOf(r),
    bookId: String(r.book_id),
    typeId: r.type_id ?? null,
    typeName: r.type_name ?? null,
    tariffCode: r.tariff_code ?? null,
    tariffName: r.tariff_name ?? null,
    caseId: r.case_id ?? null,
    patientName: r.patient_name ?? null,
    bookedBy: r.booked_by_id ? { id: String(r.booked_by_id), name: String(r.booked_by_name) } : null,
    changeableUntil: window.changeableUntil,
    canChange: status === 'active' && window.verdict.ok,
  };
}
