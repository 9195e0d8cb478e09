import type { ClaimRow } from '@bn/db';
import type { ClaimTerms } from '@bn/domain';

/** TEMPORARY until @bn/db's claimTermsOf lands: a total-count claim from its columns; any other grant unknown. */
export function termsOfClaim(claim: ClaimRow): ClaimTerms {
  const grant =
    claim.claim_type === 'total' && claim.treatments_granted !== null
      ? { type: 'total' as const, treatments: claim.treatments_granted }
      : null;
  return { grant, validFrom: claim.valid_from, validTo: claim.valid_to };
}
