import { describe, expect, it } from 'vitest';
import { refusalOf } from './testing/refusal.js';
import {
  assertClaimDeletable,
  checkClaimForBilling,
  claimUsage,
  claimValidityOn,
  coveredCodes,
  type ClaimTerms,
  type CountedCard,
} from './claims.js';

const total: ClaimTerms = { grant: { type: 'total', treatments: 3 }, validFrom: '2026-03-06', validTo: '2026-09-20' };
const perType: ClaimTerms = {
  grant: { type: 'per_treatment_type', treatments: { B1010: 2, B1011: 1 } },
  validFrom: '2026-03-06',
  validTo: null,
};
const billed = (...codes: string[]): CountedCard => ({ status: 'billed', insuranceTariffCodes: codes });
const credited = (...codes: string[]): CountedCard => ({ status: 'credited', insuranceTariffCodes: codes });
const draft = (...codes: string[]): CountedCard => ({ status: 'draft', insuranceTariffCodes: codes });

describe('validity', () => {
  it('includes both ends and is open where a bound is missing', () => {
    expect(claimValidityOn(total, '2026-03-05')).toBe('not_yet_valid');
    expect(claimValidityOn(total, '2026-03-06')).toBe('valid');
    expect(claimValidityOn(total, '2026-09-20')).toBe('valid');
    expect(claimValidityOn(total, '2026-09-21')).toBe('expired');
    expect(claimValidityOn(perType, '2099-01-01')).toBe('valid');
  });
});

describe('which insurance tariffs a claim pays for', () => {
  it('any for a total count or a grant not known yet, the granted codes per type', () => {
    expect(coveredCodes(total.grant)).toBe('any');
    expect(coveredCodes(null)).toBe('any');
    expect(coveredCodes(perType.grant)).toEqual(['B1010', 'B1011']);
  });
});

describe('used and remaining treatments', () => {
  it('"a total count" counts one treatment per billed card, whatever tariffs it has', () => {
    expect(claimUsage(total.grant!, [billed('B1010'), billed('B1010', 'B1011'), draft('B1010')])).toEqual([
      { key: '*', granted: 3, used: 2, remaining: 1 },
    ]);
  });

  it('"a count per treatment type" counts one per billed card per tariff', () => {
    expect(claimUsage(perType.grant!, [billed('B1010'), billed('B1010', 'b1011')])).toEqual([
      { key: 'B1010', granted: 2, used: 2, remaining: 0 },
      { key: 'B1011', granted: 1, used: 1, remaining: 0 },
    ]);
  });

  it('a credited card gives its treatment back', () => {
    expect(claimUsage(total.grant!, [billed('B1010'), credited('B1010'), credited('B1010')])).toEqual([
      { key: '*', granted: 3, used: 1, remaining: 2 },
    ]);
  });

  it('never shows a negative remainder, and shows a tariff billed without a grant', () => {
    const smaller = { type: 'per_treatment_type' as const, treatments: { B1010: 1 } };
    expect(claimUsage(smaller, [billed('B1010'), billed('B1010'), billed('B1020')])).toEqual([
      { key: 'B1010', granted: 1, used: 2, remaining: 0 },
      { key: 'B1020', granted: 0, used: 1, remaining: 0 },
    ]);
  });
});

describe('P1: billing a card on a claim', () => {
  const date = '2026-04-01';

  it('passes and says what the card counts', () => {
    expect(
      checkClaimForBilling({
        claim: total,
        otherCards: [billed('B1010')],
        insuranceTariffCodes: ['B1010'],
        treatmentDate: date,
      }),
    ).toEqual(['*']);
    expect(
      checkClaimForBilling({
        claim: perType,
        otherCards: [],
        insuranceTariffCodes: ['B1010', 'B1011'],
        treatmentDate: date,
      }),
    ).toEqual(['B1010', 'B1011']);
  });

  it('refuses when no treatment is left: CLAIM_EXHAUSTED', () => {
    const three = [billed('B1010'), billed('B1010'), billed('B1010')];
    expect(
      refusalOf(() =>
        checkClaimForBilling({ claim: total, otherCards: three, insuranceTariffCodes: ['B1010'], treatmentDate: date }),
      ),
    ).toEqual({
      code: 'CLAIM_EXHAUSTED',
      values: { granted: 3 },
    });
    // Per type: B1011's one treatment is used, B1010 still has one; the card with both is refused for B1011.
    expect(
      refusalOf(() =>
        checkClaimForBilling({
          claim: perType,
          otherCards: [billed('B1011')],
          insuranceTariffCodes: ['B1010', 'B1011'],
          treatmentDate: date,
        }),
      ),
    ).toEqual({
      code: 'CLAIM_EXHAUSTED',
      values: { tariffCode: 'B1011', granted: 1 },
    });
  });

  it('after a credit note the same treatment can be billed again', () => {
    const used = [billed('B1010'), billed('B1010'), credited('B1010')];
    expect(
      checkClaimForBilling({ claim: total, otherCards: used, insuranceTariffCodes: ['B1010'], treatmentDate: date }),
    ).toEqual(['*']);
  });

  it('refuses outside the validity period: CLAIM_NOT_VALID_ON_DATE, judged on the treatment date', () => {
    for (const treatmentDate of ['2026-03-05', '2026-09-21']) {
      expect(
        refusalOf(() =>
          checkClaimForBilling({ claim: total, otherCards: [], insuranceTariffCodes: ['B1010'], treatmentDate }),
        ).code,
      ).toBe('CLAIM_NOT_VALID_ON_DATE');
    }
  });

  it('refuses a tariff a per-type claim does not grant: CLAIM_TARIFF_NOT_COVERED', () => {
    expect(
      refusalOf(() =>
        checkClaimForBilling({ claim: perType, otherCards: [], insuranceTariffCodes: ['B1020'], treatmentDate: date }),
      ),
    ).toEqual({
      code: 'CLAIM_TARIFF_NOT_COVERED',
      values: { tariffCode: 'B1020' },
    });
  });

  it('refuses a card on a claim without an insurance tariff: CARD_NO_INSURANCE_TARIFF', () => {
    expect(
      refusalOf(() =>
        checkClaimForBilling({ claim: total, otherCards: [], insuranceTariffCodes: [], treatmentDate: date }),
      ).code,
    ).toBe('CARD_NO_INSURANCE_TARIFF');
  });

  it('refuses a claim whose numbers are unknown (a K5 claim not yet looked up): CLAIM_INCOMPLETE', () => {
    expect(
      refusalOf(() =>
        checkClaimForBilling({
          claim: { grant: null, validFrom: null, validTo: null },
          otherCards: [],
          insuranceTariffCodes: ['B1010'],
          treatmentDate: date,
        }),
      ).code,
    ).toBe('CLAIM_INCOMPLETE');
  });
});

describe('P2: deleting a claim', () => {
  it('is refused while an unbilled card uses it: CLAIM_IN_USE', () => {
    expect(refusalOf(() => assertClaimDeletable([draft('B1010')]))).toEqual({
      code: 'CLAIM_IN_USE',
      values: { draftCards: 1, billedCards: 0 },
    });
  });

  it('is refused while a billed card counts on it, allowed once that card is credited', () => {
    expect(refusalOf(() => assertClaimDeletable([billed('B1010'), credited('B1010')])).code).toBe('CLAIM_IN_USE');
    expect(() => assertClaimDeletable([credited('B1010')])).not.toThrow();
    expect(() => assertClaimDeletable([])).not.toThrow();
  });
});
