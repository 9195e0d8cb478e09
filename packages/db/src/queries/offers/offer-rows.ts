// The writer of `offer`, the readiness answer materialised (the api's refreshOffers judges, this writes). The search
// table `search_slot` is kept in step by statement triggers on `offer` (Migration20261126020826_search_slot, with the
// validity columns from Migration20261202010908_jobs_and_validity): each upsert and delete here inserts, updates or
// removes the search rows of the offers it touches, in the same statement. `changed` counts what they had to follow.
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';
import type { DB } from '../../sql/database.js';

export interface OfferRow {
  book_id: string;
  type_id: string;
  tariff_id: string;
  insurer_id: string;
  department_id: string;
  clinic_id: string;
  practitioner_id: string;
  practitioner_name: string;
  profession: string;
  clinic_name: string;
  department_name: string;
  street: string;
  postcode: string;
  city: string;
  tariff_code: string;
  tariff_name: string;
  type_name: string;
  duration_minutes: number;
  min_notice_minutes: number;
  days_ahead: number | null;
  bookable_from: Date | null;
  bookable_until: Date | null;
}

const KEY = ['book_id', 'type_id', 'tariff_id', 'insurer_id', 'department_id'] as const;
const COLUMNS = [
  ...KEY,
  'clinic_id',
  'practitioner_id',
  'practitioner_name',
  'profession',
  'clinic_name',
  'department_name',
  'street',
  'postcode',
  'city',
  'tariff_code',
  'tariff_name',
  'type_name',
  'duration_minutes',
  'min_notice_minutes',
  'days_ahead',
  'bookable_from',
  'bookable_until',
] as const satisfies readonly (keyof OfferRow & keyof DB['offer'])[];
const TYPE: Partial<Record<(typeof COLUMNS)[number], string>> = {
  duration_minutes: 'int[]',
  min_notice_minutes: 'int[]',
  days_ahead: 'int[]',
  bookable_from: 'timestamptz[]',
  bookable_until: 'timestamptz[]',
};
const VALUE_COLUMNS = COLUMNS.filter((c) => !(KEY as readonly string[]).includes(c));
const CHUNK = 5000;

/** One array parameter per column, sent apart from the SQL text. */
const arrayOf = (name: (typeof COLUMNS)[number], rows: readonly OfferRow[]) => {
  const values = rows.map((r) => {
    const v = r[name];
    return v instanceof Date ? v.toISOString() : v;
  });
  return sql`${values}::${sql.raw(TYPE[name] ?? 'text[]')}`;
};

/**
 * Makes the clinics' offers exactly `rows`: rows no longer judged offered are deleted, new ones inserted, changed ones
 * updated (unchanged ones left alone, so their search rows are too). In the caller's transaction, which holds the
 * clinics' derived-data locks. Returns how many rows were inserted, changed or removed.
 */
export async function replaceClinicOffers(
  tx: EntityManager,
  clinicIds: readonly string[],
  rows: readonly OfferRow[],
): Promise<number> {
  const db = sqlOf(tx);
  const keys = KEY.map((k) => sql`${rows.map((r) => r[k])}::text[]`);
  const gone = await sql`delete from offer o where o.clinic_id = any(${[...clinicIds]}::text[])
    and not exists (select 1 from unnest(${sql.join(keys)}) n(${sql.join(KEY.map((k) => sql.ref(k)))})
                    where ${sql.join(
                      KEY.map((k) => sql`${sql.ref(`n.${k}`)} = ${sql.ref(`o.${k}`)}`),
                      sql` and `,
                    )})
    returning 1`.execute(db);
  let changed = gone.rows.length;
  const columns = sql.join(COLUMNS.map((c) => sql.ref(c)));
  const updates = sql.join(VALUE_COLUMNS.map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`));
  const current = sql.join(VALUE_COLUMNS.map((c) => sql.ref(`offer.${c}`)));
  const incoming = sql.join(VALUE_COLUMNS.map((c) => sql.ref(`excluded.${c}`)));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const { rows: written } = await sql`insert into offer (${columns})
      select * from unnest(${sql.join(COLUMNS.map((c) => arrayOf(c, chunk)))})
      on conflict on constraint offer_pkey do update set ${updates}
      where (${current}) is distinct from (${incoming})
      returning 1`.execute(db);
    changed += written.length;
  }
  return changed;
}
