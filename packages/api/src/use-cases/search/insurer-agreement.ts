import { Agreement, type EntityManager } from '@bn/db';

/**
 * Whether the insurer has an approved agreement valid today with a clinic (or with its practitioner personally, N3),
 * and, when not, the one thing an agent may learn about it: when an approved one starts or when the last one ended.
 * What a clinic without an agreement with the agent's insurer has set up for others is none of the agent's business.
 */
export type AgreementVerdict = { valid: true } | { valid: false; startsOn: string | null; endedOn: string | null };

export async function insurerAgreement(
  em: EntityManager,
  q: { insurerId: string; clinicId: string; practitionerId: string | null; today: string },
): Promise<AgreementVerdict> {
  const parties = [{ clinic: q.clinicId }, ...(q.practitionerId ? [{ practitioner: q.practitionerId }] : [])];
  const approved = await em.find(Agreement, { insurer: q.insurerId, status: 'approved', $or: parties });
  if (approved.some((a) => a.validFrom <= q.today && (a.validTo == null || q.today <= a.validTo))) {
    return { valid: true };
  }
  const startsOn =
    approved
      .map((a) => a.validFrom)
      .filter((d) => d > q.today)
      .sort()[0] ?? null;
  const endedOn =
    approved
      .flatMap((a) => (a.validTo != null && a.validTo < q.today ? [a.validTo] : []))
      .sort()
      .pop() ?? null;
  return { valid: false, startsOn, endedOn };
}
