import { describe, expect, it } from 'vitest';
import { claimTermsOf } from './claim-terms.js';

const row = { valid_from: '2026-12-01', valid_to: '2027-05-31' };

describe('the terms of a stored claim', () => {
  it('a claim without a type (K5, case not imported yet) has no grant', () => {
    expect(claimTermsOf({ claim_type: null, treatments_granted: null, treatments_per_tariff: null, ...row })).toEqual({
      grant: null,
      validFrom: '2026-12-01',
      validTo: '2027-05-31',
    });
  });

  it('"a total count" reads the treatments granted', () => {
    expect(
      claimTermsOf({ claim_type: 'total', treatments_granted: 10, treatments_per_tariff: null, ...row }).grant,
    ).toEqual({ type: 'total', treatments: 10 });
  });

  it('"a count per treatment type" reads the counts per B-code, upper-case', () => {
    expect(
      claimTermsOf({
        claim_type: 'per_treatment_type',
        treatments_granted: null,
        treatments_per_tariff: { b1001: 4, B1002: 2 },
        ...row,
      }).grant,
    ).toEqual({ type: 'per_treatment_type', treatments: { B1001: 4, B1002: 2 } });
  });

  it('a stored grant the domain refuses counts as unknown (billing then refuses CLAIM_INCOMPLETE)', () => {
    expect(
      claimTermsOf({
        claim_type: 'per_treatment_type',
        treatments_granted: null,
        treatments_per_tariff: { A3A: 2 },
        ...row,
      }).grant,
    ).toBeNull();
    expect(
      claimTermsOf({ claim_type: 'total', treatments_granted: 0, treatments_per_tariff: null, ...row }).grant,
    ).toBeNull();
  });

  it('open ends stay open', () => {
    expect(
      claimTermsOf({
        claim_type: 'total',
        treatments_granted: 3,
        treatments_per_tariff: null,
        valid_from: null,
        valid_to: null,
      }),
    ).toMatchObject({ validFrom: null, validTo: null });
  });
});
