// The clinic's patient list: a search by name, phone or national id, and a card the clinic makes itself.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface PatientSearchRow {
  id: string;
  name: string;
  national_id: string;
  birth_date: string;
  phone: string | null;
  email: string | null;
}

/** `%`, `_` and `\` as themselves in a LIKE pattern. */
export const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The clinic's patients matching `query`: every word in the name (any case, anywhere in it), or — when the query is
 * digits (spaces, `+`, `-` ignored) — the national id starting with them or the phone number holding them. With
 * `ownBooksOf`, only patients with an appointment in that practitioner's books (whose cards it may read). By name.
 */
export async function searchClinicPatients(
  em: EntityManager,
  q: { clinicId: string; query: string; ownBooksOf: string | null; limit: number },
): Promise<PatientSearchRow[]> {
  const digits = q.query.replace(/[\s+()-]/g, '');
  const words = q.query.split(/\s+/).filter(Boolean);
  let select = sqlOf(em)
    .selectFrom('patient as p')
    .select(['p.id', 'p.name', 'p.national_id', 'p.birth_date', 'p.phone', 'p.email'])
    .where('p.clinic_id', '=', q.clinicId);
  select = /^\d+$/.test(digits)
    ? select.where((eb) =>
        eb.or([
          eb('p.national_id', 'like', `${likeLiteral(digits)}%`),
          eb(
            'p.phone',
            'like',
            `%${likeLiteral(digits.length > 8 && digits.startsWith('47') ? digits.slice(2) : digits)}%`,
          ),
        ]),
      )
    : select.where((eb) => eb.and(words.map((w) => eb('p.name', 'ilike', `%${likeLiteral(w)}%`))));
  if (q.ownBooksOf)
    select = select.where((eb) =>
      eb.exists(
        eb
          .selectFrom('appointment as a')
          .innerJoin('appointment_book as b', 'b.id', 'a.book_id')
          .select(sql.lit(1).as('one'))
          .whereRef('a.patient_id', '=', 'p.id')
          .where('b.owner_practitioner_id', '=', q.ownBooksOf),
      ),
    );
  return select.orderBy('p.name').orderBy('p.id').limit(q.limit).execute();
}

/** The clinic a practitioner works at, or null for an unknown practitioner. */
export async function clinicOfPractitioner(em: EntityManager, practitionerId: string): Promise<string | null> {
  const row = await sqlOf(em)
    .selectFrom('practitioner')
    .select('clinic_id')
    .where('id', '=', practitionerId)
    .executeTakeFirst();
  return row?.clinic_id ?? null;
}

/**
 * A new card in the clinic's patient list; null when the clinic already has one with this national id (left as it is:
 * the card is one per clinic × national id, and a second registration never rewrites it).
 */
export async function insertPatientCard(
  tx: EntityManager,
  d: {
    clinicId: string;
    nationalId: string;
    birthDate: string;
    name: string;
    phone: string | null;
    email: string | null;
    now: Date;
  },
): Promise<string | null> {
  const row = await sqlOf(tx)
    .insertInto('patient')
    .values({
      id: randomUUID(),
      created_at: d.now,
      clinic_id: d.clinicId,
      national_id: d.nationalId,
      birth_date: d.birthDate,
      name: d.name,
      phone: d.phone,
      email: d.email,
    })
    .onConflict((oc) => oc.columns(['clinic_id', 'national_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}
