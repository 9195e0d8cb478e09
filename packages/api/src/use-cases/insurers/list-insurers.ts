import type { EntityManager } from '@bn/db';
import { Insurer } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';

export interface ListInsurersOptions {
  em: EntityManager;
  user: SessionUser;
}

export interface InsurerSummary {
  id: string;
  name: string;
  orgNumber: string;
  offersPsychologistBooking: boolean;
  hasPatientApp: boolean;
  appName: string | null;
}

/** Staff and clinic admins see the whole list (it is public knowledge); an agent only its own insurer. */
export async function listInsurers({ em, user }: ListInsurersOptions): Promise<InsurerSummary[]> {
  if (user.role === 'practitioner') throw new AppError('FORBIDDEN');
  const where = user.role === 'insurer_agent' ? { id: user.insurerId ?? '' } : {};
  const insurers = await em.find(Insurer, where, { orderBy: { name: 'asc' } });
  return insurers.map((i) => ({
    id: i.id,
    name: i.name,
    orgNumber: i.orgNumber,
    offersPsychologistBooking: i.offersPsychologistBooking,
    hasPatientApp: i.hasPatientApp,
    appName: i.appName ?? null,
  }));
}
