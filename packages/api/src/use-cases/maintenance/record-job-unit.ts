import { finishJobUnitRow, settleJobRun, startJobUnitRow, type EntityManager } from '@bn/db';

/** An attempt at a unit begins (a retry, or the run after a crash, counts as one more attempt). */
export async function startJobUnit(
  em: EntityManager,
  { runId, unit, now }: { runId: string; unit: string; now: Date },
): Promise<void> {
  await startJobUnitRow(em, { runId, unit, now });
}

export type UnitOutcome =
  | { status: 'ok'; summary: Record<string, number> }
  /** `final`: no retry follows (the unit counts as failed); otherwise the queue tries again later. */
  | { status: 'error'; error: string; final: boolean };

/**
 * An attempt ended. The unit's row is committed first; then the run is finished if every unit is done, under the
 * run's row lock, so of two units ending at once the second sees both and exactly one finishes the run.
 */
export async function finishJobUnit(
  em: EntityManager,
  {
    runId,
    unit,
    now,
    durationMs,
    outcome,
  }: { runId: string; unit: string; now: Date; durationMs: number; outcome: UnitOutcome },
): Promise<void> {
  await finishJobUnitRow(em, {
    runId,
    unit,
    status: outcome.status === 'ok' ? 'ok' : outcome.final ? 'failed' : 'running',
    now,
    durationMs: Math.round(durationMs),
    summary: outcome.status === 'ok' ? outcome.summary : null,
    error: outcome.status === 'error' ? outcome.error.slice(0, 1000) : null,
  });
  await em.transactional((tx) => settleJobRun(tx, runId, now));
}
