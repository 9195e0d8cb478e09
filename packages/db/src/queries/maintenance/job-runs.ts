// The recurring jobs' bookkeeping: one run per job × Oslo day, its units, and what the operator's screen reads.
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

/** Inserts the run unless a worker did already (unique per job × period). */
export async function insertJobRun(
  em: EntityManager,
  r: { id: string; job: string; period: string; scheduledFor: Date; now: Date },
): Promise<void> {
  await sql`insert into job_run (id, job, period, scheduled_for, started_at)
    values (${r.id}::text, ${r.job}::text, ${r.period}::text, ${r.scheduledFor}::timestamptz, ${r.now}::timestamptz)
    on conflict on constraint job_run_job_period_unique do nothing`.execute(sqlOf(em));
}

/** The run locked for planning, unless another transaction holds it; `units_total` null: not planned yet. */
export async function lockUnplannedRun(
  tx: EntityManager,
  runId: string,
): Promise<{ units_total: number | null } | null> {
  const row = await sqlOf(tx)
    .selectFrom('job_run')
    .select('units_total')
    .where('id', '=', runId)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row ?? null;
}

/** The run is planned with this many units; with none it is finished at once. */
export async function recordRunPlanned(tx: EntityManager, runId: string, units: number, now: Date): Promise<void> {
  await sqlOf(tx)
    .updateTable('job_run')
    .set({ units_total: units, finished_at: units === 0 ? now : null, result: units === 0 ? 'ok' : null })
    .where('id', '=', runId)
    .execute();
}

/** An attempt at a unit begins (a retry, or the run after a crash, counts as one more attempt). */
export async function startJobUnitRow(em: EntityManager, u: { runId: string; unit: string; now: Date }): Promise<void> {
  await sqlOf(em)
    .insertInto('job_unit')
    .values({ run_id: u.runId, unit: u.unit, status: 'running', attempts: 1, started_at: u.now })
    .onConflict((oc) =>
      oc.columns(['run_id', 'unit']).doUpdateSet((eb) => ({
        status: 'running',
        attempts: eb('job_unit.attempts', '+', 1),
        started_at: eb.ref('excluded.started_at'),
        finished_at: null,
      })),
    )
    .execute();
}

export async function finishJobUnitRow(
  em: EntityManager,
  u: {
    runId: string;
    unit: string;
    status: 'ok' | 'failed' | 'running';
    now: Date;
    durationMs: number;
    summary: Record<string, number> | null;
    error: string | null;
  },
): Promise<void> {
  await sqlOf(em)
    .updateTable('job_unit')
    .set({
      status: u.status,
      finished_at: u.now,
      duration_ms: u.durationMs,
      summary: u.summary === null ? null : JSON.stringify(u.summary),
      error: u.error,
    })
    .where('run_id', '=', u.runId)
    .where('unit', '=', u.unit)
    .execute();
}

/**
 * Under the run's row lock (in the caller's transaction): its counts, result, first error and summed summary from its
 * units, finished once every unit is done — so of two units ending at once the second sees both and exactly one
 * finishes the run.
 */
export async function settleJobRun(tx: EntityManager, runId: string, now: Date): Promise<void> {
  const db = sqlOf(tx);
  const run = await db.selectFrom('job_run').select('id').where('id', '=', runId).forUpdate().executeTakeFirst();
  if (!run) return;
  await sql`update job_run r set units_ok = c.ok, units_failed = c.failed,
      finished_at = case when r.units_total is not null and c.ok + c.failed >= r.units_total then coalesce(r.finished_at, ${now}::timestamptz) end,
      result = case when r.units_total is null or c.ok + c.failed < r.units_total then null
                    when c.failed = 0 then 'ok' when c.ok = 0 then 'failed' else 'partial' end,
      error = (select u.unit || ': ' || u.error from job_unit u where u.run_id = r.id and u.status = 'failed' order by u.finished_at limit 1),
      summary = (select jsonb_object_agg(key, total) from (
        select e.key, sum(e.value::numeric) as total from job_unit u, jsonb_each_text(u.summary) e
        where u.run_id = r.id and u.status = 'ok' group by e.key) s)
    from (select count(*) filter (where status = 'ok')::int as ok, count(*) filter (where status = 'failed')::int as failed
          from job_unit where run_id = ${runId}::text) c
    where r.id = ${runId}::text`.execute(db);
}

export interface JobRunRow {
  id: string;
  job: string;
  period: string;
  scheduled_for: Date;
  started_at: Date;
  finished_at: Date | null;
  result: string | null;
  units_total: number | null;
  units_ok: number;
  units_failed: number;
  error: string | null;
  summary: unknown;
  /** 1 for each job's latest run. */
  n: number;
}

/** Each job's latest `perJob` runs, newest first. */
export async function latestJobRuns(em: EntityManager, perJob: number): Promise<JobRunRow[]> {
  const { rows } = await sql<JobRunRow>`select * from (
      select r.*, row_number() over (partition by r.job order by r.started_at desc, r.id desc)::int as n from job_run r
    ) ranked where n <= ${perJob}::int order by job, started_at desc, id desc`.execute(sqlOf(em));
  return rows;
}

/** The runs' units that failed after their retries, or are being retried, with the clinic's name when a unit is one. */
export async function failedJobUnits(
  em: EntityManager,
  runIds: readonly string[],
): Promise<{ run_id: string; unit: string; attempts: number; error: string | null; name: string | null }[]> {
  if (runIds.length === 0) return [];
  return sqlOf(em)
    .selectFrom('job_unit as u')
    .leftJoin('clinic as c', 'c.id', 'u.unit')
    .select(['u.run_id', 'u.unit', 'u.attempts', 'u.error', 'c.name'])
    .where('u.run_id', 'in', [...runIds])
    .where((eb) =>
      eb.or([eb('u.status', '=', 'failed'), eb.and([eb('u.status', '=', 'running'), eb('u.error', 'is not', null)])]),
    )
    .orderBy('u.unit')
    .limit(200)
    .execute();
}

export async function allClinicIds(em: EntityManager): Promise<string[]> {
  return (await sqlOf(em).selectFrom('clinic').select('id').orderBy('id').execute()).map((r) => r.id);
}

/** Runs begun and not finished (any job). */
export async function unfinishedJobRuns(em: EntityManager): Promise<number> {
  const row = await sqlOf(em)
    .selectFrom('job_run')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
