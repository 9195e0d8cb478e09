// The network's recurring jobs: what runs when, what one run's units are, and what a unit does. The server's job
// runner (apps/server/src/jobs) schedules and executes them; the operator's screen reads their runs (list-job-runs.ts).
import { allClinicIds, type EntityManager } from '@bn/db';
import { addDays, osloDate, osloInstant } from '@bn/domain';
import { advanceClinicHorizon } from './advance-clinic-horizon.js';
import { applyRetention, RETENTION_UNITS, type RetentionUnit } from './apply-retention.js';

export const JOB_NAMES = ['search-horizon', 'retention'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface RecurringJob {
  /** One of JOB_NAMES for the network's own jobs. */
  name: string;
  /** The Oslo wall-clock time a run is due each day, HH:mm. */
  dailyAt: string;
  /** The run's units of work, listed when the run starts: each succeeds, fails and is retried on its own. */
  units(em: EntityManager): Promise<string[]>;
  /** Does one unit, idempotently (running it twice leaves what running it once does); counts for the run's summary. */
  runUnit(o: { em: EntityManager; unit: string; now: Date }): Promise<Record<string, number>>;
}

export const RECURRING_JOBS: readonly (RecurringJob & { name: JobName })[] = [
  {
    // At Oslo midnight: every clinic's offers judged for the new day, its newly reached day of free time built, the
    // past day dropped (advance-clinic-horizon.ts). One unit per clinic.
    name: 'search-horizon',
    dailyAt: '00:00',
    units: (em) => allClinicIds(em),
    runUnit: async ({ em, unit, now }) => ({ ...(await advanceClinicHorizon({ em, clinicId: unit, now })) }),
  },
  {
    // At 03:00, when nobody books: idempotency keys, sessions, sign-in attempts and delivered messages past their
    // periods (apply-retention.ts). One unit per table.
    name: 'retention',
    dailyAt: '03:00',
    units: () => Promise.resolve([...RETENTION_UNITS]),
    runUnit: async ({ em, unit, now }) => applyRetention({ em, unit: unit as RetentionUnit, now }),
  },
];

export interface JobPeriod {
  /** The Oslo date of the run, YYYY-MM-DD: with the job's name, the run's unique key. */
  key: string;
  /** When it was due. */
  dueAt: Date;
}

/**
 * The latest period that is due at `now`: today's once its time has come, else yesterday's. A server that was stopped
 * over several due times makes up for them with one run (each run brings everything up to date), not one per day.
 */
export function duePeriod(job: Pick<RecurringJob, 'dailyAt'>, now: Date): JobPeriod {
  const today = osloDate(now);
  const dueToday = osloInstant(today, job.dailyAt);
  if (now >= dueToday) return { key: today, dueAt: dueToday };
  const yesterday = addDays(today, -1);
  return { key: yesterday, dueAt: osloInstant(yesterday, job.dailyAt) };
}

/** The next time the job is due after `now`. */
export function nextRunAt(job: Pick<RecurringJob, 'dailyAt'>, now: Date): Date {
  const today = osloDate(now);
  const dueToday = osloInstant(today, job.dailyAt);
  return now < dueToday ? dueToday : osloInstant(addDays(today, 1), job.dailyAt);
}

export const runIdOf = (job: string, period: string) => `${job}:${period}`;
