// "May insurer X book this offer": the offer rows (the readiness answer, materialised by the api's refreshOffers) for
// an insurer × book × type × tariff, at a department or any. Written once; the hold, the confirmation, a move, the
// offer check and the search all use it.
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

/** A value, or a column of the surrounding statement (`sql.ref('a.insurer_id')`). */
export type Operand = string | Expression<unknown>;

const operand = (v: Operand): Expression<unknown> => (typeof v === 'string' ? sql`${v}::text` : v);

/**
 * A tariff code as agents type it matches the offer's in any case (codes are stored as the tariff table spells them).
 * `code` null: every tariff.
 */
export function tariffCodeMatches(column: string, code: string | null): RawBuilder<SqlBool> {
  if (code === null) return sql<SqlBool>`true`;
  return sql<SqlBool>`upper(${sql.ref(column)}) = ${code.toUpperCase()}::text`;
}

export interface OfferKey {
  insurerId: Operand;
  bookId: Operand;
  typeId: Operand;
  /** Null: any tariff. */
  tariffCode: string | null;
  /** Null: at any department (T5: the search hit names one; a type without an address is offered at each). */
  departmentId?: Operand | null;
}

/**
 * The condition on `offer` (unaliased) for the key: the one place that says which offer rows an insurer may book.
 * A part given as null is left out of the SQL (a few shapes, each with a plan of its own).
 */
export function offerMatches(k: OfferKey, table = 'offer'): RawBuilder<SqlBool> {
  const col = (c: string) => sql.ref(`${table}.${c}`);
  const department = k.departmentId ? sql`${col('department_id')} = ${operand(k.departmentId)}` : sql`true`;
  return sql<SqlBool>`${col('insurer_id')} = ${operand(k.insurerId)} and ${col('book_id')} = ${operand(k.bookId)}
    and ${col('type_id')} = ${operand(k.typeId)} and ${tariffCodeMatches(`${table}.tariff_code`, k.tariffCode)}
    and ${department}`;
}

export interface OfferWindowRow {
  clinic_id: string;
  tariff_id: string;
  tariff_code: string;
  min_notice_minutes: number;
  days_ahead: number | null;
  bookable_from: Date | null;
  bookable_until: Date | null;
}

/** The first offer for the key with what it says about when it may be booked (T3, validity); null: not offered. */
export async function findOfferRow(em: EntityManager, k: OfferKey): Promise<OfferWindowRow | null> {
  const row = await sqlOf(em)
    .selectFrom('offer')
    .select([
      'clinic_id',
      'tariff_id',
      'tariff_code',
      'min_notice_minutes',
      'days_ahead',
      'bookable_from',
      'bookable_until',
    ])
    .where(offerMatches(k))
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** The departments book × type is offered at, to the insurer with the tariff (either null: to anyone, any tariff). */
export async function offeredDepartments(
  em: EntityManager,
  k: { bookId: string; typeId: string; insurerId: string | null; tariffCode: string | null },
): Promise<string[]> {
  const rows = await sqlOf(em)
    .selectFrom('offer')
    .select('department_id')
    .distinct()
    .where('book_id', '=', k.bookId)
    .where('type_id', '=', k.typeId)
    .where(sql<SqlBool>`(${k.insurerId}::text is null or insurer_id = ${k.insurerId}::text)`)
    .where(tariffCodeMatches('offer.tariff_code', k.tariffCode))
    .execute();
  return rows.map((r) => r.department_id);
}
