import { insurerBookingLookupRows, type EntityManager } from '@bn/db';
import {
  bookingIdPrefixOfReference,
  isValidCaseId,
  nameWords,
  normaliseCaseId,
  type FindInsurerBookingsInput,
} from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';
import { toAgentBooking, type AgentBooking } from './list-agent-bookings.js';

/** At most this many bookings for one lookup: a national id of a patient with many bookings is still one screen. */
export const FIND_BOOKINGS_LIMIT = 50;

/**
 * The insurer's bookings found by a booking reference, the patient's national id, a SakID or the patient's name (one
 * text, read as each it can be), narrowed by status and by the agent who booked: any agent's of the same insurer,
 * never another insurer's. The patients shown are logged as read.
 */
export async function findInsurerBookings({
  em,
  agent,
  input: { query, status, agentId },
  now,
}: {
  em: EntityManager;
  agent: { id: string; name: string; insurerId: string };
  input: FindInsurerBookingsInput;
  now: Date;
}): Promise<AgentBooking[]> {
  const compact = query.replace(/\s/g, '');
  // A name has letters; digits and dashes alone are a reference, a national id or a SakID.
  const words = /\p{L}/u.test(query) ? nameWords(query).filter((w) => w.length >= 2) : [];
  const rows = await insurerBookingLookupRows(em, {
    insurerId: agent.insurerId,
    idPrefix: bookingIdPrefixOfReference(query),
    caseId: isValidCaseId(compact) ? normaliseCaseId(compact) : null,
    nationalId: /^\d{11}$/.test(compact) ? compact : null,
    nameWords: words,
    status: status ?? null,
    agentId: agentId ?? null,
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
