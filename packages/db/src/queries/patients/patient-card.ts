// The clinic's patient card (one per clinic × national id): found or created by a booking, read by the card's page.
import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';
import { CLAIM_TERMS_COLUMNS, type ClaimTermsRow } from '../claims/claim-terms.js';

export interface CardDetails {
  clinicId: string;
  /** A validated national identity number and the birth date it gives (the domain's `parseNationalId`). */
  nationalId: string;
  birthDate: string;
  name: string;
  phone: string | null;
  email: string | null;
  now: Date;
}

/**
 * The card as an upsert from `source` (a FROM clause naming the rows to write, e.g. `from h` for "only when the hold
 * was found"): created from the booking's details on the first booking, otherwise found and left as it is — the card
 * is the clinic's, and a booker (maybe another insurer's agent, maybe mistaken) never rewrites its name or contact
 * details; the booking keeps them itself. The no-op `do update` (rather than `do nothing`) returns a card committed
 * after the statement's snapshot, and locks it for the transaction. Returns the card's `id`, `email`, `phone`.
 */
export function upsertPatientCard(
  d: CardDetails,
  source: RawBuilder<unknown> = sql``,
  id: string = randomUUID(),
): RawBuilder<{ id: string; email: string | null; phone: string | null }> {
  return sql`insert into patient (id, created_at, clinic_id, national_id, name, phone, email, birth_date)
     select ${id}::text, ${d.now}::timestamptz, ${d.clinicId}::text, ${d.nationalId}::text, ${d.name}::text, ${d.phone}::text,
            ${d.email}::text, ${d.birthDate}::date ${source}
     on conflict (clinic_id, national_id) do update set name = patient.name
     returning id, email, phone`;
}

/** The card as a statement of its own, in the caller's transaction (it stays locked until the transaction ends). */
export async function findOrCreatePatientCard(tx: EntityManager, d: CardDetails): Promise<string> {
  const { rows } = await upsertPatientCard(d).execute(sqlOf(tx));
  return rows[0]!.id;
}

export async function patientIdByNationalId(
  em: EntityManager,
  clinicId: string,
  nationalId: string,
): Promise<string | null> {
  const row = await sqlOf(em)
    .selectFrom('patient')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('national_id', '=', nationalId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Whether a practitioner's own books hold an appointment of the patient (who may read the card). */
export async function patientHasAppointmentWithPractitioner(
  em: EntityManager,
  patientId: string,
  practitionerId: string,
): Promise<boolean> {
  const row = await sqlOf(em)
    .selectFrom('appointment as a')
    .innerJoin('appointment_book as b', 'b.id', 'a.book_id')
    .select(sql.lit(1).as('one'))
    .where('a.patient_id', '=', patientId)
    .where('b.owner_practitioner_id', '=', practitionerId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** An appointment `a`'s booked details beside its card `p`'s, for the api's `detailDifferencesOf`. */
export const detailColumns = sql`a.booked_name, a.booked_phone, a.booked_email, p.name as card_name, p.phone as card_phone, p.email as card_email`;

export interface DetailColumns {
  booked_name: string | null;
  booked_phone: string | null;
  booked_email: string | null;
  card_name: string | null;
  card_phone: string | null;
  card_email: string | null;
}

export interface PatientCardRows {
  patient: {
    id: string;
    clinic_id: string;
    national_id: string;
    name: string;
    birth_date: string;
    phone: string | null;
    email: string | null;
  };
  bookings: ({
    id: string;
    start_at: Date;
    end_at: Date;
    status: string;
    practitioner_name: string | null;
    type_name: string | null;
    tariff_code: string | null;
    insurer_name: string | null;
    case_id: string | null;
    note: string | null;
    patient_remark: string | null;
    source: string | null;
    paid_by_patient: boolean;
    claim_id: string | null;
  } & DetailColumns)[];
  claims: ({
    id: string;
    insurer_id: string;
    insurer_name: string;
    case_id: string | null;
    case_number: string | null;
    created_automatically: boolean;
    created_at: Date;
  } & ClaimTermsRow)[];
}

export async function patientRow(em: EntityManager, patientId: string): Promise<PatientCardRows['patient'] | null> {
  const row = await sqlOf(em)
    .selectFrom('patient')
    .select(['id', 'clinic_id', 'national_id', 'name', 'birth_date', 'phone', 'email'])
    .where('id', '=', patientId)
    .executeTakeFirst();
  return row ?? null;
}

/** The card's bookings, newest first (with `ownBooksOf`, only those in that practitioner's books), and its claims. */
export async function patientCardLists(
  em: EntityManager,
  patientId: string,
  ownBooksOf: string | null,
): Promise<Omit<PatientCardRows, 'patient'>> {
  const { rows: bookings } = await sql<PatientCardRows['bookings'][number]>`
    select a.id, a.start_at, a.end_at, a.status, pr.name as practitioner_name, t.name as type_name, tr.code as tariff_code, i.name as insurer_name,
           a.case_id, a.note, a.patient_remark, a.source, a.paid_by_patient, a.claim_id, ${detailColumns}
    from appointment a join patient p on p.id = a.patient_id join appointment_book b on b.id = a.book_id left join practitioner pr on pr.id = b.owner_practitioner_id
    left join appointment_type t on t.id = a.type_id left join tariff tr on tr.id = a.tariff_id left join insurer i on i.id = a.insurer_id
    where a.patient_id = ${patientId} and a.kind = 'booking' and (${ownBooksOf}::text is null or b.owner_practitioner_id = ${ownBooksOf})
    order by a.start_at desc`.execute(sqlOf(em));
  const claims = await sqlOf(em)
    .selectFrom('claim as c')
    .innerJoin('insurer as i', 'i.id', 'c.insurer_id')
    .select([
      'c.id',
      'c.insurer_id',
      'i.name as insurer_name',
      'c.case_id',
      'c.case_number',
      ...CLAIM_TERMS_COLUMNS.map((c) => `c.${c}` as const),
      'c.created_automatically',
      'c.created_at',
    ])
    .where('c.patient_id', '=', patientId)
    .orderBy('c.created_at')
    .execute();
  return { bookings, claims };
}

/** A booking with its card, the card locked for the caller's transaction: what taking details over reads. */
export async function lockBookingCard(
  tx: EntityManager,
  appointmentId: string,
): Promise<({ clinic_id: string; start_at: Date; patient_id: string } & DetailColumns) | null> {
  const { rows } = await sql<{ clinic_id: string; start_at: Date; patient_id: string } & DetailColumns>`
    select a.clinic_id, a.start_at, p.id as patient_id, ${detailColumns}
    from appointment a join patient p on p.id = a.patient_id
    where a.id = ${appointmentId} and a.kind = 'booking' for update of p`.execute(sqlOf(tx));
  return rows[0] ?? null;
}

/** The card takes the given fields over (null: keeps its own). */
export async function updateCardDetails(
  tx: EntityManager,
  patientId: string,
  v: { name: string | null; phone: string | null; email: string | null },
): Promise<void> {
  await sqlOf(tx)
    .updateTable('patient')
    .set((eb) => ({
      name: eb.fn.coalesce(eb.val(v.name), eb.ref('name')),
      phone: eb.fn.coalesce(eb.val(v.phone), eb.ref('phone')),
      email: eb.fn.coalesce(eb.val(v.email), eb.ref('email')),
    }))
    .where('id', '=', patientId)
    .execute();
}
