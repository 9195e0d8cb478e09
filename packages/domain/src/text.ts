// The primitives every input schema is built from: text, calendar dates and instants. Every string, date and time the
// API accepts passes through one of these, so a character PostgreSQL cannot store, or a date outside the years the
// product reasons about, is a field error (400 BAD_INPUT) at the edge rather than a failed statement (500) deep inside.
// ESLint (eslint.config.js) refuses `z.string()`, `z.iso.*`, `z.email()` and `z.date()` elsewhere in the domain and API.
import { z } from 'zod';
import { customIssue, issue, type InputIssueCode } from './input-issues.js';

/**
 * NUL (PostgreSQL's text type cannot hold it) and the other C0 control characters except tab, line feed and carriage
 * return, plus DEL: no form sends them, and a name or remark carrying them is an attack or a broken client.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this expression's purpose
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Half of a UTF-16 surrogate pair without its other half: not a character, and not encodable as UTF-8 (or jsonb). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text, or null when it can (the issue codes `text.control`, `text.surrogate`). */
export function textProblem(value: string): 'control' | 'surrogate' | null {
  if (CONTROL_CHARACTER.test(value)) return 'control';
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  return null;
}

/**
 * THE string schema: every string field of every input starts from this one (then trims, bounds or matches it).
 * Passwords too: no one types a NUL, and refusing it keeps the rule without exceptions. `typeMessage` is what a
 * client that sends no string at all is told (by default `required` or `invalid_type`, zod-config.ts).
 */
export function text(typeCode?: InputIssueCode) {
  return z.string(typeCode === undefined ? undefined : issue(typeCode)).check((ctx) => {
    const problem = textProblem(ctx.value);
    if (problem) ctx.issues.push({ ...customIssue([], `text.${problem}`), input: ctx.value });
  });
}
export const textSchema = text();

/** The years the product reasons about: work plans, agreements, searches and bookings all fall inside them. */
export const DATE_RANGE = { first: '2000-01-01', last: '2100-12-31' } as const;
const FIRST_INSTANT = Date.UTC(1999, 11, 31, 0, 0);
const LAST_INSTANT = Date.UTC(2101, 0, 1, 0, 0);

const YEARS = { first: Number(DATE_RANGE.first.slice(0, 4)), last: Number(DATE_RANGE.last.slice(0, 4)) };

/** A calendar date YYYY-MM-DD that exists (no 30 February) and lies in DATE_RANGE. */
export const calendarDateSchema = z.iso
  .date(issue('date.format'))
  .refine((d) => d >= DATE_RANGE.first && d <= DATE_RANGE.last, issue('date.range', YEARS));

/**
 * A birth date: a calendar date from 1854 (the oldest century a national id can give) to DATE_RANGE's end. The only
 * date before 2000 the product takes.
 */
export const birthDateSchema = z.iso
  .date(issue('date.format'))
  .refine(
    (d) => d >= '1854-01-01' && d <= DATE_RANGE.last,
    issue('birth_date.range', { first: 1854, last: YEARS.last }),
  );

/**
 * An instant (a Date, or an ISO string a client sent) inside DATE_RANGE. Outside it PostgreSQL's timestamptz and the
 * Oslo conversions would fail; nothing bookable lies there.
 */
export const instantSchema = z.coerce
  .date(issue('instant.invalid'))
  .refine((d) => d.getTime() >= FIRST_INSTANT && d.getTime() < LAST_INSTANT, issue('date.range', YEARS));
