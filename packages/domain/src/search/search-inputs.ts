// Inputs of the agent's search procedures, shared by the server and the agent SPA's search form. Dates are Oslo
// calendar dates; `to` is inclusive; the longest range of each stands in DATE_RANGE_DAYS.
import { z } from 'zod';
import { checkDateRange, DATE_RANGE_DAYS } from '../date-range.js';
import { idSchema } from '../ids.js';
import { professionSchema } from '../professions.js';
import { calendarDateSchema, instantSchema, textSchema } from '../text.js';

/** How many hits one page of the network search may ask for. */
export const SEARCH_PAGE_LIMIT = { default: 20, max: 100 } as const;
/** The shortest part of a name the practitioner lookup takes. */
export const PRACTITIONER_NAME_MIN_LENGTH = 2;

/** The agent's network search. */
export const searchNetworkInput = z
  .object({
    tariffCode: textSchema.trim().max(20).optional(),
    profession: professionSchema.optional(),
    /** A city name or a four-digit postcode. */
    place: textSchema.trim().max(100).optional(),
    practitionerName: textSchema.trim().max(100).optional(),
    from: calendarDateSchema,
    to: calendarDateSchema,
    limit: z.number().int().min(1).max(SEARCH_PAGE_LIMIT.max).default(SEARCH_PAGE_LIMIT.default),
    /** Keyset cursor from the previous page. */
    cursor: z.object({ startAt: instantSchema, bookId: idSchema, typeId: idSchema, departmentId: idSchema }).optional(),
  })
  .superRefine((i, ctx) => checkDateRange(i, DATE_RANGE_DAYS.search, ctx));
export type SearchNetworkInput = z.infer<typeof searchNetworkInput>;

/** One practitioner's free times (the week view). */
export const practitionerSlotsInput = z
  .object({
    practitionerId: idSchema,
    from: calendarDateSchema,
    to: calendarDateSchema,
    tariffCode: textSchema.trim().max(20).optional(),
  })
  .superRefine((i, ctx) => checkDateRange(i, DATE_RANGE_DAYS.practitionerSlots, ctx));
export type PractitionerSlotsInput = z.infer<typeof practitionerSlotsInput>;

/** "Why no times?" for one practitioner. */
export const whyNoTimesInput = z
  .object({ practitionerId: idSchema, from: calendarDateSchema, to: calendarDateSchema })
  .superRefine((i, ctx) => checkDateRange(i, DATE_RANGE_DAYS.search, ctx));

/** The practitioner lookup by name. */
export const findPractitionersInput = z.object({
  name: textSchema.trim().min(PRACTITIONER_NAME_MIN_LENGTH).max(100),
});

/** The public holidays of one year (the admin's work plan). */
export const holidaysInput = z.object({ year: z.number().int().min(2000).max(2100) });
