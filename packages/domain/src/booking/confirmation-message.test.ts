import { describe, expect, it } from 'vitest';
import { renderConfirmation, type ConfirmationFacts } from './confirmation-message.js';
import { bookingReference } from './reference.js';

const ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

const facts = (over: Partial<ConfirmationFacts> = {}): ConfirmationFacts => ({
  appointmentId: ID,
  practitionerName: 'Kari Nordmann',
  clinicName: 'Majorstuen Fysio',
  address: 'Bogstadveien 54, 0366 Oslo',
  typeName: 'Fysioterapi, oppfølging',
  // Sunday 28.03.2027, the first morning of summer time: 10:00–10:45 Oslo.
  startAt: new Date('2027-03-28T08:00:00Z'),
  endAt: new Date('2027-03-28T08:45:00Z'),
  clinicPhone: '+4722334455',
  cancellation: { allowed: true, until: new Date('2027-03-27T09:00:00Z') },
  sequence: 0,
  ...over,
});

describe('the confirmation e-mail', () => {
  it('says what, when with the weekday, how long, where, with whom, the reference and the deadline, nb then en', () => {
    const { subject, text } = renderConfirmation('booked', facts());
    expect(subject).toBe('Timen din er bestilt');
    const [nb, en] = text.split('— In English —');
    expect(nb).toContain(
      'Du har fått time søndag 28.03.2027 kl. 10:00 hos Kari Nordmann, Majorstuen Fysio, Bogstadveien 54, 0366 Oslo.',
    );
    expect(nb).toContain('Hva: Fysioterapi, oppfølging');
    expect(nb).toContain('Når: søndag 28.03.2027 kl. 10:00–10:45 (45 minutter)');
    expect(nb).toContain('Hvor: Majorstuen Fysio, Bogstadveien 54, 0366 Oslo');
    expect(nb).toContain('Hos: Kari Nordmann');
    expect(nb).toContain(`Bookingreferanse: ${bookingReference(ID)}`);
    // 24 hours before, across the change to summer time: Saturday 10:00 CET.
    expect(nb).toContain('Avbestillingsfrist: lørdag 27.03.2027 kl. 10:00');
    expect(nb).toContain('Klinikkens telefon: +4722334455');
    expect(en).toContain('When: Sunday 28.03.2027 at 10:00–10:45 (45 minutes)');
    expect(en).toContain('Cancellation deadline: Saturday 27.03.2027 at 10:00');
    expect(en).toContain(`Booking reference: ${bookingReference(ID)}`);
  });

  it('says when cancelling online is off, or allowed until the start', () => {
    expect(renderConfirmation('booked', facts({ cancellation: { allowed: false, until: null } })).text).toContain(
      'Timen kan ikke avbestilles på nett. Kontakt klinikken.',
    );
    expect(renderConfirmation('booked', facts({ cancellation: { allowed: true, until: null } })).text).toContain(
      'Avbestillingsfrist: til timen begynner',
    );
  });

  it('a move is an update of the same entry; a cancellation cancels it and has no deadline', () => {
    const booked = renderConfirmation('booked', facts());
    const moved = renderConfirmation('moved', facts({ sequence: 1 }));
    const cancelled = renderConfirmation('cancelled', facts({ sequence: 2 }));
    expect(moved.subject).toBe('Timen din er flyttet');
    expect(moved.text).toContain('Timen din er flyttet til søndag 28.03.2027 kl. 10:00 hos Kari Nordmann');
    expect(moved.calendar).toMatchObject({ uid: booked.calendar.uid, method: 'REQUEST', sequence: 1 });
    expect(cancelled.subject).toBe('Timen din er avbestilt');
    expect(cancelled.text).not.toContain('Avbestillingsfrist');
    expect(cancelled.calendar).toMatchObject({ uid: booked.calendar.uid, method: 'CANCEL', sequence: 2 });
  });

  it('the calendar entry names the type, practitioner and place, and the reference', () => {
    expect(renderConfirmation('booked', facts()).calendar).toMatchObject({
      summary: 'Fysioterapi, oppfølging – Kari Nordmann',
      location: 'Majorstuen Fysio, Bogstadveien 54, 0366 Oslo',
      description: `Bookingreferanse: ${bookingReference(ID)}\nBooking reference: ${bookingReference(ID)}`,
      startAt: facts().startAt,
      endAt: facts().endAt,
    });
  });
});
