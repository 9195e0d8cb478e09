// Moving the product's clock in integration tests: a clock to set and advance, a clinic configured at that clock's
// "today", and the recurring jobs run in-process the way the server's runner runs them (start the due run once, then
// each unit with its bookkeeping) — so a test can live through 100 days in seconds.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { EntityManager, MikroORM } from '@bn/db';
import {
  Agreement,
  AppointmentType,
  Clinic,
  Insurer,
  Membership,
  WeekTemplate,
  WorkPlan,
  type Practitioner,
} from '@bn/db';
import { addDays, isoWeek, osloDate, osloInstant, type TemplateWindow } from '@bn/domain';
import { reindexClinics } from '../use-cases/search/reindex-clinic.js';
import { startJobRun } from '../use-cases/maintenance/start-job-run.js';
import { finishJobUnit, startJobUnit } from '../use-cases/maintenance/record-job-unit.js';
import { RECURRING_JOBS, type JobName } from '../use-cases/maintenance/recurring-jobs.js';
import { createClinicSetup, type ClinicSetup } from './config-fixtures.js';

export class TestClock {
  private t: number;
  constructor(start: Date) {
    this.t = start.getTime();
  }
  readonly now = (): Date => new Date(this.t);
  /** To an Oslo wall-clock moment. */
  set(date: string, time: string): this {
    this.t = osloInstant(date, time).getTime();
    return this;
  }
  advance(ms: number): this {
    this.t += ms;
    return this;
  }
  today(): string {
    return osloDate(this.now());
  }
}

/**
 * Runs a recurring job's due run in this process as the server's runner would: the run row and its units (once per
 * period, whoever asks), then every unit with its bookkeeping. Returns the run's id.
 */
export async function runJobNow(orm: MikroORM, name: JobName, now: Date): Promise<string | null> {
  const job = RECURRING_JOBS.find((j) => j.name === name)!;
  const queued: { runId: string; unit: string }[] = [];
  const started = await startJobRun({
    em: orm.em.fork(),
    job,
    now,
    enqueue: (runId, units) => {
      queued.push(...units.map((unit) => ({ runId, unit })));
      return Promise.resolve();
    },
  });
  for (const { runId, unit } of queued) {
    await startJobUnit(orm.em.fork(), { runId, unit, now });
    const t0 = performance.now();
    const summary = await job.runUnit({ em: orm.em.fork(), unit, now });
    await finishJobUnit(orm.em.fork(), {
      runId,
      unit,
      now,
      durationMs: performance.now() - t0,
      outcome: { status: 'ok', summary },
    });
  }
  return started?.runId ?? null;
}

export interface TimedSetupOptions {
  clinic: Clinic;
  insurer: Insurer;
  practitioner?: Practitioner;
  now: Date;
  /** Weeks of work plan from the week of `now` (26 by default). */
  weeks?: number;
  /** Every day of the week: these windows with the setup's type (default: 09:00–10:00 and 14:00–15:00). */
  windows?: { start: string; end: string }[];
  agreement?: { validFrom: string; validTo: string | null };
  /** Public holidays the work plan opens. */
  openedHolidays?: string[];
}

/** A practitioner bookable by the insurer, configured as of `now` (a configuration change at that moment). */
export async function createTimedSetup(
  em: EntityManager,
  o: TimedSetupOptions,
): Promise<ClinicSetup & { clinicId: string; insurerId: string; tariffCode: string }> {
  const setup = await createClinicSetup(em, o.clinic, o.practitioner);
  const clinic = await em.findOneOrFail(Clinic, { id: o.clinic.id });
  clinic.integrationActive = true;
  const today = osloDate(o.now);
  const windows: TemplateWindow[] = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
    (
      o.windows ?? [
        { start: '09:00', end: '10:00' },
        { start: '14:00', end: '15:00' },
      ]
    ).map((w) => ({ weekday, start: w.start, end: w.end, typeIds: [setup.type.id] })),
  );
  (await em.findOneOrFail(WeekTemplate, { id: setup.template.id })).windows = windows;
  const plan = await em.findOneOrFail(WorkPlan, { id: setup.plan.id });
  plan.weeks = Array.from({ length: o.weeks ?? 26 }, (_, i) => ({
    ...isoWeek(addDays(today, i * 7)),
    templateId: setup.template.id,
  }));
  plan.openedHolidays = o.openedHolidays ?? [];
  (await em.findOneOrFail(AppointmentType, { id: setup.type.id })).department = null;
  const membership = await em.findOne(Membership, { practitioner: setup.practitioner.id });
  if (membership) membership.status = 'approved';
  else em.create(Membership, { practitioner: setup.practitioner, status: 'approved', decidedAt: o.now });
  const insurer = await em.findOneOrFail(Insurer, { id: o.insurer.id });
  const a = o.agreement ?? { validFrom: addDays(today, -30), validTo: null };
  em.create(Agreement, {
    id: randomUUID(),
    insurer,
    clinic,
    practitioner: null,
    status: 'approved',
    validFrom: a.validFrom,
    validTo: a.validTo,
  });
  await em.flush();
  await em.transactional((tx) => reindexClinics({ em: tx, clinicIds: [clinic.id], now: o.now, freeTime: true }));
  return { ...setup, clinicId: clinic.id, insurerId: insurer.id, tariffCode: setup.insuranceTariff.code };
}

/** The derived search data as rows, for comparing an aged database with a fresh rebuild. */
export async function derivedRows(
  orm: MikroORM,
): Promise<{ offers: string[]; freeSlots: string[]; searchSlots: string[] }> {
  const em = orm.em.fork();
  const rows = async (sql: string) => (await em.execute<{ r: string }[]>(sql)).map((x) => x.r);
  return {
    offers: await rows(`select row(o.*)::text as r from offer o order by 1`),
    freeSlots: await rows(`select row(f.*)::text as r from free_slot f order by 1`),
    searchSlots: await rows(`select row(s.*)::text as r from search_slot s order by 1`),
  };
}
