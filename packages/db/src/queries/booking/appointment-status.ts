// An appointment's status as the clinic or the agent changes it (the caller has locked the row: lockBooking).
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { sqlOf } from '../../sql/kysely.js';

export async function markAppointmentNoShow(tx: EntityManager, appointmentId: string): Promise<void> {
  await sqlOf(tx).updateTable('appointment').set({ status: 'no_show' }).where('id', '=', appointmentId).execute();
}

export async function markAppointmentCancelled(
  tx: EntityManager,
  o: { appointmentId: string; at: Date; reason: string | null; by: string },
): Promise<void> {
  await sqlOf(tx)
    .updateTable('appointment')
    .set({ status: 'cancelled', cancelled_at: o.at, cancel_reason: o.reason, cancelled_by: o.by })
    .where('id', '=', o.appointmentId)
    .execute();
}

export interface LockedBookingRow {
  id: string;
  clinic_id: string;
  book_id: string;
  type_id: string | null;
  department_id: string | null;
  start_at: Date;
  end_at: Date;
  status: string;
  insurer_id: string | null;
  created_by: string | null;
  source: string | null;
  tariff_code: string | null;
  case_id: string | null;
  claim_id: string | null;
}

/** A booking (not a hold or block) with its tariff code, its row locked for the caller's transaction. */
export async function lockBookingRow(tx: EntityManager, appointmentId: string): Promise<LockedBookingRow | null> {
  const row = await sqlOf(tx)
    .selectFrom('appointment as a')
    .leftJoin('tariff as t', 't.id', 'a.tariff_id')
    .select([
      'a.id',
      'a.clinic_id',
      'a.book_id',
      'a.type_id',
      'a.department_id',
      'a.start_at',
      'a.end_at',
      'a.status',
      'a.insurer_id',
      'a.created_by',
      'a.source',
      't.code as tariff_code',
      'a.case_id',
      'a.claim_id',
    ])
    .where('a.id', '=', appointmentId)
    .where('a.kind', '=', 'booking')
    .forUpdate('a')
    .executeTakeFirst();
  return row ?? null;
}

/** A moved booking's new time and department. */
export async function moveAppointment(
  tx: EntityManager,
  o: { appointmentId: string; startAt: Date; endAt: Date; departmentId: string | null },
): Promise<void> {
  await sqlOf(tx)
    .updateTable('appointment')
    .set({ start_at: o.startAt, end_at: o.endAt, department_id: o.departmentId })
    .where('id', '=', o.appointmentId)
    .execute();
}

/**
 * The clinic's own booking of its patient (source `clinic`), at the type's department (T5) if it has one. Inserted
 * only when book, type and patient card are all the same clinic's; the exclusion constraint still guards the time.
 * No insurer: the patient pays (K6). The caller has taken the free slot in the same transaction. True when written.
 */
export async function insertClinicBooking(
  tx: EntityManager,
  o: {
    appointmentId: string;
    bookId: string;
    typeId: string;
    patientId: string;
    startAt: Date;
    endAt: Date;
    createdBy: string;
    patientRemark: string | null;
    note: string | null;
    now: Date;
  },
): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    insert into appointment (id, created_at, clinic_id, book_id, type_id, department_id, start_at, end_at, kind, status,
                             source, created_by, patient_id, patient_remark, note, paid_by_patient)
    select ${o.appointmentId}::text, ${o.now}::timestamptz, b.clinic_id, b.id, t.id, t.department_id,
           ${o.startAt}::timestamptz, ${o.endAt}::timestamptz, 'booking', 'active', 'clinic', ${o.createdBy}::text,
           p.id, ${o.patientRemark}::text, ${o.note}::text, true
    from appointment_book b
    join appointment_type t on t.id = ${o.typeId}::text and t.clinic_id = b.clinic_id
    join patient p on p.id = ${o.patientId}::text and p.clinic_id = b.clinic_id
    where b.id = ${o.bookId}::text
    returning id`.execute(sqlOf(tx));
  return rows.length === 1;
}
