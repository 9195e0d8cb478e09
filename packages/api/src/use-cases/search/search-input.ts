import { z } from 'zod';
import { calendarDateSchema, idSchema, instantSchema, MAX_RANGE_DAYS, professionSchema, textSchema } from '@bn/domain';

const isoDate = calendarDateSchema;

/** The agent's network search. Dates are Oslo calendar dates; `to` is inclusive. */
export const searchNetworkInput = z
  .object({
    tariffCode: textSchema.trim().max(20).optional(),
    profession: professionSchema.optional(),
    /** A city name or a four-digit postcode. */
    place: textSchema.trim().max(100).optional(),
    practitionerName: textSchema.trim().max(100).optional(),
    from: isoDate,
    to: isoDate,
    limit: z.number().int().min(1).max(100).default(20),
    /** Keyset cursor from the previous page. */
    cursor: z.object({ startAt: instantSchema, bookId: idSchema, typeId: idSchema, departmentId: idSchema }).optional(),
  })
  .refine((i) => i.from <= i.to, { message: 'Til-dato må være etter fra-dato.', path: ['to'] })
  .refine((i) => daysBetween(i.from, i.to) <= MAX_RANGE_DAYS, {
    message: 'Søk over høyst tre måneder om gangen.',
    path: ['to'],
  });
export type SearchNetworkInput = z.infer<typeof searchNetworkInput>;

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/** One practitioner's free times (the week view): at most two months at a time. */
export const practitionerSlotsInput = z
  .object({
    practitionerId: idSchema,
    from: isoDate,
    to: isoDate,
    tariffCode: textSchema.trim().max(20).optional(),
  })
  .refine((i) => i.from <= i.to, { message: 'Til-dato må være etter fra-dato.', path: ['to'] })
  .refine((i) => daysBetween(i.from, i.to) <= 62, { message: 'Vis høyst to måneder om gangen.', path: ['to'] });
export type PractitionerSlotsInput = z.infer<typeof practitionerSlotsInput>;

/** "Why no times?" for one practitioner over at most three months. */
export const whyNoTimesInput = z
  .object({ practitionerId: idSchema, from: isoDate, to: isoDate })
  .refine((i) => i.from <= i.to, { message: 'Til-dato må være etter fra-dato.', path: ['to'] })
  .refine((i) => daysBetween(i.from, i.to) <= MAX_RANGE_DAYS, {
    message: 'Spør om høyst tre måneder om gangen.',
    path: ['to'],
  });
