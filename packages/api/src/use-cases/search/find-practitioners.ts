import type { EntityManager } from '@bn/db';
import { Practitioner } from '@bn/db';
import { nameWords, PROFESSION_INFO, type Profession } from '@bn/domain';

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
  // Each word somewhere in the name, in any order («nordmann kari» finds Kari Nordmann).
  const words = nameWords(name).map((w) => ({ name: { $ilike: `%${w.replace(/[%_\\]/g, '\\$&')}%` } }));
  const rows = await em.find(
    Practitioner,
    { $and: words },
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
