import { insurerBookingLookupRows, type EntityManager } from '@bn/db';
import {
  addDays,
  BOOKING_FIND_LIMIT,
  bookingIdPrefixOfReference,
  foldName,
  isValidCaseId,
  nameWords,
  normaliseCaseId,
  osloInstant,
  type FindInsurerBookingsInput,
} from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';
import { toAgentBooking, type AgentBooking } from './list-agent-bookings.js';

/**
 * The insurer's bookings found by a booking reference, the patient's national id, a SakID, the patient's or the
 * practitioner's name (one text, read as each it can be), and/or by the Oslo days they start on (`from`…`to`, both
 * included; one alone is that day), narrowed by status and by the agent who booked: any agent's of the same insurer,
 * never another insurer's. At most BOOKING_FIND_LIMIT, the newest first. The patients shown are logged as read.
 */
export async function findInsurerBookings({
  em,
  agent,
  input: { query, from, to, status, agentId },
  now,
}: {
  em: EntityManager;
  agent: { id: string; name: string; insurerId: string };
  input: FindInsurerBookingsInput;
  now: Date;
}): Promise<AgentBooking[]> {
  const firstDay = from ?? to;
  const lastDay = to ?? from;
  const rows = await insurerBookingLookupRows(em, {
    insurerId: agent.insurerId,
    text: query ? textLookup(query) : null,
    from: firstDay ? osloInstant(firstDay, '00:00') : null,
    until: lastDay ? osloInstant(addDays(lastDay, 1), '00:00') : null,
    status: status ?? null,
    agentId: agentId ?? null,
    limit: BOOKING_FIND_LIMIT,
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

/** What one typed text can be: a reference, a SakID, a national id, or words of a name (folded, two letters or more). */
function textLookup(query: string) {
  const compact = query.replace(/\s/g, '');
  return {
    idPrefix: bookingIdPrefixOfReference(query),
    caseId: isValidCaseId(compact) ? normaliseCaseId(compact) : null,
    nationalId: /^\d{11}$/.test(compact) ? compact : null,
    // A name has letters; digits and dashes alone are a reference, a national id or a SakID.
    nameWords: /\p{L}/u.test(query)
      ? nameWords(query)
          .filter((w) => w.length >= 2)
          .map(foldName)
      : [],
  };
}
