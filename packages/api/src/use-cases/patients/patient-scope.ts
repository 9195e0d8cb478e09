import { patientHasAppointmentWithPractitioner, type EntityManager } from '@bn/db';
import type { SessionUser } from '@bn/domain';

/**
 * Who sees a patient's data: the admins of the patient's clinic, and a practitioner whose own books hold an
 * appointment of the patient. Support, the network operator and agents never do here (an agent sees its own
 * bookings through `booking.mine`).
 */
export async function canReadPatient(
  em: EntityManager,
  user: SessionUser,
  patient: { id: string; clinicId: string },
): Promise<boolean> {
  if (user.role === 'clinic_admin') return user.clinicIds.includes(patient.clinicId);
  if (user.role === 'practitioner' && user.practitionerId) {
    return patientHasAppointmentWithPractitioner(em, patient.id, user.practitionerId);
  }
  return false;
}
