import { futureSelfBookedCount, type EntityManager } from '@bn/db';
import { AppError, canSelfBook, type EffectiveRestrictions } from '@bn/domain';

export interface AssertMayBookOnlineOptions {
  restrictions: EffectiveRestrictions;
  patientId: string;
  now: Date;
}

/**
 * T3, maximum self-booked: the lowest cap of clinic, book and type (the domain's `canSelfBook`) against the patient's
 * future active appointments booked online (through the network or an insurer's app) at this clinic.
 */
export async function assertMayBookOnline(tx: EntityManager, o: AssertMayBookOnlineOptions): Promise<void> {
  const { restrictions } = o;
  if (restrictions.maxSelfBooked === null) return;
  const count = await futureSelfBookedCount(tx, o.patientId, o.now);
  const verdict = canSelfBook({ restrictions, futureSelfBookedCount: count });
  if (!verdict.ok) throw new AppError('MAX_SELF_BOOKED', verdict.values);
}
