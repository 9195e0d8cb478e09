// The practitioners an insurer may book (the public API's GET /api/v1/practitioners): those with an offer of its own
// (`offer` holds only approved agreements and tariffs the insurer covers) bookable now, i.e. the agreement has begun
// and not ended. A page of practitioners by name, then each one's departments and tariffs among the matching offers.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';
import { tariffCodeMatches } from '../offers/bookable-offer.js';

export interface PractitionerOfferFilters {
  insurerId: string;
  now: Date;
  tariffCode?: string | undefined;
  profession?: string | undefined;
  city?: string | undefined;
  postcodes?: readonly string[] | undefined;
  /** Keyset cursor: the last practitioner of the previous page (by name, then id). */
  after?: { name: string; id: string } | undefined;
  limit: number;
}

/** One matching offer's practitioner, department and tariff; a practitioner's rows come together, by name and id. */
export interface PractitionerOfferRow {
  practitionerId: string;
  practitionerName: string;
  profession: string;
  clinicId: string;
  clinicName: string;
  departmentId: string;
  departmentName: string;
  street: string;
  postcode: string;
  city: string;
  tariffCode: string;
  tariffName: string;
}

export async function practitionerOfferRows(
  em: EntityManager,
  f: PractitionerOfferFilters,
): Promise<PractitionerOfferRow[]> {
  const clauses: RawBuilder<SqlBool>[] = [
    sql`o.insurer_id = ${f.insurerId}::text`,
    sql`(o.bookable_from is null or o.bookable_from <= ${f.now}::timestamptz)`,
    sql`(o.bookable_until is null or o.bookable_until > ${f.now}::timestamptz)`,
  ];
  if (f.tariffCode) clauses.push(tariffCodeMatches('o.tariff_code', f.tariffCode));
  if (f.profession) clauses.push(sql`o.profession = ${f.profession}::text`);
  if (f.city) clauses.push(sql`lower(o.city) = ${f.city.toLowerCase()}::text`);
  if (f.postcodes) clauses.push(sql`o.postcode = any(${[...f.postcodes]}::text[])`);
  const matching = sql.join(clauses, sql` and `);
  const after = f.after
    ? sql`where (m.practitioner_name, m.practitioner_id) > (${f.after.name}::text, ${f.after.id}::text)`
    : sql``;
  const { rows } = await sql<PractitionerOfferRow>`
    with matching as (select o.* from offer o where ${matching}),
    page as (
      select distinct m.practitioner_name, m.practitioner_id from matching m ${after}
      order by m.practitioner_name, m.practitioner_id
      limit ${f.limit}::int)
    select distinct m.practitioner_id as "practitionerId", m.practitioner_name as "practitionerName", m.profession,
           m.clinic_id as "clinicId", m.clinic_name as "clinicName", m.department_id as "departmentId",
           m.department_name as "departmentName", m.street, m.postcode, m.city,
           m.tariff_code as "tariffCode", m.tariff_name as "tariffName"
    from page p join matching m on m.practitioner_id = p.practitioner_id
    order by "practitionerName", "practitionerId", "departmentName", "departmentId", "tariffCode"`.execute(sqlOf(em));
  return rows;
}
