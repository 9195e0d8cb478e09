import { describe, expect, it } from 'vitest';
import type { PractitionerSlots, SlotHit } from '../api-types.js';
import { bookingPath, choiceFromHit, findInPractitionerSlots, matchesRequest, readSlotRequest } from './slot-choice.js';

const hit: SlotHit = {
  startAt: new Date('2026-12-01T07:00:00Z'),
  endAt: new Date('2026-12-01T07:30:00Z'),
  bookId: 'book-kari',
  typeId: 'type-30',
  departmentId: 'dept-1',
  practitionerId: 'kari',
  practitionerName: 'Kari Nordmann',
  profession: 'physiotherapist',
  clinicId: 'c',
  clinicName: 'Klinikk',
  departmentName: 'Avd',
  street: 'Gate 1',
  postcode: '0366',
  city: 'Oslo',
  tariffCode: 'B1010',
  tariffName: 'Fysioterapi konsultasjon',
  typeName: 'Fysioterapi 30 min',
  durationMinutes: 30,
};

describe('the picked time', () => {
  it('goes into the address and comes back out the same', () => {
    const choice = choiceFromHit(hit);
    const path = bookingPath(choice);
    expect(path.startsWith('/bestill?')).toBe(true);
    const request = readSlotRequest(new URLSearchParams(path.split('?')[1]));
    expect(request).toEqual({
      practitionerId: 'kari',
      bookId: 'book-kari',
      typeId: 'type-30',
      departmentId: 'dept-1',
      tariffCode: 'B1010',
      startAt: '2026-12-01T07:00:00.000Z',
    });
    expect(matchesRequest(choice, request!)).toBe(true);
    expect(matchesRequest({ ...choice, departmentId: 'dept-2' }, request!)).toBe(false);
  });

  it('refuses an address that lacks a part or has no valid instant', () => {
    expect(readSlotRequest(new URLSearchParams('behandler=kari&bok=b&type=t&avd=d&takst=B1010'))).toBeNull();
    expect(
      readSlotRequest(new URLSearchParams('behandler=kari&bok=b&type=t&avd=d&takst=B1010&tid=i-morgen')),
    ).toBeNull();
  });

  it('is found again among the practitioner’s free times (a fresh tab), or not when it is gone', () => {
    const { startAt: _s, endAt: _e, ...offer } = hit;
    const data: PractitionerSlots = {
      offers: [{ ...offer, departmentId: 'dept-2' }, offer],
      slots: [
        { startMs: Date.parse('2026-12-01T07:00:00Z'), endMs: Date.parse('2026-12-01T07:30:00Z'), offer: 0 },
        { startMs: Date.parse('2026-12-01T07:00:00Z'), endMs: Date.parse('2026-12-01T07:30:00Z'), offer: 1 },
      ],
    };
    const request = readSlotRequest(new URLSearchParams(bookingPath(choiceFromHit(hit)).split('?')[1]))!;
    expect(findInPractitionerSlots(data, request)).toEqual(choiceFromHit(hit));
    expect(findInPractitionerSlots({ ...data, slots: data.slots.slice(0, 1) }, request)).toBeNull();
  });
});
