import type { EntityManager } from '@bn/db';
import { addDays, formatDate, osloInstant } from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';
import { toInstant } from './sql-values.js';

export interface AgentBooking {
  id: string;
  startAt: Date;
  endAt: Date;
  status: string;
  practitionerName: string | null;
  clinicName: string;
  tariffCode: string | null;
  caseId: string | null;
  patientName: string | null;
}

type Row = Record<string, unknown>;

/**
 * The bookings this agent made for its insurer, by appointment date (Oslo). Nothing else: not colleagues' bookings,
 * not other insurers', not the clinic's own. The patients shown are logged as read.
 */
export async function listAgentBookings({ em, agent, from, to, now }: {
  em: EntityManager; agent: { id: string; name: string; insurerId: string }; from: string; to: string; now: Date;
}): Promise<AgentBooking[]> {
  const rows = await em.execute<Row[]>(
    `select a.id, a.start_at, a.end_at, a.status, a.clinic_id, pr.name as practitioner_name, c.name as clinic_name, tr.code as tariff_code,
            a.case_id, p.id as patient_id, p.name as patient_name
     from appointment a join clinic c on c.id = a.clinic_id join appointment_book b on b.id = a.book_id
     left join practitioner pr on pr.id = b.owner_practitioner_id left join tariff tr on tr.id = a.tariff_id left join patient p on p.id = a.patient_id
     where a.kind = 'booking' and a.insurer_id = ? and a.created_by = ? and a.start_at >= ? and a.start_at < ?
     order by a.start_at, a.id`,
    [agent.insurerId, agent.id, osloInstant(from, '00:00'), osloInstant(addDays(to, 1), '00:00')],
  );
  const byClinic = new Map<string, string[]>();
  for (const r of rows) if (r.patient_id) byClinic.set(String(r.clinic_id), [...(byClinic.get(String(r.clinic_id)) ?? []), String(r.patient_id)]);
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
  return rows.map((r) => ({
    id: String(r.id),
    startAt: toInstant(r.start_at as string),
    endAt: toInstant(r.end_at as string),
    status: String(r.status),
    practitionerName: (r.practitioner_name as string | null) ?? null,
    clinicName: String(r.clinic_name),
    tariffCode: (r.tariff_code as string | null) ?? null,
    caseId: (r.case_id as string | null) ?? null,
    patientName: (r.patient_name as string | null) ?? null,
  }));
}
