import { describe, expect, it } from 'vitest';
import { codeOf } from './testing/refusal.js';
import { assertCardCreatable, assertCreditable, checkCardForBilling, type BillableAppointment } from './bill-card.js';
import {
  attachClaim,
  initialBillingLines,
  removeBillingLine,
  type BillingCardLines,
  type BillingTariff,
} from './billing-card.js';
import { claimUsage, type ClaimTerms, type CountedCard } from './claims.js';

const A3a: BillingTariff = { code: 'A3a', name: 'Behandling hos fysioterapeut', kind: 'helfo' };
const B1010: BillingTariff = { code: 'B1010', name: 'Fysioterapi konsultasjon', kind: 'insurance' };
const booking: BillableAppointment = { clinicId: 'clinic-1', kind: 'booking', status: 'active' };
const noCharges = { cancellation: false, noShow: false };
const claim: ClaimTerms = { grant: { type: 'total', treatments: 2 }, validFrom: '2026-03-06', validTo: '2026-09-20' };

/** The card as it is stored beside the others, for counting. */
const counted = (card: BillingCardLines): CountedCard => ({
  status: card.status,
  insuranceTariffCodes: card.lines.filter((l) => l.kind === 'insurance').map((l) => l.code),
});

function insuredCard(): BillingCardLines {
  const draft: BillingCardLines = {
    status: 'draft',
    claimId: 'claim-1',
    lines: initialBillingLines([A3a], () => 22450),
  };
  return removeBillingLine(attachClaim(draft, 'claim-1', B1010, 65000), 'A3a');
}

describe('P1: making a card', () => {
  it('is allowed for the clinic’s own booking without a card', () => {
    expect(() =>
      assertCardCreatable({ appointment: booking, clinicId: 'clinic-1', charges: noCharges, existingCards: [] }),
    ).not.toThrow();
  });

  it('is refused for another clinic’s appointment: APPOINTMENT_OTHER_CLINIC', () => {
    expect(
      codeOf(() =>
        assertCardCreatable({ appointment: booking, clinicId: 'clinic-2', charges: noCharges, existingCards: [] }),
      ),
    ).toBe('APPOINTMENT_OTHER_CLINIC');
  });

  it('for a cancellation or a no-show only when the clinic charges for it', () => {
    const cancelled = { ...booking, status: 'cancelled' as const };
    const noShow = { ...booking, status: 'no_show' as const };
    expect(
      codeOf(() =>
        assertCardCreatable({ appointment: cancelled, clinicId: 'clinic-1', charges: noCharges, existingCards: [] }),
      ),
    ).toBe('APPOINTMENT_NOT_BILLABLE');
    expect(
      codeOf(() =>
        assertCardCreatable({ appointment: noShow, clinicId: 'clinic-1', charges: noCharges, existingCards: [] }),
      ),
    ).toBe('APPOINTMENT_NOT_BILLABLE');
    expect(() =>
      assertCardCreatable({
        appointment: cancelled,
        clinicId: 'clinic-1',
        charges: { cancellation: true, noShow: false },
        existingCards: [],
      }),
    ).not.toThrow();
    expect(() =>
      assertCardCreatable({
        appointment: noShow,
        clinicId: 'clinic-1',
        charges: { cancellation: false, noShow: true },
        existingCards: [],
      }),
    ).not.toThrow();
  });

  it('never for a hold or the clinic’s own busy time', () => {
    for (const kind of ['hold', 'block'] as const) {
      expect(
        codeOf(() =>
          assertCardCreatable({
            appointment: { ...booking, kind },
            clinicId: 'clinic-1',
            charges: noCharges,
            existingCards: [],
          }),
        ),
      ).toBe('APPOINTMENT_NOT_BILLABLE');
    }
  });

  it('one card per appointment: a second is refused (CARD_ALREADY_EXISTS) until the first is credited', () => {
    for (const status of ['draft', 'billed'] as const) {
      expect(
        codeOf(() =>
          assertCardCreatable({
            appointment: booking,
            clinicId: 'clinic-1',
            charges: noCharges,
            existingCards: [{ status }],
          }),
        ),
      ).toBe('CARD_ALREADY_EXISTS');
    }
    expect(() =>
      assertCardCreatable({
        appointment: booking,
        clinicId: 'clinic-1',
        charges: noCharges,
        existingCards: [{ status: 'credited' }],
      }),
    ).not.toThrow();
  });
});

describe('P1: billing and crediting', () => {
  it('bills an insured card to the insurer and counts one treatment; a credit note gives it back', () => {
    const card = insuredCard();
    const decision = checkCardForBilling({
      card,
      claim: { terms: claim, otherCards: [] },
      treatmentDate: '2026-04-01',
    });
    expect(decision).toEqual({ totalOre: 65000, payer: 'insurer', countedKeys: ['*'] });

    const billed = { ...card, status: 'billed' as const };
    expect(claimUsage(claim.grant!, [counted(billed)])).toEqual([{ key: '*', granted: 2, used: 1, remaining: 1 }]);
    expect(
      codeOf(() =>
        checkCardForBilling({ card: billed, claim: { terms: claim, otherCards: [] }, treatmentDate: '2026-04-01' }),
      ),
    ).toBe('CARD_ALREADY_BILLED');

    expect(() => assertCreditable(billed)).not.toThrow();
    const credited = { ...billed, status: 'credited' as const };
    expect(codeOf(() => assertCreditable(credited))).toBe('CARD_ALREADY_CREDITED');
    expect(claimUsage(claim.grant!, [counted(credited)])).toEqual([{ key: '*', granted: 2, used: 0, remaining: 2 }]);
  });

  it('refuses the third treatment on a claim of two, and allows it after one is credited', () => {
    const others = [counted({ ...insuredCard(), status: 'billed' }), counted({ ...insuredCard(), status: 'billed' })];
    expect(
      codeOf(() =>
        checkCardForBilling({
          card: insuredCard(),
          claim: { terms: claim, otherCards: others },
          treatmentDate: '2026-04-01',
        }),
      ),
    ).toBe('CLAIM_EXHAUSTED');
    others[0] = { ...others[0]!, status: 'credited' };
    expect(
      checkCardForBilling({
        card: insuredCard(),
        claim: { terms: claim, otherCards: others },
        treatmentDate: '2026-04-01',
      }).countedKeys,
    ).toEqual(['*']);
  });

  it('bills a card without a claim to the patient, counting nothing', () => {
    const card: BillingCardLines = { status: 'draft', claimId: null, lines: initialBillingLines([A3a], () => 22450) };
    expect(checkCardForBilling({ card, claim: null, treatmentDate: '2026-04-01' })).toEqual({
      totalOre: 22450,
      payer: 'patient',
      countedKeys: [],
    });
  });

  it('refuses an empty card, a line without a price and an insurance line without a claim', () => {
    expect(
      codeOf(() =>
        checkCardForBilling({
          card: { status: 'draft', claimId: null, lines: [] },
          claim: null,
          treatmentDate: '2026-04-01',
        }),
      ),
    ).toBe('CARD_EMPTY');
    const unpriced: BillingCardLines = {
      status: 'draft',
      claimId: null,
      lines: initialBillingLines([A3a], () => null),
    };
    expect(codeOf(() => checkCardForBilling({ card: unpriced, claim: null, treatmentDate: '2026-04-01' }))).toBe(
      'TARIFF_PRICE_MISSING',
    );
    const stray: BillingCardLines = {
      status: 'draft',
      claimId: null,
      lines: [{ ...B1010, priceOre: 65000, quantity: 1 }],
    };
    expect(codeOf(() => checkCardForBilling({ card: stray, claim: null, treatmentDate: '2026-04-01' }))).toBe(
      'INSURANCE_TARIFF_NEEDS_CLAIM',
    );
  });

  it('judges the claim on the treatment date, not on the day of billing', () => {
    expect(
      codeOf(() =>
        checkCardForBilling({
          card: insuredCard(),
          claim: { terms: claim, otherCards: [] },
          treatmentDate: '2026-09-21',
        }),
      ),
    ).toBe('CLAIM_NOT_VALID_ON_DATE');
  });

  it('only a billed card is credited: CARD_NOT_BILLED for a draft', () => {
    expect(codeOf(() => assertCreditable({ status: 'draft' }))).toBe('CARD_NOT_BILLED');
  });
});
