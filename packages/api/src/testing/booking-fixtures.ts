// A practitioner bookable through the network for booking tests: the configuration fixture plus membership, agreement
// and the derived offers and free time, so a test starts from what the agent's search shows.
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@bn/db';
import { Agreement, AppointmentBook, AppointmentType, Clinic, Insurer, Membership, type Practitioner } from '@bn/db';
import { addDays, osloDate, type Restrictions } from '@bn/domain';
import { reindexClinics } from '../use-cases/search/reindex-clinic.js';
import { createClinicSetup, type ClinicSetup } from './config-fixtures.js';

export interface BookableSetup extends ClinicSetup {
  clinicId: string;
  insurerId: string;
  tariffCode: string;
}

export interface BookableOptions {
  clinic: Clinic;
  insurer: Insurer;
  practitioner?: Practitioner;
  type?: { notificationsOn?: boolean; automaticDialog?: string | null; ownLimits?: Restrictions | null };
  book?: { restrictions?: Restrictions };
  clinicMaxSelfBooked?: number | null;
}

/** Everything the readiness check asks for, then the search's derived data rebuilt as a configuration change would. */
export async function createBookableSetup(em: EntityManager, o: BookableOptions): Promise<BookableSetup> {
  const setup = await createClinicSetup(em, o.clinic, o.practitioner);
  const clinic = await em.findOneOrFail(Clinic, { id: o.clinic.id });
  const insurer = await em.findOneOrFail(Insurer, { id: o.insurer.id });
  clinic.integrationActive = true;
  if (o.clinicMaxSelfBooked !== undefined) clinic.maxSelfBooked = o.clinicMaxSelfBooked;
  const type = await em.findOneOrFail(AppointmentType, { id: setup.type.id });
  type.notificationsOn = o.type?.notificationsOn ?? false;
  type.automaticDialog = o.type?.automaticDialog ?? null;
  if (o.type?.ownLimits) {
    type.ownLimitsEnabled = true;
    type.ownLimits = o.type.ownLimits;
  }
  if (o.book?.restrictions)
    (await em.findOneOrFail(AppointmentBook, { id: setup.book.id })).restrictions = o.book.restrictions;
  const existing = await em.findOne(Membership, { practitioner: setup.practitioner.id });
  if (existing) existing.status = 'approved';
  else em.create(Membership, { practitioner: setup.practitioner, status: 'approved', decidedAt: new Date() });
  const today = osloDate(new Date());
  if (!(await em.findOne(Agreement, { insurer: insurer.id, clinic: clinic.id }))) {
    em.create(Agreement, {
      id: randomUUID(),
      insurer,
      clinic,
      practitioner: null,
      status: 'approved',
      validFrom: addDays(today, -30),
      validTo: null,
    });
  }
  await em.flush();
  await em.transactional((tx) => reindexClinics({ em: tx, clinicIds: [clinic.id], now: new Date(), freeTime: true }));
  return { ...setup, clinicId: clinic.id, insurerId: insurer.id, tariffCode: setup.insuranceTariff.code };
}

export interface FreeSlotRow {
  startAt: Date;
  endAt: Date;
}

/** The book × type's free time as the table holds it, earliest first (from now on). */
export async function freeSlotsOf(orm: MikroORM, bookId: string, typeId: string): Promise<FreeSlotRow[]> {
  const rows = await orm.em
    .fork()
    .execute<{ start_at: Date; end_at: Date }[]>(
      'select start_at, end_at from free_slot where book_id = ? and type_id = ? and start_at > now() order by start_at',
      [bookId, typeId],
    );
  return rows.map((r) => ({ startAt: new Date(r.start_at), endAt: new Date(r.end_at) }));
}

/** Rows of a table matching a condition, for assertions. */
export async function countRows(orm: MikroORM, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from (${sql}) q`, params);
  return Number(row?.n ?? 0);
}
