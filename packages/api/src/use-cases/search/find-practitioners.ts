import type { EntityManager } from '@bn/db';
import { Practitioner } from '@bn/db';
import { PROFESSION_INFO, type Profession } from '@bn/domain';

export interface FindPractitionersOptions {
  em: EntityManager;
  name: string;
}

/** Practitioners of the network by name (public facts: name, profession, clinic), for "why no times?". */
export async function findPractitioners({
  em,
  name,
}: FindPractitionersOptions): Promise<
  { id: string; name: string; profession: Profession; professionLabel: string; clinicName: string }[]
> {
  const pattern = `%${name.trim().replace(/[%_\\]/g, '\\$&')}%`;
  const rows = await em.find(
    Practitioner,
    { name: { $ilike: pattern } },
    { populate: ['clinic'], orderBy: { name: 'asc' }, limit: 20 },
  );
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    profession: p.profession,
    professionLabel: PROFESSION_INFO[p.profession].nb,
    clinicName: p.clinic.name,
  }));
}
