import { insertJobRun, lockUnplannedRun, recordRunPlanned, type EntityManager } from '@bn/db';
import { duePeriod, runIdOf, type RecurringJob } from './recurring-jobs.js';

export interface StartJobRunOptions {
  em: EntityManager;
  job: RecurringJob;
  now: Date;
  /** Hands the run's units to the job queue; must be idempotent (the queue drops a unit it already has). */
  enqueue: (runId: string, units: string[]) => Promise<void>;
}

export interface StartedRun {
  runId: string;
  /** This call planned the run's units (false: another worker did, or it was planned before). */
  planned: boolean;
}

/**
 * Starts the job's due run if nobody has: the run row is unique per job × period, so of several workers ticking at once
 * exactly one inserts it; whoever then locks the unplanned row lists the units and enqueues them. A crash between the
 * two leaves the row unplanned, and the next tick of any worker plans it. Null when nothing is due.
 */
export async function startJobRun({ em, job, now, enqueue }: StartJobRunOptions): Promise<StartedRun | null> {
  const period = duePeriod(job, now);
  const runId = runIdOf(job.name, period.key);
  await insertJobRun(em, { id: runId, job: job.name, period: period.key, scheduledFor: period.dueAt, now });
  return em.transactional(async (tx) => {
    const row = await lockUnplannedRun(tx, runId);
    if (!row || row.units_total !== null) return { runId, planned: false };
    const units = await job.units(tx);
    if (units.length > 0) await enqueue(runId, units);
    await recordRunPlanned(tx, runId, units.length, now);
    return { runId, planned: true };
  });
}
