import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * One run of a recurring job (apps/server/src/jobs): the job and its period (`nightly` × `2027-03-28`, an Oslo date)
 * are unique, so however many workers tick at once a period is started exactly once. Its work is split into units
 * (`job_unit`, one per clinic for the nightly job) that the job queue runs, retries and, after a crash, runs again;
 * the run is finished when every unit is. What the operator's screen shows: last run, duration, result.
 */
export const JobRun = defineEntity({
  name: 'JobRun',
  tableName: 'job_run',
  uniques: [{ name: 'job_run_job_period_unique', properties: ['job', 'period'] }],
  indexes: [{ properties: ['job', 'startedAt'] }],
  properties: (p) => ({
    id: p.string().columnType('text').primary(),
    job: p.string().columnType('text'),
    period: p.string().columnType('text'),
    /** On the product's clock: when the period began (the Oslo midnight of a nightly run) and when the run started. */
    scheduledFor: p.datetime(),
    startedAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
    /** Null until the run's units are planned (a crash in between is planned again by the next tick). */
    unitsTotal: p.integer().nullable(),
    unitsOk: p.integer().default(0),
    unitsFailed: p.integer().default(0),
    /** ok: every unit done; partial: some units failed after their retries; failed: all did. Null while running. */
    result: p.enum(['ok', 'partial', 'failed']).nullable(),
    /** The first failed unit's error, for the operator. */
    error: p.text().nullable(),
    /** Totals the units reported (rows written, removed …). */
    summary: p.json<Record<string, number>>().nullable(),
  }),
});
export type JobRun = InferEntity<typeof JobRun>;
