import type { EntityManager } from '@bn/db';
import { nextRunAt, RECURRING_JOBS, type JobName } from './recurring-jobs.js';
import { toInstant } from '../booking/sql-values.js';

export interface JobRunView {
  id: string;
  /** The Oslo date of the run. */
  period: string;
  scheduledFor: Date;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  /** null while running. */
  result: 'ok' | 'partial' | 'failed' | null;
  unitsTotal: number | null;
  unitsOk: number;
  unitsFailed: number;
  /** The first failed unit and its error. */
  error: string | null;
  summary: Record<string, number> | null;
}

export interface FailedUnitView {
  unit: string;
  /** The clinic's name when the unit is a clinic. */
  label: string | null;
  attempts: number;
  error: string | null;
}

export interface JobOverview {
  job: JobName;
  /** Oslo wall-clock time it is due each day. */
  dailyAt: string;
  nextRunAt: Date;
  /** Most recent first. */
  runs: JobRunView[];
  /** Units of the latest run that failed after their retries, or are still being retried. */
  failedUnits: FailedUnitView[];
}

interface RunRow {
  id: string;
  job: JobName;
  period: string;
  scheduled_for: Date | string;
  started_at: Date | string;
  finished_at: Date | string | null;
  result: JobRunView['result'];
  units_total: number | null;
  units_ok: number;
  units_failed: number;
  error: string | null;
  summary: Record<string, number> | string | null;
}

const view = (r: RunRow): JobRunView => {
  const startedAt = toInstant(r.started_at);
  const finishedAt = r.finished_at === null ? null : toInstant(r.finished_at);
  const summary = typeof r.summary === 'string' ? (JSON.parse(r.summary) as Record<string, number>) : r.summary;
  return {
    id: r.id,
    period: r.period,
    scheduledFor: toInstant(r.scheduled_for),
    startedAt,
    finishedAt,
    durationMs: finishedAt ? finishedAt.getTime() - startedAt.getTime() : null,
    result: r.result,
    unitsTotal: r.units_total,
    unitsOk: Number(r.units_ok),
    unitsFailed: Number(r.units_failed),
    error: r.error,
    summary: summary ? Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, Number(v)])) : null,
  };
};

/**
 * Every recurring job with its latest runs (last run, duration, result, next run) and the units of the latest run
 * that failed: the network operator's view of the jobs (and the building block of its overview).
 */
export async function listJobRuns({
  em,
  now,
  runsPerJob = 7,
}: {
  em: EntityManager;
  now: Date;
  runsPerJob?: number;
}): Promise<JobOverview[]> {
  const rows = await em.execute<(RunRow & { n: number })[]>(
    `select * from (
       select r.*, row_number() over (partition by r.job order by r.started_at desc, r.id desc) as n from job_run r
     ) ranked where n <= ? order by job, started_at desc, id desc`,
    [runsPerJob],
  );
  const latest = [...new Set(rows.filter((r) => Number(r.n) === 1).map((r) => r.id))];
  const failed = latest.length
    ? await em.execute<{ run_id: string; unit: string; attempts: number; error: string | null; name: string | null }[]>(
        `select u.run_id, u.unit, u.attempts, u.error, c.name from job_unit u left join clinic c on c.id = u.unit
         where u.run_id in (${latest.map(() => '?').join(', ')}) and (u.status = 'failed' or (u.status = 'running' and u.error is not null))
         order by u.unit limit 200`,
        latest,
      )
    : [];
  return RECURRING_JOBS.map((job) => {
    const runs = rows.filter((r) => r.job === job.name).map(view);
    const lastId = runs[0]?.id;
    return {
      job: job.name,
      dailyAt: job.dailyAt,
      nextRunAt: nextRunAt(job, now),
      runs,
      failedUnits: failed
        .filter((u) => u.run_id === lastId)
        .map((u) => ({ unit: u.unit, label: u.name, attempts: Number(u.attempts), error: u.error })),
    };
  });
}
