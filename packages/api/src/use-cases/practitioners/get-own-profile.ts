import type { EntityManager } from '@bn/db';
import { Practitioner } from '@bn/db';
import { AppError, type Profession } from '@bn/domain';

export interface GetOwnProfileOptions {
  em: EntityManager;
  practitionerId: string;
}

export interface PractitionerProfile {
  id: string;
  name: string;
  profession: Profession;
  hprNumber: string | null;
  clinic: { id: string; name: string };
}

/** A practitioner's own record and clinic: the start of its view of its books. */
export async function getOwnProfile({ em, practitionerId }: GetOwnProfileOptions): Promise<PractitionerProfile> {
  const p = await em.findOne(Practitioner, { id: practitionerId }, { populate: ['clinic'] });
  if (!p) throw new AppError('NOT_FOUND');
  return {
    id: p.id,
    name: p.name,
    profession: p.profession,
    hprNumber: p.hprNumber ?? null,
    clinic: { id: p.clinic.id, name: p.clinic.name },
  };
}
