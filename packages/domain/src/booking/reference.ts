// The short booking reference a person reads out on the phone, shared by the public API and the agent's desk.
import { z } from 'zod';
import { calendarDateSchema, textSchema } from '../text.js';
import { checkDateRange, DATE_RANGE_DAYS } from '../date-range.js';
import { customIssue } from '../input-issues.js';
import { idSchema } from '../ids.js';
import { issue } from '../input-issues.js';

const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Eight characters of Crockford's base32 from the id's first 40 bits, as `XXXX-XXXX` (no I, L, O or U to misread). */
export function bookingReference(id: string): string {
  const hex = id
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 10)
    .padEnd(10, '0');
  let n = BigInt(`0x${hex}`);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = REFERENCE_ALPHABET[Number(n % 32n)]! + out;
    n /= 32n;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/**
 * The start of the booking id (`xxxxxxxx-xx`, as the id's text begins) a reference was made from, or null when the
 * text is no reference. Forgiving as Crockford's base32 is: case, spaces and the dash ignored, O read as 0, I and L as 1.
 */
export function bookingIdPrefixOfReference(text: string): string | null {
  const chars = text.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-Z]{8}$/.test(chars)) return null;
  let n = 0n;
  for (const c of chars) {
    const v = REFERENCE_ALPHABET.indexOf(c);
    if (v < 0) return null;
    n = n * 32n + BigInt(v);
  }
  const hex = n.toString(16).padStart(10, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8)}`;
}

/** A booking's status as the agent's lookup filters by it. */
export const BOOKING_FIND_STATUSES = ['active', 'cancelled', 'no_show'] as const;

/** At most this many bookings answer one lookup (the newest first): a busy day is still one screen. */
export const BOOKING_FIND_LIMIT = 50;

/**
 * The agent's lookup of its insurer's bookings: a booking reference, the patient's national id, a SakID, the patient's
 * or the practitioner's name (its words in any order), in one field; and/or the Oslo days the appointment starts on
 * (`from`…`to`, both included; one of them alone is that day); narrowed by status and by the agent who booked. It
 * travels in the request body (never in a URL): it is often a national id.
 */
export const findInsurerBookingsInput = z
  .object({
    query: textSchema
      .trim()
      .min(3, issue('booking_find.query', { min: 3, max: 40 }))
      .max(40, issue('booking_find.query', { min: 3, max: 40 }))
      .nullish(),
    from: calendarDateSchema.nullish(),
    to: calendarDateSchema.nullish(),
    status: z.enum(BOOKING_FIND_STATUSES).nullish(),
    /** Only the bookings this agent (of the same insurer) made. */
    agentId: idSchema.nullish(),
  })
  .superRefine((i, ctx) => {
    if (!i.query && !i.from && !i.to) ctx.addIssue(customIssue(['query'], 'booking_find.query_or_date'));
    else if (i.from && i.to) checkDateRange({ from: i.from, to: i.to }, DATE_RANGE_DAYS.bookingFind, ctx);
  });
export type FindInsurerBookingsInput = z.infer<typeof findInsurerBookingsInput>;
