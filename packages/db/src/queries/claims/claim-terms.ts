// A claim row as the domain's billing rules read it (P1/P2): the grant, and the validity period.
import { claimGrantSchema, type ClaimGrant, type ClaimTerms } from '@bn/domain';

/** The claim columns `claimTermsOf` reads (select them under these names, e.g. `c.claim_type`). */
export const CLAIM_TERMS_COLUMNS = [
  'claim_type',
  'treatments_granted',
  'treatments_per_tariff',
  'valid_from',
  'valid_to',
] as const;

export interface ClaimTermsRow {
  claim_type: string | null;
  treatments_granted: number | null;
  treatments_per_tariff: unknown;
  valid_from: string | null;
  valid_to: string | null;
}

/**
 * The domain's `ClaimTerms` of a claim row: no type is an unknown grant (a K5 claim whose case was not imported
 * yet), "a total count" reads `treatments_granted`, "a count per treatment type" reads `treatments_per_tariff`. The
 * grant goes through the domain's `claimGrantSchema`; a stored grant it refuses counts as unknown, so billing refuses
 * it as CLAIM_INCOMPLETE rather than counting on numbers nobody vouches for.
 */
export function claimTermsOf(row: ClaimTermsRow): ClaimTerms {
  return { grant: grantOfRow(row), validFrom: row.valid_from, validTo: row.valid_to };
}

function grantOfRow(row: ClaimTermsRow): ClaimGrant | null {
  const stored =
    row.claim_type === 'total'
      ? { type: 'total', treatments: row.treatments_granted }
      : row.claim_type === 'per_treatment_type'
        ? { type: 'per_treatment_type', treatments: row.treatments_per_tariff }
        : null;
  if (stored === null) return null;
  const parsed = claimGrantSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
