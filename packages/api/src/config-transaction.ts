// The one transaction every configuration write runs in: the row, the cross-row checks, the audit entry and the
// search's derived data (materialised offers and free time) commit together or not at all.
import type { EntityManager } from '@bn/db';
import { Clinic } from '@bn/db';
import { reindexClinics } from './use-cases/search/reindex-clinic.js';
import { requestClock } from './request-clock.js';

/** What a transaction changed, collected by `recordChange` (audit.ts) so the derived data can follow. */
export interface ChangeCollector {
  clinicIds: Set<string>;
  /** A change without a clinic (an insurer, a tariff) can alter every clinic's offers. */
  global: boolean;
  entities: Set<string>;
}

const collectors = new WeakMap<EntityManager, ChangeCollector>();

export function collectorOf(em: EntityManager): ChangeCollector | undefined {
  return collectors.get(em);
}

/** Entities whose change moves free time, not only offers. */
const SCHEDULE_ENTITIES = new Set([
  'book',
  'type',
  'template',
  'weekTemplate',
  'workPlan',
  'appointmentBook',
  'appointmentType',
]);

/** `now`: the request's clock unless given (request-clock.ts). */
export async function configTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
  now: () => Date = requestClock(em),
): Promise<T> {
  return em.transactional(async (tx) => {
    const collector: ChangeCollector = { clinicIds: new Set(), global: false, entities: new Set() };
    collectors.set(tx, collector);
    const result = await work(tx);
    await tx.flush();
    await reindexAfter(tx, collector, now());
    return result;
  });
}

/** Rewrites offers (and, for schedule changes, free time) for what the transaction touched. */
export async function reindexAfter(tx: EntityManager, collector: ChangeCollector, now: Date): Promise<void> {
  let clinicIds = [...collector.clinicIds];
  if (collector.global) clinicIds = (await tx.find(Clinic, {}, { fields: ['id'] })).map((c) => c.id);
  if (clinicIds.length === 0) return;
  const freeTime = [...collector.entities].some((e) => SCHEDULE_ENTITIES.has(e));
  await reindexClinics({ em: tx, clinicIds, now, freeTime });
}
