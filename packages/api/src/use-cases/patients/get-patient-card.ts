import { claimTermsOf, countedCardsOf, patientCardLists, patientRow, type EntityManager } from '@bn/db';
import {
  AppError,
  claimUsage,
  type ClaimGrant,
  type CountedCard,
  type SessionUser,
  type TariffUsage,
} from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';
import { canReadPatient } from './patient-scope.js';
import { detailDifferencesOf, type DetailDifference } from './detail-differences.js';

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
    insurerId: string;
    insurerName: string;
    caseId: string | null;
    caseNumber: string | null;
    claimType: string | null;
    /** "a total count": the treatments granted (the same number as `grant.treatments`). */
    treatmentsGranted: number | null;
    /** What the claim grants, in total or per tariff; null while unknown (a K5 claim whose case was not imported). */
    grant: ClaimGrant | null;
    /**
     * Used and remaining treatments (P2), per tariff for "a count per treatment type" (key `*` for a total count),
     * counted from the claim's billed cards; null while the grant is unknown.
     */
    usage: TariffUsage[] | null;
    validFrom: string | null;
    validTo: string | null;
    createdAutomatically: boolean;
    createdAt: Date;
  }[];
}

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
  const p = await patientRow(em, patientId);
  if (!p || !(await canReadPatient(em, user, { id: patientId, clinicId: p.clinic_id })))
    throw new AppError('NOT_FOUND');
  const lists = await patientCardLists(em, patientId, user.role === 'practitioner' ? user.practitionerId : null);
  const claimIds = new Set(lists.bookings.map((b) => b.claim_id));
  const claims = lists.claims.filter((c) => user.role !== 'practitioner' || claimIds.has(c.id));
  const counted = await countedCardsOf(
    em,
    claims.map((c) => c.id),
  );
  const bookings = lists.bookings;
  await recordAccess(em, {
    user,
    clinicId: p.clinic_id,
    patientIds: [patientId],
    action,
    what: 'pasientkort med timer og krav',
    now,
  });
  return {
    id: p.id,
    clinicId: p.clinic_id,
    nationalId: p.national_id,
    name: p.name,
    birthDate: p.birth_date,
    phone: p.phone,
    email: p.email,
    bookings: bookings.map((b) => ({
      id: b.id,
      startAt: b.start_at,
      endAt: b.end_at,
      status: b.status,
      practitionerName: b.practitioner_name,
      typeName: b.type_name,
      tariffCode: b.tariff_code,
      insurerName: b.insurer_name,
      caseId: b.case_id,
      note: b.note,
      patientRemark: b.patient_remark,
      source: b.source,
      paidByPatient: b.paid_by_patient,
      detailDifferences: detailDifferencesOf(b),
    })),
    claims: claims.map((c) => ({
      id: c.id,
      insurerId: c.insurer_id,
      insurerName: c.insurer_name,
      caseId: c.case_id,
      caseNumber: c.case_number,
      claimType: c.claim_type,
      treatmentsGranted: c.treatments_granted,
      grant: claimTermsOf(c).grant,
      usage: usageOf(claimTermsOf(c).grant, counted.get(c.id) ?? []),
      validFrom: c.valid_from,
      validTo: c.valid_to,
      createdAutomatically: c.created_automatically,
      createdAt: c.created_at,
    })),
  };
}

const usageOf = (grant: ClaimGrant | null, cards: readonly CountedCard[]) =>
  grant === null ? null : claimUsage(grant, cards);
