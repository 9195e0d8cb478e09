import type { EntityManager } from '@bn/db';
import { effectiveRestrictions, NO_RESTRICTIONS, type EffectiveRestrictions, type Restrictions } from '@bn/domain';

export interface RestrictionsRow {
  max_self_booked: number | null;
  restrictions: Restrictions | string | null;
  own_limits_enabled: boolean | null;
  own_limits: Restrictions | string | null;
}

const json = (v: Restrictions | string | null): Restrictions =>
  v === null ? NO_RESTRICTIONS : typeof v === 'string' ? (JSON.parse(v) as Restrictions) : v;

/** T3 for a booked book × type, with PatientSky's precedence (the domain's `effectiveRestrictions`, never a copy). */
export async function loadRestrictions(
  em: EntityManager,
  ids: { clinicId: string; bookId: string; typeId: string | null },
): Promise<EffectiveRestrictions> {
  const [row] = await em.execute<RestrictionsRow[]>(
    `select c.max_self_booked, b.restrictions, t.own_limits_enabled, t.own_limits
     from clinic c join appointment_book b on b.id = ? left join appointment_type t on t.id = ?
     where c.id = ?`,
    [ids.bookId, ids.typeId, ids.clinicId],
  );
  return restrictionsFromRow(row);
}

/** The same from columns a caller selected itself (clinic.max_self_booked, book.restrictions, type.own_limits…). */
export function restrictionsFromRow(row: RestrictionsRow | undefined): EffectiveRestrictions {
  return effectiveRestrictions({
    clinic: { maxSelfBooked: row?.max_self_booked ?? null },
    book: { ...NO_RESTRICTIONS, ...json(row?.restrictions ?? null) },
    type: {
      ownLimitsEnabled: row?.own_limits_enabled ?? false,
      ownLimits: { ...NO_RESTRICTIONS, ...json(row?.own_limits ?? null) },
    },
  });
}
