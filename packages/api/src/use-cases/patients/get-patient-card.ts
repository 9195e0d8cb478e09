import type { EntityManager } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';
import { toInstant } from '../booking/sql-values.js';
import { canReadPatient } from './patient-scope.js';
import { DETAIL_COLUMNS, detailDifferencesOf, type DetailDifference } from './detail-differences.js';

export interface PatientCard {
  id: string;
  clinicId: string;
  nationalId: string;
  name: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  bookings: {
    id: string;
    startAt: Date;
    endAt: Date;
    status: string;
    practitionerName: string | null;
    typeName: string | null;
    tariffCode: string | null;
    insurerName: string | null;
    caseId: string | null;
    note: string | null;
    patientRemark: string | null;
    source: string | null;
    paidByPatient: boolean;
    /** Where the details its booker gave differ from this card (the clinic may take them over); empty when they agree. */
    detailDifferences: DetailDifference[];
  }[];
  claims: {
    id: string;
    insurerName: string;
    caseId: string | null;
    caseNumber: string | null;
    claimType: string | null;
    treatmentsGranted: number | null;
    validFrom: string | null;
    validTo: string | null;
    createdAutomatically: boolean;
    createdAt: Date;
  }[];
}

type Row = Record<string, unknown>;

/**
 * The patient card with its bookings and claims, for someone allowed to see it; the read is logged. A practitioner
 * sees only the bookings in its own books and the claims they use.
 */
export async function getPatientCard({
  em,
  user,
  patientId,
  now,
  action = 'read_patient',
}: {
  em: EntityManager;
  user: SessionUser;
  patientId: string;
  now: Date;
  action?: 'read_patient' | 'find_patient';
}): Promise<PatientCard> {
  const [p] = await em.execute<Row[]>(
    'select id, clinic_id, national_id, name, birth_date::text as birth_date, phone, email from patient where id = ?',
    [patientId],
  );
  if (!p || !(await canReadPatient(em, user, { id: patientId, clinicId: String(p.clinic_id) })))
    throw new AppError('NOT_FOUND');
  const ownBooksOnly = user.role === 'practitioner' ? ' and b.owner_practitioner_id = ?' : '';
  const scope = user.role === 'practitioner' ? [user.practitionerId] : [];
  const bookings = await em.execute<Row[]>(
    `select a.id, a.start_at, a.end_at, a.status, pr.name as practitioner_name, t.name as type_name, tr.code as tariff_code, i.name as insurer_name,
            a.case_id, a.note, a.patient_remark, a.source, a.paid_by_patient, a.claim_id, ${DETAIL_COLUMNS}
     from appointment a join patient p on p.id = a.patient_id join appointment_book b on b.id = a.book_id left join practitioner pr on pr.id = b.owner_practitioner_id
     left join appointment_type t on t.id = a.type_id left join tariff tr on tr.id = a.tariff_id left join insurer i on i.id = a.insurer_id
     where a.patient_id = ? and a.kind = 'booking'${ownBooksOnly} order by a.start_at desc`,
    [patientId, ...scope],
  );
  const claimIds = new Set(bookings.map((b) => b.claim_id));
  const claims = (
    await em.execute<Row[]>(
      `select c.id, i.name as insurer_name, c.case_id, c.case_number, c.claim_type, c.treatments_granted, c.valid_from::text as valid_from,
              c.valid_to::text as valid_to, c.created_automatically, c.created_at
       from claim c join insurer i on i.id = c.insurer_id where c.patient_id = ? order by c.created_at`,
      [patientId],
    )
  ).filter((c) => user.role !== 'practitioner' || claimIds.has(c.id));
  await recordAccess(em, {
    user,
    clinicId: String(p.clinic_id),
    patientIds: [patientId],
    action,
    what: 'pasientkort med timer og krav',
    now,
  });
  return {
    id: String(p.id),
    clinicId: String(p.clinic_id),
    nationalId: String(p.national_id),
    name: String(p.name),
    birthDate: String(p.birth_date),
    phone: (p.phone as string | null) ?? null,
    email: (p.email as string | null) ?? null,
    bookings: bookings.map((b) => ({
      id: String(b.id),
      startAt: toInstant(b.start_at as string),
      endAt: toInstant(b.end_at as string),
      status: String(b.status),
      practitionerName: (b.practitioner_name as string | null) ?? null,
      typeName: (b.type_name as string | null) ?? null,
      tariffCode: (b.tariff_code as string | null) ?? null,
      insurerName: (b.insurer_name as string | null) ?? null,
      caseId: (b.case_id as string | null) ?? null,
      note: (b.note as string | null) ?? null,
      patientRemark: (b.patient_remark as string | null) ?? null,
      source: (b.source as string | null) ?? null,
      paidByPatient: Boolean(b.paid_by_patient),
      detailDifferences: detailDifferencesOf(b),
    })),
    claims: claims.map((c) => ({
      id: String(c.id),
      insurerName: String(c.insurer_name),
      caseId: (c.case_id as string | null) ?? null,
      caseNumber: (c.case_number as string | null) ?? null,
      claimType: (c.claim_type as string | null) ?? null,
      treatmentsGranted: c.treatments_granted === null ? null : Number(c.treatments_granted),
      validFrom: (c.valid_from as string | null) ?? null,
      validTo: (c.valid_to as string | null) ?? null,
      createdAutomatically: Boolean(c.created_automatically),
      createdAt: toInstant(c.created_at as string),
    })),
  };
}
