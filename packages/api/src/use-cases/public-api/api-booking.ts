// A booking as the public API shows it to the insurer app that made it, and the access log line of showing it.
import { insurerAppBookingRow, Insurer, type AgentBookingRow, type EntityManager } from '@bn/db';
import { AppError, bookingReference, type InsurerAppBooker } from '@bn/domain';
import { insertAccessLog } from '@bn/db';
import { changeWindow } from '../booking/change-deadline.js';
import { restrictionsFromRow } from '../booking/load-restrictions.js';
import { departmentOf } from '../booking/list-book-appointments.js';

export interface ApiBooking {
  id: string;
  /** A short code a person can read out on the phone (from the booking's id; the id is what the API takes). */
  reference: string;
  status: string;
  start: string;
  end: string;
  practitioner: { id: string; name: string } | null;
  clinic: { id: string; name: string };
  address: { street: string; postcode: string; city: string } | null;
  tariff: { code: string; name: string } | null;
  sakId: string | null;
  /** T3: the last instant the app may still cancel or move it; null when it cannot be changed online. */
  changeableUntil: string | null;
}

/** RFC 3339 with Oslo's offset (what a person at the clinic sees), e.g. 2026-12-03T10:00:00+01:00. */
export function osloRfc3339(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const offset = Math.round((local - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${hh}:${mm}`;
}

export function toApiBooking(r: AgentBookingRow, now: Date): ApiBooking {
  const window = changeWindow({ restrictions: restrictionsFromRow(r), startAt: r.start_at, now });
  const department = departmentOf(r);
  return {
    id: String(r.id),
    reference: bookingReference(String(r.id)),
    status: String(r.status),
    start: osloRfc3339(r.start_at),
    end: osloRfc3339(r.end_at),
    practitioner: r.practitioner_id ? { id: r.practitioner_id, name: String(r.practitioner_name) } : null,
    clinic: { id: String(r.clinic_id), name: String(r.clinic_name) },
    address: department ? { street: department.street, postcode: department.postcode, city: department.city } : null,
    tariff: r.tariff_code ? { code: r.tariff_code, name: String(r.tariff_name) } : null,
    sakId: r.case_id ?? null,
    changeableUntil: window.changeableUntil ? osloRfc3339(window.changeableUntil) : null,
  };
}

/**
 * One of the insurer's app bookings, logged as read (it names the patient's appointment); another insurer's booking,
 * or an agent's, is NOT_FOUND so ids cannot be probed.
 */
export async function getApiBooking(o: {
  em: EntityManager;
  booker: InsurerAppBooker;
  appointmentId: string;
  now: Date;
  what?: string;
}): Promise<ApiBooking> {
  const row = await insurerAppBookingRow(o.em, { insurerId: o.booker.insurerId, appointmentId: o.appointmentId });
  if (!row) throw new AppError('NOT_FOUND');
  if (row.patient_id)
    await logAppAccess(o.em, o.booker, row.clinic_id, [row.patient_id], o.what ?? 'bestilling', o.now);
  return toApiBooking(row, o.now);
}

/**
 * The access log's line for an insurer app: the actor is the key (`insurer-app:<key id>`) under the insurer's name.
 * The role column holds the product's roles; an app books in the insurer agents' place, so it is logged as one.
 */
export async function logAppAccess(
  em: EntityManager,
  booker: InsurerAppBooker,
  clinicId: string,
  patientIds: string[],
  what: string,
  now: Date,
): Promise<void> {
  const insurer = await em.findOne(Insurer, { id: booker.insurerId }, { fields: ['name'] });
  await insertAccessLog(em, {
    actor: { id: `insurer-app:${booker.keyId}`, name: `${insurer?.name ?? ''} (app)`, role: 'insurer_agent' },
    clinicId,
    patientIds,
    action: 'read_appointments',
    what: `${what} via API`,
    now,
  });
}
