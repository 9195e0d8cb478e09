// P2: where a case id is looked up. The insurer's own lookup service is not reachable from here, so the network ships
// two implementations: the operator's register (`registered_case`, the default) and an HTTP client (CASE_LOOKUP_URL).
import { findRegisteredCase, type EntityManager } from '@bn/db';
import { insurerCaseSchema, normaliseCaseId, type InsurerCase } from '@bn/domain';

export interface CaseLookup {
  /**
   * The insurer's case with this case id, or null when the insurer has none. Throws CASE_LOOKUP_UNAVAILABLE when the
   * answer cannot be had (the service is down, slow, or answers something that is not a case).
   */
  find(insurerId: string, caseId: string): Promise<InsurerCase | null>;
}

/** How the server (or a test) picks the lookup for a request; the registered one reads the request's EntityManager. */
export type CaseLookupFactory = (em: EntityManager) => CaseLookup;

/**
 * The operator's register. A stored row the domain schema refuses (it never should: rows are validated when
 * written) is not a case anyone vouches for, so it is treated as unknown.
 */
export function registeredCaseLookup(em: EntityManager): CaseLookup {
  return {
    async find(insurerId, caseId) {
      const row = await findRegisteredCase(em, insurerId, normaliseCaseId(caseId));
      if (!row) return null;
      const parsed = insurerCaseSchema.safeParse({
        caseId: row.case_id,
        insurerId: row.insurer_id,
        birthDate: row.birth_date,
        createdOn: row.created_on,
        validTo: row.valid_to,
        grant: row.grant,
      });
      return parsed.success ? parsed.data : null;
    },
  };
}
