import { lockBookingCard, updateCardDetails, type EntityManager } from '@bn/db';
import { AppError, formatDateTime, type PatientDetailField, type SessionUser } from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';
import { detailDifferencesOf } from './detail-differences.js';

export interface TakeOverBookingDetailsOptions {
  em: EntityManager;
  user: SessionUser;
  appointmentId: string;
  now: Date;
}

export interface TakeOverResult {
  patientId: string;
  /** The card's fields that now hold the booking's values; empty when they already agreed. */
  taken: PatientDetailField[];
}

const FIELD_WORDS: Record<PatientDetailField, string> = { name: 'navn', phone: 'telefon', email: 'e-post' };
const listed = (words: string[]) =>
  words.length > 1 ? `${words.slice(0, -1).join(', ')} og ${words.at(-1)}` : (words[0] ?? '');

/**
 * The clinic takes a booking's details over onto its patient card: every field where the booker gave something the
 * card does not hold (`patientDetailDifferences`) — a field the booker left out keeps the card's value. Only the
 * clinic's admins, for their own clinics (another clinic's booking is NOT_FOUND, so ids cannot be probed). The card is
 * locked while it changes, and the change is logged in the patient's access log, which the patient may ask to see.
 */
export async function takeOverBookingDetails({
  em,
  user,
  appointmentId,
  now,
}: TakeOverBookingDetailsOptions): Promise<TakeOverResult> {
  return em.transactional(async (tx) => {
    const row = await lockBookingCard(tx, appointmentId);
    if (!row || user.role !== 'clinic_admin' || !user.clinicIds.includes(row.clinic_id))
      throw new AppError('NOT_FOUND');
    const differences = detailDifferencesOf(row);
    if (differences.length === 0) return { patientId: row.patient_id, taken: [] };
    const value = (field: PatientDetailField) => differences.find((d) => d.field === field)?.booking ?? null;
    await updateCardDetails(tx, row.patient_id, { name: value('name'), phone: value('phone'), email: value('email') });
    const taken = differences.map((d) => d.field);
    await recordAccess(tx, {
      user,
      clinicId: row.clinic_id,
      patientIds: [row.patient_id],
      action: 'update_patient',
      what: `${listed(taken.map((f) => FIELD_WORDS[f]))} tatt over fra timen ${formatDateTime(row.start_at)}`,
      now,
    });
    return { patientId: row.patient_id, taken };
  });
}
