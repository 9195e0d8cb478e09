/**
 * T3: which online-booking restrictions apply to a book × type, and the checks built on them (booking horizon,
 * maximum self-booked, cancellation deadline).
 */
import type { Restrictions } from '../config/books.js';
import { addDays, osloDate } from '../time/oslo.js';
import { osloMidnightMs } from './wall-time.js';

const HOUR_MS = 3_600_000;

/** The restrictions in force, and where each came from (shown to clinic admins and agents as the "why"). */
export interface EffectiveRestrictions extends Restrictions {
  source: {
    /** Whose daysAhead, minNoticeHours and cancellation rules apply. */
    limits: 'book' | 'type';
    /** Whose cap on self-booked appointments is the lowest; null when nobody caps. */
    maxSelfBooked: 'clinic' | 'book' | 'type' | null;
  };
}

export interface EffectiveRestrictionsOptions {
  clinic: { maxSelfBooked: number | null };
  book: Restrictions;
  type: { ownLimitsEnabled: boolean; ownLimits: Restrictions };
}

/**
 * PatientSky's precedence (T3): with own limits switched on, the type's limits replace the book's as a whole (a null
 * on the type means "no limit", it does not fall back to the book); the cap on self-booked appointments is the
 * lowest of clinic, book and type (the type's only counts when its own limits are on).
 */
export function effectiveRestrictions({ clinic, book, type }: EffectiveRestrictionsOptions): EffectiveRestrictions {
  const limits = type.ownLimitsEnabled ? type.ownLimits : book;
  const caps: [EffectiveRestrictions['source']['maxSelfBooked'], number | null][] = [
    ['clinic', clinic.maxSelfBooked],
    ['book', book.maxSelfBooked],
    ['type', type.ownLimitsEnabled ? type.ownLimits.maxSelfBooked : null],
  ];
  let maxSelfBooked: number | null = null;
  let capSource: EffectiveRestrictions['source']['maxSelfBooked'] = null;
  for (const [who, cap] of caps) {
    if (cap !== null && (maxSelfBooked === null || cap < maxSelfBooked)) {
      maxSelfBooked = cap;
      capSource = who;
    }
  }
  return {
    daysAhead: limits.daysAhead,
    minNoticeHours: limits.minNoticeHours,
    cancellationDeadlineHours: limits.cancellationDeadlineHours,
    cancellationAllowed: limits.cancellationAllowed,
    maxSelfBooked,
    source: { limits: type.ownLimitsEnabled ? 'type' : 'book', maxSelfBooked: capSource },
  };
}

/** When a slot may start: [earliestStart, startsBefore). */
export interface BookingHorizon {
  /** now + minimum notice (now when there is none): a slot starting earlier cannot be booked. */
  earliestStart: Date;
  /** 00:00 Oslo on the day after today + daysAhead; null when days ahead is unlimited. */
  startsBefore: Date | null;
  /** The last Oslo date that can be booked (today + daysAhead), YYYY-MM-DD; null when unlimited. */
  lastDate: string | null;
}

/**
 * Minimum notice and days ahead depend on the clock, so stored free slots are filtered with this when read.
 * daysAhead = N: today and the next N days can be booked (the end of the Oslo day today + N).
 */
export function bookingHorizon({
  now,
  restrictions,
}: {
  now: Date;
  restrictions: Pick<Restrictions, 'minNoticeHours' | 'daysAhead'>;
}): BookingHorizon {
  const earliestStart = new Date(now.getTime() + (restrictions.minNoticeHours ?? 0) * HOUR_MS);
  if (restrictions.daysAhead === null) return { earliestStart, startsBefore: null, lastDate: null };
  const lastDate = addDays(osloDate(now), restrictions.daysAhead);
  return { earliestStart, startsBefore: new Date(osloMidnightMs(addDays(lastDate, 1))), lastDate };
}

/**
 * A refusal of T3 as a reason with its values: the caller throws it as MAX_SELF_BOOKED or
 * CANCELLATION_DEADLINE_PASSED, and the client words `error.<CODE>.<reason>` (i18n/refusals).
 */
export type SelfBookVerdict =
  | { ok: true }
  | {
      ok: false;
      values: { reason: 'not_online'; limit: number } | { reason: 'max_self_booked'; limit: number; count: number };
    };
export type CancelVerdict =
  | { ok: true }
  | {
      ok: false;
      values:
        | { reason: 'cancellation_off' }
        | { reason: 'already_started' }
        | { reason: 'cancellation_deadline_passed'; deadline: Date; hours: number };
    };
export type Verdict = SelfBookVerdict | CancelVerdict;

/** Maximum self-booked (T3): a patient with this many future self-booked appointments may book one more? */
export function canSelfBook({
  restrictions,
  futureSelfBookedCount,
}: {
  restrictions: Pick<Restrictions, 'maxSelfBooked'>;
  futureSelfBookedCount: number;
}): SelfBookVerdict {
  const cap = restrictions.maxSelfBooked;
  if (cap === null || futureSelfBookedCount < cap) return { ok: true };
  return {
    ok: false,
    values:
      cap === 0
        ? { reason: 'not_online', limit: 0 }
        : { reason: 'max_self_booked', limit: cap, count: futureSelfBookedCount },
  };
}

/** The last moment an appointment can be cancelled online; null when there is no deadline (until it starts). */
export function cancellationDeadline(
  restrictions: Pick<Restrictions, 'cancellationDeadlineHours'>,
  appointmentStart: Date,
): Date | null {
  const hours = restrictions.cancellationDeadlineHours;
  return hours === null ? null : new Date(appointmentStart.getTime() - hours * HOUR_MS);
}

/**
 * May the patient or agent cancel online now? Never when cancelling is switched off or the appointment has begun;
 * otherwise up to and including the deadline (start − cancellationDeadlineHours).
 */
export function cancellationAllowedAt({
  restrictions,
  appointmentStart,
  now,
}: {
  restrictions: Pick<Restrictions, 'cancellationAllowed' | 'cancellationDeadlineHours'>;
  appointmentStart: Date;
  now: Date;
}): CancelVerdict {
  if (!restrictions.cancellationAllowed) return { ok: false, values: { reason: 'cancellation_off' } };
  if (now.getTime() >= appointmentStart.getTime()) return { ok: false, values: { reason: 'already_started' } };
  const deadline = cancellationDeadline(restrictions, appointmentStart);
  if (deadline && now.getTime() > deadline.getTime()) {
    return {
      ok: false,
      values: {
        reason: 'cancellation_deadline_passed',
        deadline,
        hours: restrictions.cancellationDeadlineHours ?? 0,
      },
    };
  }
  return { ok: true };
}

/**
 * T3's days-ahead bound for every days-ahead value at once, for SQL that applies each row's own `days_ahead`:
 * `bounds[n]` is 00:00 Oslo on the day after today + n (`bookingHorizon(…).startsBefore` for daysAhead = n), for every
 * n whose bound falls before `until`; a larger n bounds nothing before `until` (the query's own end). Computed here,
 * with the Oslo calendar, so the SQL compares instants and never converts time zones.
 */
export function daysAheadBounds(now: Date, until: Date): Date[] {
  const today = osloDate(now);
  const bounds: Date[] = [];
  for (let n = 0; ; n++) {
    const bound = new Date(osloMidnightMs(addDays(today, n + 1)));
    bounds.push(bound);
    if (bound >= until) return bounds;
  }
}
