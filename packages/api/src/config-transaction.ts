// The one transaction every configuration write runs in: the row, the cross-row checks, the audit entry and the
// search's derived data (materialised offers and free time) commit together or not at all.
import type { EntityManager } from '@bn/db';
import { Clinic } from '@bn/db';
import { reindexClinics } from './use-cases/search/reindex-clinic.js';
import { derivedScope } from './use-cases/search/derived-scope.js';
import { requestClock } from './request-clock.js';
import type { AuditChange } from './audit.js';

/** What a transaction changed, collected by `recordChange` (audit.ts) so the derived data can follow. */
export interface ChangeCollector {
  clinicIds: Set<string>;
  /** A change without a clinic (an insurer, a tariff) can alter every clinic's offers. */
  global: boolean;
  /** Every change as the audit records it: what free time it can move is derived from these (free-time-scope.ts). */
  changes: AuditChange[];
}

const collectors = new WeakMap<EntityManager, ChangeCollector>();

export function collectorOf(em: EntityManager): ChangeCollector | undefined {
  return collectors.get(em);
}

/** `now`: the request's clock unless given (request-clock.ts). */
export async function configTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
  now: () => Date = requestClock(em),
): Promise<T> {
  return em.transactional(async (tx) => {
    const collector: ChangeCollector = { clinicIds: new Set(), global: false, changes: [] };
    collectors.set(tx, collector);
    const result = await work(tx);
    await tx.flush();
    await reindexAfter(tx, collector, now());
    return result;
  });
}

/**
 * Rewrites the derived data the transaction's changes can move (derived-scope.ts): the offers of the clinics whose
 * readiness may have changed (every clinic after a change without one, an insurer or a tariff), and the free time of
 * only the books a change enters — a template or work plan its book, a type's new length the books whose templates
 * place it, a deleted book its own rows.
 */
export async function reindexAfter(tx: EntityManager, collector: ChangeCollector, now: Date): Promise<void> {
  const scope = await derivedScope(tx, collector.changes);
  const offers = collector.global
    ? (await tx.find(Clinic, {}, { fields: ['id'] })).map((c) => c.id)
    : [...scope.offers];
  await reindexClinics({ em: tx, clinicIds: offers, now, freeTime: scope });
}
