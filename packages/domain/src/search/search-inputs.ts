// Inputs of the agent's search procedures, shared by the server and the agent SPA's search form. Dates are Oslo
// calendar dates; `to` is inclusive; the longest range of each stands in DATE_RANGE_DAYS.
import { z } from 'zod';
import { checkDateRange, DATE_RANGE_DAYS } from '../date-range.js';
import { idSchema } from '../ids.js';
import { professionSchema } from '../professions.js';
import { customIssue, issue } from '../input-issues.js';
import { calendarDateSchema, instantSchema, textSchema } from '../text.js';

/** How many hits one page of the network search may ask for. */
export const SEARCH_PAGE_LIMIT = { default: 20, max: 100 } as const;
/** The shortest part of a name the practitioner lookup takes. */
export const PRACTITIONER_NAME_MIN_LENGTH = 2;

/** What the agent searches by: the same filters for the earliest times and for the results by practitioner. */
const searchFilters = {
  tariffCode: textSchema.trim().max(20).optional(),
  profession: professionSchema.optional(),
  /** A city name or a four-digit postcode. */
  place: textSchema.trim().max(100).optional(),
  practitionerName: textSchema.trim().max(100).optional(),
  from: calendarDateSchema,
  to: calendarDateSchema,
};

/** The agent's network search. */
export const searchNetworkInput = z
  .object({
    ...searchFilters,
    limit: z.number().int().min(1).max(SEARCH_PAGE_LIMIT.max).default(SEARCH_PAGE_LIMIT.default),
    /** Keyset cursor from the previous page. */
    cursor: z.object({ startAt: instantSchema, bookId: idSchema, typeId: idSchema, departmentId: idSchema }).optional(),
  })
  .superRefine((i, ctx) => checkDateRange(i, DATE_RANGE_DAYS.search, ctx));
export type SearchNetworkInput = z.infer<typeof searchNetworkInput>;

/** How many practitioners one page of the results by practitioner may ask for. */
export const PRACTITIONER_PAGE_LIMIT = { default: 12, max: 30 } as const;
/** How the results by practitioner are ordered: by their earliest free time, or by distance to the patient. */
export const PRACTITIONER_SORTS = ['earliest', 'distance'] as const;
export type PractitionerSort = (typeof PRACTITIONER_SORTS)[number];

/**
 * The results by practitioner (search.practitioners): a page of practitioners, each with their next free times.
 * Sorting by distance needs the patient's postcode. The cursor is the last practitioner's place in the order.
 */
export const searchPractitionersInput = z
  .object({
    ...searchFilters,
    sort: z.enum(PRACTITIONER_SORTS).default('earliest'),
    /** The patient's postcode, which «distance» measures from. */
    patientPostcode: textSchema
      .trim()
      .regex(/^\d{4}$/, issue('department.postcode_format'))
      .optional(),
    limit: z.number().int().min(1).max(PRACTITIONER_PAGE_LIMIT.max).default(PRACTITIONER_PAGE_LIMIT.default),
    cursor: z
      .object({
        earliestAt: instantSchema,
        practitionerId: idSchema,
        /** With «distance»: the last practitioner's distance in metres (null: unknown, sorted last). */
        distanceM: z.number().int().min(0).max(10_000_000).nullable().optional(),
      })
      .optional(),
  })
  .superRefine((i, ctx) => {
    checkDateRange(i, DATE_RANGE_DAYS.search, ctx);
    if (i.sort === 'distance' && !i.patientPostcode)
      ctx.addIssue(customIssue(['patientPostcode'], 'search.patient_postcode_required'));
  });
export type SearchPractitionersInput = z.infer<typeof searchPractitionersInput>;

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
