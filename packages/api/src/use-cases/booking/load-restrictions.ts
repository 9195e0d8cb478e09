import { restrictionsRow, type EntityManager, type RestrictionsRow } from '@bn/db';
import { effectiveRestrictions, NO_RESTRICTIONS, type EffectiveRestrictions, type Restrictions } from '@bn/domain';

export type { RestrictionsRow };

const json = (v: unknown): Restrictions =>
  v === null || v === undefined ? NO_RESTRICTIONS : ((typeof v === 'string' ? JSON.parse(v) : v) as Restrictions);

/** T3 for a booked book × type, with PatientSky's precedence (the domain's `effectiveRestrictions`, never a copy). */
export async function loadRestrictions(
  em: EntityManager,
  ids: { clinicId: string; bookId: string; typeId: string | null },
): Promise<EffectiveRestrictions> {
  return restrictionsFromRow((await restrictionsRow(em, ids)) ?? undefined);
}

/** The same from columns a caller selected itself (@bn/db's `restrictionColumns`). */
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
