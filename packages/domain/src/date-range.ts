// Ranges of Oslo calendar dates an input asks about (`from`…`to`, `to` inclusive), and how long each may be: the one
// place these limits stand, read by the input schemas and by the SPAs that keep a range within them.
import { z } from 'zod';
import { customIssue } from './input-issues.js';
import { calendarDateSchema } from './text.js';

/** The longest range, in days, each kind of question takes. */
export const DATE_RANGE_DAYS = {
  /** The agent's network search and «Hvorfor ingen timer?»: about three months. */
  search: 92,
  /** One practitioner's week view: about two months. */
  practitionerSlots: 62,
  /** «Mine bookinger»: about three months. */
  agentBookings: 92,
  /** The clinic's calendar: about two months. */
  calendar: 62,
  /** «Finn booking» by date: about a month (its answer is bounded, so a longer range would only be cut). */
  bookingFind: 31,
} as const;

/** Days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** Whether `from`…`to` is a range an input of at most `maxDays` days takes (`to` not before `from`). */
export function isRangeWithin(range: { from: string; to: string }, maxDays: number): boolean {
  return range.from <= range.to && daysBetween(range.from, range.to) <= maxDays;
}

/** The refusals of a range on its `to` field: before `from`, or longer than `maxDays`. */
export function checkDateRange(range: { from: string; to: string }, maxDays: number, ctx: z.RefinementCtx): void {
  if (range.from > range.to) ctx.addIssue(customIssue(['to'], 'range.to_before_from'));
  else if (daysBetween(range.from, range.to) > maxDays)
    ctx.addIssue(customIssue(['to'], 'range.too_long', { maxDays }));
}

/** `{ from, to }` of at most `maxDays` days. */
export function dateRangeSchema(maxDays: number) {
  return z
    .object({ from: calendarDateSchema, to: calendarDateSchema })
    .superRefine((range, ctx) => checkDateRange(range, maxDays, ctx));
}
