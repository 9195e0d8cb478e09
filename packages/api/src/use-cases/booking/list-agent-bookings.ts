import type { EntityManager } from '@bn/db';
import { addDays, formatDate, osloInstant } from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';
import { changeWindow } from './change-deadline.js';
import { restrictionsFromRow, type RestrictionsRow } from './load-restrictions.js';
import { toInstant } from './sql-values.js';
import {
  DEPARTMENT_COLUMNS,
  DEPARTMENT_JOIN,
  departmentOf,
  type AppointmentDepartment,
} from './list-book-appointments.js';

export interface AgentBooking {
  id: string;
  startAt: Date;
  endAt: Date;
  status: string;
  /** The book's owner (B1), whose free times a move is chosen from; null for a book without one. */
  practitionerId: string | null;
  practitionerName: string | null;
  clinicName: string;
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
  /**
   * T3: the last instant the agent may still cancel or move this booking online (the cancellation deadline, or the
   * start when there is none); null when the book × type allows no cancelling online. The same rule cancel and move
   * enforce (`changeWindow`).
   */
  changeableUntil: Date | null;
  /** Cancel and move would be accepted at `now`: the booking is active and the deadline has not passed. */
  canChange: boolean;
}

type Row = Record<string, unknown> & RestrictionsRow;

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
  const rows = await em.execute<Row[]>(
    `select a.id, a.start_at, a.end_at, a.status, a.clinic_id, a.book_id, a.type_id, b.owner_practitioner_id as practitioner_id,
            pr.name as practitioner_name, c.name as clinic_name, t.name as type_name, tr.code as tariff_code, tr.name as tariff_name,
            a.case_id, a.patient_id, a.booked_name as patient_name,
            c.max_self_booked, b.restrictions, t.own_limits_enabled, t.own_limits, ${DEPARTMENT_COLUMNS}
     from appointment a join clinic c on c.id = a.clinic_id join appointment_book b on b.id = a.book_id
     left join appointment_type t on t.id = a.type_id left join practitioner pr on pr.id = b.owner_practitioner_id ${DEPARTMENT_JOIN}
     left join tariff tr on tr.id = a.tariff_id
     where a.kind = 'booking' and a.insurer_id = ? and a.created_by = ? and a.start_at >= ? and a.start_at < ?
     order by a.start_at, a.id`,
    [agent.insurerId, agent.id, osloInstant(from, '00:00'), osloInstant(addDays(to, 1), '00:00')],
  );
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
  return rows.map((r) => {
    const startAt = toInstant(r.start_at as string);
    const status = String(r.status);
    // The restrictions as cancel and move load them (`loadRestrictions` reads these columns), with the same rule.
    const window = changeWindow({ restrictions: restrictionsFromRow(r), startAt, now });
    return {
      id: String(r.id),
      startAt,
      endAt: toInstant(r.end_at as string),
      status,
      practitionerId: (r.practitioner_id as string | null) ?? null,
      practitionerName: (r.practitioner_name as string | null) ?? null,
      clinicName: String(r.clinic_name),
      department: departmentOf(r),
      bookId: String(r.book_id),
      typeId: (r.type_id as string | null) ?? null,
      typeName: (r.type_name as string | null) ?? null,
      tariffCode: (r.tariff_code as string | null) ?? null,
      tariffName: (r.tariff_name as string | null) ?? null,
      caseId: (r.case_id as string | null) ?? null,
      patientName: (r.patient_name as string | null) ?? null,
      changeableUntil: window.changeableUntil,
      canChange: status === 'active' && window.verdict.ok,
    };
  });
}
