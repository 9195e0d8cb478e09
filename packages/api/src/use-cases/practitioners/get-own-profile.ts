import type { EntityManager } from '@bn/db';
import { AppointmentBook, Practitioner } from '@bn/db';
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
  /** The books it owns (B1): its calendar shows these and nothing else of the clinic. */
  books: { id: string; name: string }[];
}

/** A practitioner's own record, clinic and books: the start of its calendar («Min side»). */
export async function getOwnProfile({ em, practitionerId }: GetOwnProfileOptions): Promise<PractitionerProfile> {
  const p = await em.findOne(Practitioner, { id: practitionerId }, { populate: ['clinic'] });
  if (!p) throw new AppError('NOT_FOUND');
  const books = await em.find(AppointmentBook, { ownerPractitioner: p.id }, { orderBy: { name: 'asc' } });
  return {
    id: p.id,
    name: p.name,
    profession: p.profession,
    hprNumber: p.hprNumber ?? null,
    clinic: { id: p.clinic.id, name: p.clinic.name },
    books: books.map((b) => ({ id: b.id, name: b.name })),
  };
}
