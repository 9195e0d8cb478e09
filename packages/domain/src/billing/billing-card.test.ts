import { describe, expect, it } from 'vitest';
import { codeOf } from './testing/refusal.js';
import {
  addBillingLine,
  attachClaim,
  billingTotals,
  claimTariff,
  detachClaim,
  initialBillingLines,
  orderBillingLines,
  removeBillingLine,
  setLinePrice,
  setLineQuantity,
  type BillingCardLines,
  type BillingTariff,
  type PriceOf,
} from './billing-card.js';

const A3a: BillingTariff = { code: 'A3a', name: 'Behandling hos fysioterapeut', kind: 'helfo' };
const A3b: BillingTariff = { code: 'A3b', name: 'Tillegg per påbegynte 10 min over 20 min', kind: 'helfo' };
const B1010: BillingTariff = { code: 'B1010', name: 'Fysioterapi konsultasjon', kind: 'insurance' };
const B1011: BillingTariff = { code: 'B1011', name: 'Kiropraktikk konsultasjon', kind: 'insurance' };
const OWN: BillingTariff = { code: 'EGEN1', name: 'Treningsprogram', kind: 'own' };

const prices: Record<string, number> = { A3a: 22450, A3b: 7925, B1010: 65000, B1011: 70000, EGEN1: 30000 };
const priceOf: PriceOf = (t) => prices[t.code] ?? null;

/** A rule written in any order (T4): insurance first, own, then Helfo. */
const rule = [B1010, OWN, A3b, A3a];
const newCard = (): BillingCardLines => ({ status: 'draft', claimId: null, lines: initialBillingLines(rule, priceOf) });
const codes = (card: BillingCardLines) => card.lines.map((l) => l.code);

describe('P1: the lines of a new card', () => {
  it('puts the Helfo tariffs first, keeps the rule’s order otherwise, and leaves insurance tariffs for the claim', () => {
    expect(codes(newCard())).toEqual(['A3b', 'A3a', 'EGEN1']);
  });

  it('prices each line from the price list; a tariff without a price is a line without one', () => {
    const lines = initialBillingLines([A3a, { code: 'A9', name: 'Uten pris', kind: 'helfo' }], priceOf);
    expect(lines.map((l) => [l.code, l.priceOre, l.quantity])).toEqual([
      ['A3a', 22450, 1],
      ['A9', null, 1],
    ]);
  });

  it('orders any list Helfo first, stable within each group', () => {
    expect(orderBillingLines([OWN, B1010, A3b, B1011, A3a]).map((l) => l.code)).toEqual([
      'A3b',
      'A3a',
      'EGEN1',
      'B1010',
      'B1011',
    ]);
  });
});

describe('P1: adding the insurance claim brings its tariff', () => {
  it('takes the tariff the appointment was booked with when the claim covers it', () => {
    expect(claimTariff({ coveredCodes: 'any', bookedTariff: B1011, ruleTariffs: [B1010, B1011] })).toBe(B1011);
    expect(claimTariff({ coveredCodes: ['B1010'], bookedTariff: B1011, ruleTariffs: [B1010, B1011] })).toBe(B1010);
    expect(claimTariff({ coveredCodes: ['b1011'], bookedTariff: null, ruleTariffs: [A3a, B1010, B1011] })).toBe(B1011);
    expect(claimTariff({ coveredCodes: ['B1020'], bookedTariff: null, ruleTariffs: [B1010] })).toBeNull();
    expect(claimTariff({ coveredCodes: 'any', bookedTariff: A3a, ruleTariffs: [A3a] })).toBeNull();
  });

  it('adds the insurance line after the Helfo lines, and a new claim replaces the old one’s line', () => {
    const withClaim = attachClaim(newCard(), 'claim-1', B1010, 65000);
    expect(withClaim.claimId).toBe('claim-1');
    expect(codes(withClaim)).toEqual(['A3b', 'A3a', 'EGEN1', 'B1010']);
    const other = attachClaim(withClaim, 'claim-2', B1011, 70000);
    expect(codes(other)).toEqual(['A3b', 'A3a', 'EGEN1', 'B1011']);
  });

  it('attaches a claim that covers none of the type’s tariffs without a line (the clinic adds one)', () => {
    const card = attachClaim(newCard(), 'claim-1', null, null);
    expect(card.claimId).toBe('claim-1');
    expect(codes(card)).toEqual(['A3b', 'A3a', 'EGEN1']);
    expect(codes(addBillingLine(card, B1010, 65000))).toEqual(['A3b', 'A3a', 'EGEN1', 'B1010']);
  });

  it('removing the claim takes its insurance lines too: the patient pays the rest', () => {
    const card = detachClaim(attachClaim(newCard(), 'claim-1', B1010, 65000));
    expect(card.claimId).toBeNull();
    expect(codes(card)).toEqual(['A3b', 'A3a', 'EGEN1']);
    expect(billingTotals(card).payer).toBe('patient');
  });

  it('refuses an insurance tariff on a card without a claim: INSURANCE_TARIFF_NEEDS_CLAIM', () => {
    expect(codeOf(() => addBillingLine(newCard(), B1010, 65000))).toBe('INSURANCE_TARIFF_NEEDS_CLAIM');
  });
});

describe('P1: the clinic edits the lines', () => {
  it('removes the lines that do not apply, Helfo ones too', () => {
    const insured = attachClaim(newCard(), 'claim-1', B1010, 65000);
    const onlyInsurance = removeBillingLine(removeBillingLine(removeBillingLine(insured, 'A3a'), 'a3b'), 'EGEN1');
    expect(codes(onlyInsurance)).toEqual(['B1010']);
    expect(codeOf(() => removeBillingLine(onlyInsurance, 'A3a'))).toBe('NOT_FOUND');
  });

  it('adding a tariff already on the card adds to its quantity', () => {
    const card = addBillingLine(newCard(), A3b, 7925, 2);
    expect(card.lines.find((l) => l.code === 'A3b')?.quantity).toBe(3);
    expect(codes(card)).toEqual(['A3b', 'A3a', 'EGEN1']);
  });

  it('refuses a negative price (NEGATIVE_AMOUNT) and a quantity outside 1–99 (INVALID_QUANTITY), changing nothing', () => {
    const card = newCard();
    expect(codeOf(() => setLinePrice(card, 'A3a', -1))).toBe('NEGATIVE_AMOUNT');
    expect(codeOf(() => setLinePrice(card, 'A3a', 10.5))).toBe('BAD_INPUT');
    expect(codeOf(() => setLineQuantity(card, 'A3b', 0))).toBe('INVALID_QUANTITY');
    expect(codeOf(() => setLineQuantity(card, 'A3b', 100))).toBe('INVALID_QUANTITY');
    expect(codeOf(() => addBillingLine(card, OWN, 30000, 1.5))).toBe('INVALID_QUANTITY');
    expect(codeOf(() => initialBillingLines([A3a], () => -22450))).toBe('NEGATIVE_AMOUNT');
    expect(card).toEqual(newCard());
  });

  it('never edits a billed or credited card: CARD_ALREADY_BILLED', () => {
    for (const status of ['billed', 'credited'] as const) {
      const card = { ...newCard(), status };
      expect(codeOf(() => removeBillingLine(card, 'A3a'))).toBe('CARD_ALREADY_BILLED');
      expect(codeOf(() => setLinePrice(card, 'A3a', 100))).toBe('CARD_ALREADY_BILLED');
      expect(codeOf(() => attachClaim(card, 'c', B1010, 1))).toBe('CARD_ALREADY_BILLED');
      expect(codeOf(() => detachClaim(card))).toBe('CARD_ALREADY_BILLED');
      expect(codeOf(() => addBillingLine(card, OWN, 1))).toBe('CARD_ALREADY_BILLED');
    }
  });
});

describe('totals in øre', () => {
  it('adds price × quantity exactly and says who pays', () => {
    const card = setLineQuantity(attachClaim(newCard(), 'claim-1', B1010, 65000), 'A3b', 2);
    // 2 × 79,25 + 224,50 + 300,00 + 650,00 = 1333,00
    expect(billingTotals(card)).toEqual({ totalOre: 133300, unpricedCodes: [], payer: 'insurer' });
  });

  it('keeps øre exact where kroner in floating point would not (0,10 + 0,20)', () => {
    const card: BillingCardLines = {
      status: 'draft',
      claimId: null,
      lines: [
        { ...OWN, priceOre: 10, quantity: 1 },
        { ...A3a, priceOre: 20, quantity: 1 },
      ],
    };
    expect(billingTotals(card).totalOre).toBe(30);
  });

  it('lists the lines without a price, which are not in the total yet', () => {
    const card = {
      ...newCard(),
      lines: [
        ...newCard().lines,
        { code: 'A9', name: 'Uten pris', kind: 'helfo' as const, priceOre: null, quantity: 1 },
      ],
    };
    expect(billingTotals(card)).toMatchObject({ totalOre: 7925 + 22450 + 30000, unpricedCodes: ['A9'] });
  });
});
