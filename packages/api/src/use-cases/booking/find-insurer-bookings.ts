import { insurerBookingLookupRows, type EntityManager } from '@bn/db';
import { bookingIdPrefixOfReference, isValidCaseId, normaliseCaseId } from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';
import { toAgentBooking, type AgentBooking } from './list-agent-bookings.js';

/** At most this many bookings for one lookup: a national id of a patient with many bookings is still one screen. */
export const FIND_BOOKINGS_LIMIT = 50;

/**
 * The insurer's bookings found by a booking reference, the patient's national id or a SakID (one text, read as each
 * it can be): any agent's of the same insurer, never another insurer's. The patients shown are logged as read.
 */
export async function findInsurerBookings({
  em,
  agent,
  query,
  now,
}: {
  em: EntityManager;
  agent: { id: string; name: string; insurerId: string };
  query: string;
  now: Date;
}): Promise<AgentBooking[]> {
  const compact = query.replace(/\s/g, '');
  const rows = await insurerBookingLookupRows(em, {
    insurerId: agent.insurerId,
    idPrefix: bookingIdPrefixOfReference(query),
    caseId: isValidCaseId(compact) ? normaliseCaseId(compact) : null,
    nationalId: /^\d{11}$/.test(compact) ? compact : null,
    limit: FIND_BOOKINGS_LIMIT,
  });
  const byClinic = new Map<string, string[]>();
  for (const r of rows)
    if (r.patient_id)
      byClinic.set(String(r.clinic_id), [...(byClinic.get(String(r.clinic_id)) ?? []), String(r.patient_id)]);
  for (const [clinicId, patientIds] of byClinic)
    await recordAccess(em, {
      user: { id: agent.id, name: agent.name, role: 'insurer_agent' },
      clinicId,
      patientIds,
      action: 'read_appointments',
      what: 'forsikringsbestillinger (oppslag)',
      now,
    });
  return rows.map((r) => toAgentBooking(r, now));
}
