// The public API's answers, as zod schemas for its OpenAPI document (the server builds the values in @bn/api).
import { z } from 'zod';
import { textSchema } from '../text.js';

const ref = z.object({ id: textSchema, name: textSchema });
const address = z.object({ street: textSchema, postcode: textSchema, city: textSchema });
const tariff = z.object({ code: textSchema, name: textSchema });
/** RFC 3339 with Oslo's offset, e.g. 2026-12-03T10:00:00+01:00. */
const rfc3339 = textSchema.meta({ format: 'date-time' });

export const apiTariffsResponse = z.object({ tariffs: z.array(tariff) });

export const apiSlotSchema = z.object({
  slotId: textSchema.meta({ description: 'Opaque: book it with POST /api/v1/bookings.' }),
  start: rfc3339,
  end: rfc3339,
  practitioner: ref,
  clinic: ref,
  address,
  tariff,
});
export const apiSlotsResponse = z.object({ slots: z.array(apiSlotSchema), nextCursor: textSchema.nullable() });

export const apiPractitionerSchema = z.object({
  id: textSchema.meta({ description: 'Narrows GET /api/v1/slots with `practitionerId`.' }),
  name: textSchema,
  profession: z.object({
    code: textSchema.meta({ description: 'As the `profession` filter takes it.' }),
    name: textSchema.meta({ description: 'In Norwegian Bokmål' }),
  }),
  clinic: ref,
  departments: z.array(z.object({ id: textSchema, name: textSchema, address })),
  tariffs: z.array(tariff).meta({ description: 'The tariffs this insurer can book the practitioner with.' }),
});
export const apiPractitionersResponse = z.object({
  practitioners: z.array(apiPractitionerSchema),
  nextCursor: textSchema.nullable(),
});

export const apiBookingSchema = z.object({
  id: textSchema,
  reference: textSchema.meta({ description: 'A short code a person can read out on the phone (XXXX-XXXX).' }),
  status: textSchema.meta({ description: 'active, cancelled or no_show' }),
  start: rfc3339,
  end: rfc3339,
  practitioner: ref.nullable(),
  clinic: ref,
  address: address.nullable(),
  tariff: tariff.nullable(),
  sakId: textSchema.nullable(),
  changeableUntil: rfc3339.nullable(),
});

export const apiProblemSchema = z.object({
  type: textSchema,
  title: textSchema,
  status: z.number().int(),
  code: textSchema.meta({ description: 'Stable: the same codes as the network’s other APIs (errors.ts).' }),
  values: z.record(textSchema, z.unknown()).optional(),
  issues: z
    .array(
      z.object({ path: z.array(z.union([textSchema, z.number()])), code: textSchema, values: z.unknown().optional() }),
    )
    .optional(),
});

/** The SMART Scheduling Links manifest of GET /api/v1/feed/$bulk-publish. */
export const apiFeedManifestSchema = z.object({
  transactionTime: rfc3339.meta({ description: 'When the feed was read.' }),
  request: textSchema.meta({ description: 'The absolute URL of this manifest.' }),
  output: z.array(
    z.object({
      type: z.enum(['Location', 'Schedule', 'Slot']),
      url: textSchema.meta({ description: 'An NDJSON file of FHIR resources, fetched with the same key.' }),
    }),
  ),
  error: z.array(z.unknown()).meta({ description: 'Always empty.' }),
});
