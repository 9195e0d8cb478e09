import { failedJobUnits, latestJobRuns, type EntityManager, type JobRunRow } from '@bn/db';
import { nextRunAt, RECURRING_JOBS, type JobName } from './recurring-jobs.js';

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

const view = (r: JobRunRow): JobRunView => {
  const startedAt = r.started_at;
  const finishedAt = r.finished_at;
  const summary = (typeof r.summary === 'string' ? JSON.parse(r.summary) : r.summary) as Record<string, number> | null;
  return {
    id: r.id,
    period: r.period,
    scheduledFor: r.scheduled_for,
    startedAt,
    finishedAt,
    durationMs: finishedAt ? finishedAt.getTime() - startedAt.getTime() : null,
    result: r.result as JobRunView['result'],
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
  const rows = await latestJobRuns(em, runsPerJob);
  const latest = [...new Set(rows.filter((r) => Number(r.n) === 1).map((r) => r.id))];
  const failed = await failedJobUnits(em, latest);
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
