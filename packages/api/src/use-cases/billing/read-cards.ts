import { unbilledOfClinic, type EntityManager } from '@bn/db';
import type { SessionUser } from '@bn/domain';
import { assertClinicAdmin } from '../../scope.js';
import { recordAccess } from '../access-log/record-access.js';
import { ownCard } from './card-access.js';
import { cardView, type BillingCardView } from './card-view.js';

export interface ReadCardOptions {
  em: EntityManager;
  user: SessionUser;
  cardId: string;
  now: Date;
}

/** One card, for its clinic's admins; the read is written to the patient's access log. */
export async function getCard({ em, user, cardId, now }: ReadCardOptions): Promise<BillingCardView> {
  const row = await ownCard(em, user, cardId);
  const view = await cardView(em, row);
  await recordAccess(em, {
    user,
    clinicId: row.clinic_id,
    patientIds: [row.patient_id],
    action: 'read_patient',
    what: 'regningskort',
    now,
  });
  return view;
}

export interface UnbilledItem {
  /** The draft card; null: the appointment has no card yet. */
  cardId: string | null;
  appointmentId: string;
  patientId: string;
  patientName: string;
  startAt: Date;
  appointmentStatus: string;
  practitionerName: string | null;
  typeName: string | null;
  caseId: string | null;
}

/** The most a list answers: the clinic works from the newest; older ones show as the newer are billed. */
export const UNBILLED_LIMIT = 500;

/** The clinic's work still to bill: draft cards and past bookings without a card; the patients shown are logged. */
export async function listUnbilled(o: {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  now: Date;
}): Promise<UnbilledItem[]> {
  assertClinicAdmin(o.user, o.clinicId);
  const rows = await unbilledOfClinic(o.em, { clinicId: o.clinicId, now: o.now, limit: UNBILLED_LIMIT });
  if (rows.length > 0)
    await recordAccess(o.em, {
      user: o.user,
      clinicId: o.clinicId,
      patientIds: rows.map((r) => r.patient_id),
      action: 'read_appointments',
      what: 'ufakturerte timer og regningskort',
      now: o.now,
    });
  return rows.map((r) => ({
    cardId: r.card_id,
    appointmentId: r.appointment_id,
    patientId: r.patient_id,
    patientName: r.patient_name,
    startAt: r.start_at,
    appointmentStatus: r.appointment_status,
    practitionerName: r.practitioner_name,
    typeName: r.type_name,
    caseId: r.case_id,
  }));
}
