import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatTime } from '../format.js';
import { bookingCalendarUid, bookingIcs, type BookingCalendarEvent } from './ics.js';

const parties = {
  organizer: { name: 'Behandlernettverket', email: 'ikke-svar@behandlernettverk.local' },
  attendee: { email: 'kari@example.no' },
  stamp: new Date('2027-03-01T12:00:00Z'),
};

const event = (over: Partial<BookingCalendarEvent> = {}): BookingCalendarEvent => ({
  uid: bookingCalendarUid('0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'),
  sequence: 0,
  method: 'REQUEST',
  startAt: new Date('2027-03-28T08:00:00Z'),
  endAt: new Date('2027-03-28T08:30:00Z'),
  summary: 'Fysioterapi – Kari Nordmann',
  location: 'Majorstuen Fysio, Bogstadveien 54, 0366 Oslo',
  description: 'Bookingreferanse: 0F1E-2D3C',
  ...over,
});

/** Parsed by ical.js, as a calendar app's importer would. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const e = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: e.uid,
    sequence: e.sequence,
    // A floating time would read as the machine's own zone; the instants must be absolute (UTC) wherever it runs.
    utc: e.startDate.zone === ICAL.Timezone.utcTimezone && e.endDate.zone === ICAL.Timezone.utcTimezone,
    start: e.startDate.toJSDate().toISOString(),
    end: e.endDate.toJSDate().toISOString(),
    summary: e.summary,
    location: e.location,
    description: e.description,
    status: vevent.getFirstPropertyValue('status'),
    organizer: vevent.getFirstPropertyValue('organizer'),
    attendee: vevent.getFirstPropertyValue('attendee'),
  };
}

describe('the booking calendar entry (RFC 5545)', () => {
  it('is a REQUEST with the booking’s UID, SEQUENCE, texts and parties, CRLF line ends', () => {
    const ics = bookingIcs(event(), parties);
    expect(ics.split('\r\n').filter((l) => l.length > 0 && !l.startsWith(' '))[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    const p = parse(ics);
    expect(p).toMatchObject({
      method: 'REQUEST',
      uid: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0@behandlernettverk.no',
      sequence: 0,
      summary: 'Fysioterapi – Kari Nordmann',
      location: 'Majorstuen Fysio, Bogstadveien 54, 0366 Oslo',
      description: 'Bookingreferanse: 0F1E-2D3C',
      status: 'CONFIRMED',
      organizer: 'mailto:ikke-svar@behandlernettverk.local',
      attendee: 'mailto:kari@example.no',
    });
  });

  it('keeps the true instants on the day Oslo moves to summer time (28.03.2027)', () => {
    // 10:00–10:30 Oslo is CEST (UTC+2) that morning; 01:30 CET + 60 min ends at 03:30 CEST (02:00–03:00 never happens).
    expect(parse(bookingIcs(event(), parties))).toMatchObject({
      utc: true,
      start: '2027-03-28T08:00:00.000Z',
      end: '2027-03-28T08:30:00.000Z',
    });
    const across = parse(
      bookingIcs(
        event({ startAt: new Date('2027-03-28T00:30:00Z'), endAt: new Date('2027-03-28T01:30:00Z') }),
        parties,
      ),
    );
    expect([formatTime(new Date(across.start)), formatTime(new Date(across.end))]).toEqual(['01:30', '03:30']);
    expect(new Date(across.end).getTime() - new Date(across.start).getTime()).toBe(3_600_000);
  });

  it('keeps the true instants on the day Oslo moves back to winter time (31.10.2027)', () => {
    // 10:00 Oslo is CET (UTC+1) again; 02:30 happens twice that night: the first (CEST) to the second (CET) is 60 min.
    const morning = parse(
      bookingIcs(
        event({ startAt: new Date('2027-10-31T09:00:00Z'), endAt: new Date('2027-10-31T09:45:00Z') }),
        parties,
      ),
    );
    expect(morning).toMatchObject({ utc: true, start: '2027-10-31T09:00:00.000Z', end: '2027-10-31T09:45:00.000Z' });
    expect(formatTime(new Date(morning.start))).toBe('10:00');
    const night = parse(
      bookingIcs(
        event({ startAt: new Date('2027-10-31T00:30:00Z'), endAt: new Date('2027-10-31T01:30:00Z') }),
        parties,
      ),
    );
    expect([formatTime(new Date(night.start)), formatTime(new Date(night.end))]).toEqual(['02:30', '02:30']);
    expect(new Date(night.end).getTime() - new Date(night.start).getTime()).toBe(3_600_000);
  });

  it('a move keeps the UID with a higher SEQUENCE; a cancellation is METHOD:CANCEL with the same UID', () => {
    const booked = parse(bookingIcs(event(), parties));
    const moved = parse(bookingIcs(event({ sequence: 1, startAt: new Date('2027-03-29T08:00:00Z') }), parties));
    const cancelled = parse(bookingIcs(event({ sequence: 2, method: 'CANCEL' }), parties));
    expect(moved.uid).toBe(booked.uid);
    expect(moved.sequence).toBeGreaterThan(booked.sequence);
    expect(cancelled).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: booked.uid, sequence: 2 });
  });

  it('escapes TEXT and folds long lines at 75 octets without splitting a character', () => {
    const summary = `Manuellterapi, første time; «vurdering» \\ ${'æøå'.repeat(30)}`;
    const description = 'Bookingreferanse: 0F1E-2D3C\nBooking reference: 0F1E-2D3C';
    const ics = bookingIcs(event({ summary, description }), parties);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(ics)).toMatchObject({ summary, description });
  });
});
