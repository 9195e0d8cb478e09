// T3's inputs (clinic cap, book restrictions, the type's own limits) as columns, for the domain's effectiveRestrictions.
import { sql, type RawBuilder } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface RestrictionsRow {
  max_self_booked: number | null;
  restrictions: unknown;
  own_limits_enabled: boolean | null;
  own_limits: unknown;
}

/** The columns from clinic `c`, book `b` and type `t`. */
export const restrictionColumns: RawBuilder<unknown> = sql`c.max_self_booked, b.restrictions, t.own_limits_enabled, t.own_limits`;

export async function restrictionsRow(
  em: EntityManager,
  ids: { clinicId: string; bookId: string; typeId: string | null },
): Promise<RestrictionsRow | null> {
  const { rows } = await sql<RestrictionsRow>`
    select ${restrictionColumns}
    from clinic c join appointment_book b on b.id = ${ids.bookId}::text left join appointment_type t on t.id = ${ids.typeId}::text
    where c.id = ${ids.clinicId}::text`.execute(sqlOf(em));
  return rows[0] ?? null;
}

/** The patient's future active appointments booked online (network or insurer app), for T3's maximum self-booked. */
export async function futureSelfBookedCount(em: EntityManager, patientId: string, now: Date): Promise<number> {
  const row = await sqlOf(em)
    .selectFrom('appointment')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('patient_id', '=', patientId)
    .where('kind', '=', 'booking')
    .where('status', '=', 'active')
    .where('source', 'in', ['agent', 'insurer_app'])
    .where('start_at', '>', now)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
