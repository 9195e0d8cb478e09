import { describe, expect, it } from 'vitest';
import { bookingsOfClaim, claimValidity, selfPaidBookings, type CardBooking } from './claim-links.js';

const booking = (id: string, over: Partial<CardBooking> = {}): CardBooking => ({
  id,
  caseId: null,
  insurerName: null,
  paidByPatient: true,
  status: 'active',
  ...over,
});

describe('bookingsOfClaim', () => {
  const bookings = [
    booking('a', { caseId: '6QPTR', insurerName: 'Storebrand', paidByPatient: false }),
    booking('b', { caseId: '6qptr', insurerName: 'Storebrand', paidByPatient: false }),
    booking('c', { caseId: '6QPTR', insurerName: 'Falck Helse', paidByPatient: false }),
    booking('d', { insurerName: 'Storebrand' }),
  ];

  it('links the bookings of the same insurer with the same case id, in any letter case', () => {
    expect(
      bookingsOfClaim({ caseId: '6QPTR', insurerName: 'Storebrand', validFrom: null, validTo: null }, bookings).map(
        (b) => b.id,
      ),
    ).toEqual(['a', 'b']);
  });

  it('links nothing to a claim without a case id', () => {
    expect(
      bookingsOfClaim({ caseId: null, insurerName: 'Storebrand', validFrom: '2026-01-01', validTo: null }, bookings),
    ).toEqual([]);
  });
});

describe('claimValidity', () => {
  const claim = (validFrom: string | null, validTo: string | null) => ({
    caseId: null,
    insurerName: 'If',
    validFrom,
    validTo,
  });

  it('is open without a period, and judges today against the period with both ends included', () => {
    expect(claimValidity(claim(null, null), '2026-11-26')).toBe('open');
    expect(claimValidity(claim('2026-11-26', '2026-12-31'), '2026-11-26')).toBe('valid');
    expect(claimValidity(claim('2026-11-27', null), '2026-11-26')).toBe('upcoming');
    expect(claimValidity(claim(null, '2026-11-25'), '2026-11-26')).toBe('expired');
    expect(claimValidity(claim('2026-01-01', '2026-11-26'), '2026-11-26')).toBe('valid');
  });
});

describe('selfPaidBookings', () => {
  it('lists the bookings without a claim that still stand (K6)', () => {
    const list = [
      booking('a'),
      booking('b', { status: 'cancelled' }),
      booking('c', { paidByPatient: false }),
      booking('d', { status: 'no_show' }),
    ];
    expect(selfPaidBookings(list).map((b) => b.id)).toEqual(['a', 'd']);
  });
});
