// The primitives every input schema is built from: text, calendar dates and instants. Every string, date and time the
// API accepts passes through one of these, so a character PostgreSQL cannot store, or a date outside the years the
// product reasons about, is a field error (400 BAD_INPUT) at the edge rather than a failed statement (500) deep inside.
// ESLint (eslint.config.js) refuses `z.string()`, `z.iso.*`, `z.email()` and `z.date()` elsewhere in the domain and API.
import { z } from 'zod';

/**
 * NUL (PostgreSQL's text type cannot hold it) and the other C0 control characters except tab, line feed and carriage
 * return, plus DEL: no form sends them, and a name or remark carrying them is an attack or a broken client.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this expression's purpose
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Half of a UTF-16 surrogate pair without its other half: not a character, and not encodable as UTF-8 (or jsonb). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const TEXT_MESSAGES = {
  control: 'Teksten inneholder et kontrolltegn som ikke kan lagres.',
  surrogate: 'Teksten inneholder et ugyldig tegn.',
} as const;

/** Why a string cannot be stored as text, or null when it can. */
export function textProblem(value: string): keyof typeof TEXT_MESSAGES | null {
  if (CONTROL_CHARACTER.test(value)) return 'control';
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  return null;
}

/**
 * THE string schema: every string field of every input starts from this one (then trims, bounds or matches it).
 * Passwords too: no one types a NUL, and refusing it keeps the rule without exceptions. `typeMessage` is what a
 * client that sends no string at all is told (by default the Norwegian wording of zod-locale.ts).
 */
export function text(typeMessage?: string) {
  return z.string(typeMessage === undefined ? undefined : { message: typeMessage }).check((ctx) => {
    const problem = textProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: TEXT_MESSAGES[problem] });
  });
}
export const textSchema = text();

/** The years the product reasons about: work plans, agreements, searches and bookings all fall inside them. */
export const DATE_RANGE = { first: '2000-01-01', last: '2100-12-31' } as const;
const FIRST_INSTANT = Date.UTC(1999, 11, 31, 0, 0);
const LAST_INSTANT = Date.UTC(2101, 0, 1, 0, 0);

export const DATE_MESSAGES = {
  format: 'Ugyldig dato (åååå-mm-dd).',
  range: `Datoen må ligge mellom ${DATE_RANGE.first.slice(0, 4)} og ${DATE_RANGE.last.slice(0, 4)}.`,
  instant: 'Ugyldig tidspunkt.',
} as const;

/** A calendar date YYYY-MM-DD that exists (no 30 February) and lies in DATE_RANGE. */
export const calendarDateSchema = z.iso
  .date({ message: DATE_MESSAGES.format })
  .refine((d) => d >= DATE_RANGE.first && d <= DATE_RANGE.last, { message: DATE_MESSAGES.range });

/**
 * A birth date: a calendar date from 1854 (the oldest century a national id can give) to DATE_RANGE's end. The only
 * date before 2000 the product takes.
 */
export const birthDateSchema = z.iso
  .date({ message: DATE_MESSAGES.format })
  .refine((d) => d >= '1854-01-01' && d <= DATE_RANGE.last, { message: 'Fødselsdatoen må ligge mellom 1854 og 2100.' });

/**
 * An instant (a Date, or an ISO string a client sent) inside DATE_RANGE. Outside it PostgreSQL's timestamptz and the
 * Oslo conversions would fail; nothing bookable lies there.
 */
export const instantSchema = z.coerce
  .date({ message: DATE_MESSAGES.instant })
  .refine((d) => d.getTime() >= FIRST_INSTANT && d.getTime() < LAST_INSTANT, { message: DATE_MESSAGES.range });
