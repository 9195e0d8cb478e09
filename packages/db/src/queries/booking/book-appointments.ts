// A clinic's books as its calendar shows them: appointments with type, tariff, insurer, department and card.
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NAME_FOLD } from '@bn/domain';
import { sqlOf } from '../../sql/kysely.js';
import { detailColumns, type DetailColumns } from '../patients/patient-card.js';
import { likeLiteral } from '../patients/patient-search.js';
import { restrictionColumns, type RestrictionsRow } from './restrictions.js';

/** The appointment `a`'s department as `department_*` (with `departmentJoin`). */
export const departmentColumns = sql`d.id as department_id, d.name as department_name, d.street as department_street,
            d.postcode as department_postcode, d.city as department_city`;
/** The department chosen at booking, else the type `t`'s own (T5). */
export const departmentJoin = sql`left join department d on d.id = coalesce(a.department_id, t.department_id)`;

export interface DepartmentColumns {
  department_id: string | null;
  department_name: string | null;
  department_street: string | null;
  department_postcode: string | null;
  department_city: string | null;
}

export interface BookAppointmentRow extends DetailColumns, DepartmentColumns {
  id: string;
  book_id: string;
  kind: string;
  status: string;
  start_at: Date;
  end_at: Date;
  source: string | null;
  case_id: string | null;
  patient_remark: string | null;
  note: string | null;
  paid_by_patient: boolean;
  cancel_reason: string | null;
  cancelled_by: string | null;
  type_id: string | null;
  type_name: string | null;
  colour: string | null;
  tariff_code: string | null;
  tariff_name: string | null;
  insurer_name: string | null;
  patient_id: string | null;
  patient_name: string | null;
  /** The agent who booked (`created_by` of an agent's booking), by name; null for an app's or the clinic's. */
  booker_name: string | null;
}

/** The appointments of the clinic's books that overlap [from, until). */
export async function bookAppointmentRows(
  em: EntityManager,
  q: { clinicId: string; bookIds: readonly string[]; from: Date; until: Date },
): Promise<BookAppointmentRow[]> {
  if (q.bookIds.length === 0) return [];
  const { rows } = await sql<BookAppointmentRow>`
    select a.id, a.book_id, a.kind, a.status, a.start_at, a.end_at, a.source, a.case_id, a.patient_remark, a.note, a.paid_by_patient,
           a.cancel_reason, a.cancelled_by, t.id as type_id, t.name as type_name, t.colour, tr.code as tariff_code, tr.name as tariff_name,
           i.name as insurer_name, p.id as patient_id, p.name as patient_name, u.name as booker_name, ${detailColumns}, ${departmentColumns}
    from appointment a left join appointment_type t on t.id = a.type_id left join tariff tr on tr.id = a.tariff_id ${departmentJoin}
    left join insurer i on i.id = a.insurer_id left join patient p on p.id = a.patient_id
    left join app_user u on a.source = 'agent' and u.id = a.created_by
    where a.clinic_id = ${q.clinicId} and a.book_id in (${sql.join(q.bookIds)}) and a.start_at < ${q.until} and a.end_at > ${q.from}
    order by a.start_at, a.id`.execute(sqlOf(em));
  return rows;
}

/** The books by id, with their clinic and owner (who may read them). */
export async function booksByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<{ id: string; clinic_id: string; owner_practitioner_id: string | null }[]> {
  if (ids.length === 0) return [];
  return sqlOf(em)
    .selectFrom('appointment_book')
    .select(['id', 'clinic_id', 'owner_practitioner_id'])
    .where('id', 'in', [...ids])
    .execute();
}

export interface AgentBookingRow extends RestrictionsRow, DepartmentColumns {
  id: string;
  start_at: Date;
  end_at: Date;
  status: string;
  clinic_id: string;
  book_id: string;
  type_id: string | null;
  practitioner_id: string | null;
  practitioner_name: string | null;
  clinic_name: string;
  /** The clinic's phone number (+47XXXXXXXX), set by its admin; null until given. */
  clinic_phone: string | null;
  type_name: string | null;
  tariff_code: string | null;
  tariff_name: string | null;
  case_id: string | null;
  patient_id: string | null;
  patient_name: string | null;
  /** The agent who booked (`created_by` of an agent's booking) and its name; null for an app's booking. */
  booked_by_id: string | null;
  booked_by_name: string | null;
}

/** A booker's booking as «Mine bookinger» and the public API show it: the columns of `AgentBookingRow`. */
const bookerBookingSelect = sql`
    select a.id, a.start_at, a.end_at, a.status, a.clinic_id, a.book_id, a.type_id, b.owner_practitioner_id as practitioner_id,
           pr.name as practitioner_name, c.name as clinic_name, c.phone as clinic_phone, t.name as type_name, tr.code as tariff_code, tr.name as tariff_name,
           a.case_id, a.patient_id, a.booked_name as patient_name, ${restrictionColumns}, ${departmentColumns},
           u.id as booked_by_id, u.name as booked_by_name
    from appointment a join clinic c on c.id = a.clinic_id join appointment_book b on b.id = a.book_id
    left join app_user u on a.source = 'agent' and u.id = a.created_by
    left join appointment_type t on t.id = a.type_id left join practitioner pr on pr.id = b.owner_practitioner_id ${departmentJoin}
    left join tariff tr on tr.id = a.tariff_id`;

/** The bookings an agent made for its insurer that start in [from, until), with T3's columns for the change window. */
export async function agentBookingRows(
  em: EntityManager,
  q: { insurerId: string; agentId: string; from: Date; until: Date },
): Promise<AgentBookingRow[]> {
  const { rows } = await sql<AgentBookingRow>`${bookerBookingSelect}
    where a.kind = 'booking' and a.insurer_id = ${q.insurerId} and a.created_by = ${q.agentId}
      and a.start_at >= ${q.from} and a.start_at < ${q.until}
    order by a.start_at, a.id`.execute(sqlOf(em));
  return rows;
}

/** `column` as `foldName` folds a typed word: Æ as «ae», the letters of NAME_FOLD without their marks, lower case. */
const folded = (column: string) =>
  sql`lower(translate(replace(replace(${sql.ref(column)}, 'Æ', 'ae'), 'æ', 'ae'), ${NAME_FOLD.from}, ${NAME_FOLD.to}))`;

/** Every one of `words` (folded) somewhere in `column` (folded). */
const holdsEvery = (column: string, words: readonly string[]) =>
  sql`(${sql.join(
    words.map((w) => sql`${folded(column)} like ${`%${likeLiteral(w)}%`}`),
    sql` and `,
  )})`;

/**
 * The insurer's bookings (any agent's or app's), never another insurer's. With `text`: those whose id starts with
 * `idPrefix` (a booking reference), whose SakID is `caseId`, whose patient has `nationalId`, or whose patient's name
 * (as booked) or book owner's name holds every one of `nameWords` (folded, any order); with `from`/`until`: those
 * starting in [from, until). Narrowed to a `status` and to the bookings one agent made (`agentId`). The newest first,
 * at most `limit`.
 */
export async function insurerBookingLookupRows(
  em: EntityManager,
  q: {
    insurerId: string;
    text: {
      idPrefix: string | null;
      caseId: string | null;
      nationalId: string | null;
      nameWords: readonly string[];
    } | null;
    from: Date | null;
    until: Date | null;
    status: string | null;
    agentId: string | null;
    limit: number;
  },
): Promise<AgentBookingRow[]> {
  const t = q.text;
  const matches = t
    ? [
        t.idPrefix ? sql`a.id::text like ${`${t.idPrefix}%`}` : null,
        t.caseId ? sql`a.case_id = ${t.caseId}` : null,
        t.nationalId ? sql`a.patient_id in (select id from patient where national_id = ${t.nationalId})` : null,
        t.nameWords.length ? holdsEvery('a.booked_name', t.nameWords) : null,
        t.nameWords.length ? holdsEvery('pr.name', t.nameWords) : null,
      ].filter((m) => m !== null)
    : [];
  if (t && matches.length === 0) return [];
  if (!t && !q.from && !q.until) return [];
  const narrow = [
    matches.length ? sql` and (${sql.join(matches, sql` or `)})` : sql``,
    q.from ? sql` and a.start_at >= ${q.from}` : sql``,
    q.until ? sql` and a.start_at < ${q.until}` : sql``,
    q.status ? sql` and a.status = ${q.status}` : sql``,
    q.agentId ? sql` and a.source = 'agent' and a.created_by = ${q.agentId}` : sql``,
  ];
  const { rows } = await sql<AgentBookingRow>`${bookerBookingSelect}
    where a.kind = 'booking' and a.insurer_id = ${q.insurerId}${sql.join(narrow, sql``)}
    order by a.start_at desc, a.id limit ${q.limit}`.execute(sqlOf(em));
  return rows;
}

/** One booking an insurer's apps made (any of its keys), or undefined: another insurer's is not found. */
export async function insurerAppBookingRow(
  em: EntityManager,
  q: { insurerId: string; appointmentId: string },
): Promise<AgentBookingRow | undefined> {
  const { rows } = await sql<AgentBookingRow>`${bookerBookingSelect}
    where a.kind = 'booking' and a.id = ${q.appointmentId} and a.insurer_id = ${q.insurerId} and a.source = 'insurer_app'`.execute(
    sqlOf(em),
  );
  return rows[0];
}

/** One booking of the insurer, whichever channel made it (agent, app, or the clinic's move of either): a webhook's payload. */
export async function insurerBookingRow(
  em: EntityManager,
  q: { insurerId: string; appointmentId: string },
): Promise<AgentBookingRow | undefined> {
  const { rows } = await sql<AgentBookingRow>`${bookerBookingSelect}
    where a.kind = 'booking' and a.id = ${q.appointmentId} and a.insurer_id = ${q.insurerId}`.execute(sqlOf(em));
  return rows[0];
}

/** The free slots of the books starting in [from, until), as the calendar offers them for a move. */
export async function freeSlotRows(
  em: EntityManager,
  q: { bookIds: readonly string[]; from: Date; until: Date },
): Promise<{ book_id: string; type_id: string; start_at: Date; end_at: Date }[]> {
  if (q.bookIds.length === 0) return [];
  return sqlOf(em)
    .selectFrom('free_slot')
    .select(['book_id', 'type_id', 'start_at', 'end_at'])
    .where('book_id', 'in', [...q.bookIds])
    .where('start_at', '>=', q.from)
    .where('start_at', '<', q.until)
    .orderBy('start_at')
    .orderBy('book_id')
    .orderBy('type_id')
    .execute();
}
