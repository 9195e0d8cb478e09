import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { JobRun } from './job-run.entity.js';

/** One unit of a job run (a clinic, a table): its attempts and outcome. One clinic's failure never stops the others. */
export const JobUnit = defineEntity({
  name: 'JobUnit',
  tableName: 'job_unit',
  properties: (p) => ({
    run: () => p.manyToOne(JobRun).primary().deleteRule('cascade'),
    unit: p.string().columnType('text').primary(),
    /** running (an attempt is under way or was cut off), ok, failed (after the last retry). */
    status: p.enum(['running', 'ok', 'failed']),
    attempts: p.integer().default(0),
    startedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
    durationMs: p.integer().nullable(),
    error: p.text().nullable(),
    summary: p.json<Record<string, number>>().nullable(),
  }),
});
export type JobUnit = InferEntity<typeof JobUnit>;
