import { describe, expect, it } from 'vitest';
import {
  bookingHorizon,
  canSelfBook,
  cancellationAllowedAt,
  cancellationDeadline,
  effectiveRestrictions,
} from './restrictions.js';
import { restrictions } from './testing/fixtures.js';
import { osloInstant } from '../time/oslo.js';
import { wordError } from '../i18n/refusals.js';

const book = restrictions({ daysAhead: 30, minNoticeHours: 24, cancellationDeadlineHours: 24, maxSelfBooked: 3 });
const own = restrictions({
  daysAhead: 7,
  minNoticeHours: null,
  cancellationDeadlineHours: 48,
  cancellationAllowed: false,
  maxSelfBooked: 5,
});

describe('effectiveRestrictions: T3 precedence', () => {
  // clinic cap, type own limits on?, type's cap → expected limits' owner, notice, days ahead, cap, cap's owner
  it.each([
    [
      'type limits off: the book’s limits; the type’s own cap does not count',
      null,
      false,
      1,
      'book',
      24,
      30,
      3,
      'book',
    ],
    ['type limits on: the type’s limits replace the book’s', null, true, 5, 'type', null, 7, 3, 'book'],
    ['type limits on with the lowest cap: the type’s cap', null, true, 2, 'type', null, 7, 2, 'type'],
    ['the clinic’s cap is the lowest', 1, true, 2, 'type', null, 7, 1, 'clinic'],
    ['the clinic caps higher than the book: the book’s cap', 10, false, null, 'book', 24, 30, 3, 'book'],
    ['a cap of 0 wins over everything', 5, true, 0, 'type', null, 7, 0, 'type'],
  ] as const)('%s', (_name, clinicCap, on, typeCap, limits, notice, daysAhead, cap, capSource) => {
    const r = effectiveRestrictions({
      clinic: { maxSelfBooked: clinicCap },
      book,
      type: { ownLimitsEnabled: on, ownLimits: { ...own, maxSelfBooked: typeCap } },
    });
    expect([r.source.limits, r.minNoticeHours, r.daysAhead, r.maxSelfBooked, r.source.maxSelfBooked]).toEqual([
      limits,
      notice,
      daysAhead,
      cap,
      capSource,
    ]);
    expect(r.cancellationAllowed).toBe(!on);
  });

  it('nobody caps: no cap', () => {
    const r = effectiveRestrictions({
      clinic: { maxSelfBooked: null },
      book: restrictions(),
      type: { ownLimitsEnabled: true, ownLimits: restrictions() },
    });
    expect([r.maxSelfBooked, r.source.maxSelfBooked]).toEqual([null, null]);
  });
});

describe('canSelfBook', () => {
  it('allows below the cap, refuses at it, and says why', () => {
    expect(canSelfBook({ restrictions: { maxSelfBooked: null }, futureSelfBookedCount: 99 }).ok).toBe(true);
    expect(canSelfBook({ restrictions: { maxSelfBooked: 2 }, futureSelfBookedCount: 1 }).ok).toBe(true);
    const no = canSelfBook({ restrictions: { maxSelfBooked: 2 }, futureSelfBookedCount: 2 });
    expect(no).toEqual({ ok: false, values: { reason: 'max_self_booked', limit: 2, count: 2 } });
    expect(!no.ok && wordError('nb', 'MAX_SELF_BOOKED', no.values)).toBe(
      'Pasienten har allerede 2 fremtidige timer bestilt på nett, og grensen er 2.',
    );
    expect(!no.ok && wordError('en', 'MAX_SELF_BOOKED', no.values)).toBe(
      'The patient already has 2 future appointments booked online; the limit is 2.',
    );
    expect(canSelfBook({ restrictions: { maxSelfBooked: 0 }, futureSelfBookedCount: 0 })).toEqual({
      ok: false,
      values: { reason: 'not_online', limit: 0 },
    });
  });
});

describe('cancellationAllowedAt', () => {
  const start = osloInstant('2026-11-26', '10:00');
  const hoursBefore = (h: number) => new Date(start.getTime() - h * 3_600_000);
  const deadline24 = restrictions({ cancellationDeadlineHours: 24 });

  it('up to and including the deadline, not after it', () => {
    expect(cancellationDeadline(deadline24, start)).toEqual(hoursBefore(24));
    expect(cancellationAllowedAt({ restrictions: deadline24, appointmentStart: start, now: hoursBefore(25) }).ok).toBe(
      true,
    );
    expect(cancellationAllowedAt({ restrictions: deadline24, appointmentStart: start, now: hoursBefore(24) }).ok).toBe(
      true,
    );
    const late = cancellationAllowedAt({ restrictions: deadline24, appointmentStart: start, now: hoursBefore(23) });
    expect(late).toMatchObject({ ok: false, values: { reason: 'cancellation_deadline_passed', hours: 24 } });
    expect(!late.ok && wordError('nb', 'CANCELLATION_DEADLINE_PASSED', late.values)).toBe(
      'Fristen for å avbestille på nett var 25.11.2026 10:00 (24 timer før timen). Kontakt klinikken.',
    );
  });

  it('without a deadline until the start; never when switched off', () => {
    expect(
      cancellationAllowedAt({ restrictions: restrictions(), appointmentStart: start, now: hoursBefore(0.1) }).ok,
    ).toBe(true);
    expect(cancellationAllowedAt({ restrictions: restrictions(), appointmentStart: start, now: start })).toMatchObject({
      ok: false,
      values: { reason: 'already_started' },
    });
    expect(
      cancellationAllowedAt({
        restrictions: restrictions({ cancellationAllowed: false }),
        appointmentStart: start,
        now: hoursBefore(100),
      }),
    ).toMatchObject({ ok: false, values: { reason: 'cancellation_off' } });
  });
});

describe('bookingHorizon', () => {
  it('ends at Oslo midnight after today + days ahead, also across a clock change', () => {
    const h = bookingHorizon({
      now: osloInstant('2026-10-20', '23:30'),
      restrictions: { minNoticeHours: 2, daysAhead: 5 },
    });
    expect(h.lastDate).toBe('2026-10-25');
    expect(h.startsBefore?.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(h.earliestStart.toISOString()).toBe('2026-10-20T23:30:00.000Z');
    expect(bookingHorizon({ now: new Date(0), restrictions: { minNoticeHours: null, daysAhead: null } })).toEqual({
      earliestStart: new Date(0),
      startsBefore: null,
      lastDate: null,
    });
  });
});
