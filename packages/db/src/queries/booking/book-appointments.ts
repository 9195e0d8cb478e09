// A clinic's books as its calendar shows them: appointments with type, tariff, insurer, department and card.
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';
import { detailColumns, type DetailColumns } from '../patients/patient-card.js';

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
           i.name as insurer_name, p.id as patient_id, p.name as patient_name, ${detailColumns}, ${departmentColumns}
    from appointment a left join appointment_type t on t.id = a.type_id left join tariff tr on tr.id = a.tariff_id ${departmentJoin}
    left join insurer i on i.id = a.insurer_id left join patient p on p.id = a.patient_id
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
