import type { EntityManager } from '@bn/db';

/** An attempt at a unit begins (a retry, or the run after a crash, counts as one more attempt). */
export async function startJobUnit(
  em: EntityManager,
  { runId, unit, now }: { runId: string; unit: string; now: Date },
): Promise<void> {
  await em.execute(
    `insert into job_unit (run_id, unit, status, attempts, started_at) values (?, ?, 'running', 1, ?)
     on conflict (run_id, unit) do update set status = 'running', attempts = job_unit.attempts + 1, started_at = excluded.started_at, finished_at = null`,
    [runId, unit, now],
  );
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
  await em.execute(
    `update job_unit set status = ?, finished_at = ?, duration_ms = ?, summary = ?::jsonb, error = ? where run_id = ? and unit = ?`,
    [
      outcome.status === 'ok' ? 'ok' : outcome.final ? 'failed' : 'running',
      now,
      Math.round(durationMs),
      outcome.status === 'ok' ? JSON.stringify(outcome.summary) : null,
      outcome.status === 'error' ? outcome.error.slice(0, 1000) : null,
      runId,
      unit,
    ],
  );
  await em.transactional(async (tx) => {
    const [run] = await tx.execute<{ units_total: number | null; finished_at: Date | null }[]>(
      'select units_total, finished_at from job_run where id = ? for update',
      [runId],
    );
    if (!run) return;
    await tx.execute(
      `update job_run r set units_ok = c.ok, units_failed = c.failed,
         finished_at = case when r.units_total is not null and c.ok + c.failed >= r.units_total then coalesce(r.finished_at, ?::timestamptz) end,
         result = case when r.units_total is null or c.ok + c.failed < r.units_total then null
                       when c.failed = 0 then 'ok' when c.ok = 0 then 'failed' else 'partial' end,
         error = (select u.unit || ': ' || u.error from job_unit u where u.run_id = r.id and u.status = 'failed' order by u.finished_at limit 1),
         summary = (select jsonb_object_agg(key, total) from (
           select e.key, sum(e.value::numeric) as total from job_unit u, jsonb_each_text(u.summary) e
           where u.run_id = r.id and u.status = 'ok' group by e.key) s)
       from (select count(*) filter (where status = 'ok')::int as ok, count(*) filter (where status = 'failed')::int as failed
             from job_unit where run_id = ?) c
       where r.id = ?`,
      [now, runId, runId],
    );
  });
}
