import type { EntityManager } from '@bn/db';
import { Practitioner } from '@bn/db';
import { AppError, type Profession } from '@bn/domain';

export interface PractitionerSummary {
  id: string;
  name: string;
  profession: Profession;
  clinicName: string;
}

/** A practitioner's public facts (name, profession, clinic), for the heading of the agent's week view. */
export async function getPractitioner({
  em,
  practitionerId,
}: {
  em: EntityManager;
  practitionerId: string;
}): Promise<PractitionerSummary> {
  const p = await em.findOne(Practitioner, { id: practitionerId }, { populate: ['clinic'] });
  if (!p) throw new AppError('NOT_FOUND', { reason: 'practitioner' });
  return { id: p.id, name: p.name, profession: p.profession, clinicName: p.clinic.name };
}
