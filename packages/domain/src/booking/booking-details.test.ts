import { describe, expect, it } from 'vitest';
import { bookingContact, patientDetailDifferences } from './booking-details.js';

const card = { name: 'Kari Nordmann', phone: '+4791234567', email: 'kari@example.no' };

describe('a booking’s own patient details', () => {
  it('notifications go to the details the booker gave, as given; the card’s only when it gave none', () => {
    expect(bookingContact({ email: 'annen@example.com', phone: null }, card)).toEqual({
      email: 'annen@example.com',
      phone: null,
    });
    expect(bookingContact({ email: null, phone: '+4748000001' }, card)).toEqual({ email: null, phone: '+4748000001' });
    expect(bookingContact({ email: null, phone: null }, card)).toEqual({
      email: 'kari@example.no',
      phone: '+4791234567',
    });
  });

  it('differ from the card where the booker gave another value, not where it left a field out or only the case differs', () => {
    expect(
      patientDetailDifferences(card, { name: 'Karianne Annen', phone: '+4748000001', email: 'annen@example.com' }),
    ).toEqual(['name', 'phone', 'email']);
    expect(patientDetailDifferences(card, { name: ' kari  NORDMANN ', phone: null, email: 'KARI@example.no' })).toEqual(
      [],
    );
    expect(
      patientDetailDifferences(
        { ...card, email: null },
        { name: 'Kari Nordmann', phone: '+4791234567', email: 'kari@example.no' },
      ),
    ).toEqual(['email']);
    expect(patientDetailDifferences(card, { name: null, phone: null, email: null })).toEqual([]);
  });
});
