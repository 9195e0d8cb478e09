// The FHIR R4 facade's inputs (/fhir, docs/public-api.md «FHIR R4»): the IHE ITI Scheduling `$find` Parameters, the
// Appointment of `$hold` and `$book`, and the Slot search's query, each read into the REST API's own shapes and checked
// by the same schemas (slot id, national id, case id, names, phone, e-mail), so a FHIR call and a REST call are refused
// for the same reasons with the same codes.
import { z } from 'zod';
import { checkDateRange, DATE_RANGE_DAYS } from '../date-range.js';
import { idSchema } from '../ids.js';
import { customIssue, issue } from '../input-issues.js';
import { professionSchema } from '../professions.js';
import { SEARCH_PAGE_LIMIT } from '../search/search-inputs.js';
import { calendarDateSchema, instantSchema, textSchema } from '../text.js';
import { addDays, osloDate } from '../time/oslo.js';
import { parseNationalId, type NationalIdKind } from '../validators/national-id.js';
import { apiBookingBody, slotIdSchema } from './schemas.js';

/** The identifier and code systems the facade reads and writes. */
export const FHIR_SYSTEM = {
  /** Fødselsnummer, D-nummer and H-nummer (the Norwegian OIDs of the Directorate of eHealth). */
  fnr: 'urn:oid:2.16.578.1.12.4.1.4.1',
  dNumber: 'urn:oid:2.16.578.1.12.4.1.4.2',
  hNumber: 'urn:oid:2.16.578.1.12.4.1.4.3',
  /** The opaque slot id of `/api/v1/slots`, on Slot.identifier and Appointment.slot.identifier. */
  slotId: 'urn:bn:slot-id',
  /** A hold's id, on the pending Appointment `$hold` answers and `$book` confirms. */
  holdId: 'urn:bn:hold-id',
  /** The insurer's case id (SakID) on Appointment.identifier. */
  sakId: 'urn:bn:sak-id',
  /** The booking's reference (XXXX-XXXX) on Appointment.identifier. */
  bookingReference: 'urn:bn:booking-reference',
  tariff: 'urn:bn:tariff',
  profession: 'urn:bn:profession',
  practitionerId: 'urn:bn:practitioner-id',
} as const;

/** The identifier system a national id is written with, chosen by the number. */
export function nationalIdSystem(kind: NationalIdKind): string {
  return kind === 'd_number' ? FHIR_SYSTEM.dNumber : kind === 'h_number' ? FHIR_SYSTEM.hNumber : FHIR_SYSTEM.fnr;
}

const str = (max: number) => textSchema.max(max);
const identifierSchema = z.object({ system: str(200).optional(), value: str(1000).optional() });
const codingSchema = z.object({ system: str(200).optional(), code: str(100).optional() });

/** One parameter of a Parameters resource: its name and value[x] (the kinds the operations take). */
const parameterSchema = z.object({
  name: str(64),
  valueString: str(1000).optional(),
  valueCode: str(100).optional(),
  valueDate: str(40).optional(),
  valueDateTime: str(40).optional(),
  valueInstant: str(40).optional(),
  valueInteger: z.number().int().optional(),
  valueCoding: codingSchema.optional(),
  valueCodeableConcept: z.object({ coding: z.array(codingSchema).max(10).optional() }).optional(),
  valueReference: z.object({ reference: str(200).optional() }).optional(),
  resource: z.unknown().optional(),
});
type Parameter = z.infer<typeof parameterSchema>;

const parametersSchema = z.object({
  resourceType: z.literal('Parameters', issue('fhir.resource_type', { expected: 'Parameters' })),
  parameter: z.array(parameterSchema).max(30).default([]),
});

/** A parameter's value as text, whatever value[x] it came in. */
function valueText(p: Parameter): string | undefined {
  const number = p.valueInteger === undefined ? undefined : String(p.valueInteger);
  return (
    p.valueString ??
    p.valueCode ??
    p.valueDate ??
    p.valueDateTime ??
    p.valueInstant ??
    p.valueCoding?.code ??
    p.valueCodeableConcept?.coding?.[0]?.code ??
    p.valueReference?.reference ??
    number
  );
}

/** A FHIR date or dateTime: its Oslo date, and the instant when a time was given (FHIR then requires the offset). */
const fhirDateTimeSchema = str(40)
  .trim()
  .transform((s): unknown => {
    if (/^\d{4}-\d\d-\d\d$/.test(s)) return { date: s, instant: null };
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/.test(s)) return { date: '', instant: s };
    const instant = new Date(s);
    return { date: Number.isNaN(instant.getTime()) ? '' : osloDate(instant), instant: s };
  })
  .pipe(z.object({ date: calendarDateSchema, instant: instantSchema.nullable() }));

const countSchema = str(4)
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(SEARCH_PAGE_LIMIT.max));

/** `Practitioner/<id>` or the bare id. */
const practitionerRefSchema = str(200)
  .trim()
  .transform((s) => s.replace(/^Practitioner\//, ''))
  .pipe(idSchema);

const FIND_PARAMETERS = [
  'start',
  'end',
  'visit-type',
  'specialty',
  'location-string',
  'practitioner',
  'insurance-reference',
  '_count',
] as const;

/**
 * `POST /fhir/Appointment/$find`: IHE ITI Scheduling's parameters read into the slot search. `start` and `end` are
 * required (dates, or dateTimes with offset: then only times starting in [start, end) are answered), `visit-type`
 * is the tariff code, `specialty` the profession code, `location-string` a city or a postcode, `practitioner` a
 * practitioner id, `insurance-reference` (optional) the insurer; an unknown parameter is refused, not ignored.
 */
export const fhirFindParameters = parametersSchema
  .transform((p, ctx): unknown => {
    const byName: Record<string, string | undefined> = {};
    for (const [i, param] of p.parameter.entries()) {
      if (!(FIND_PARAMETERS as readonly string[]).includes(param.name)) {
        ctx.addIssue(customIssue(['parameter', i, 'name'], 'fhir.parameter_unknown', { name: param.name }));
        continue;
      }
      if (!(param.name in byName)) byName[param.name] = valueText(param);
    }
    return byName;
  })
  .pipe(
    z
      .object({
        start: fhirDateTimeSchema,
        end: fhirDateTimeSchema,
        'visit-type': str(20).trim().optional(),
        specialty: professionSchema.optional(),
        'location-string': str(100).trim().optional(),
        practitioner: practitionerRefSchema.optional(),
        'insurance-reference': str(200).trim().optional(),
        _count: countSchema.optional(),
      })
      // A refused range is the issue of `to`, i.e. of the `end` parameter.
      .superRefine((p, ctx) => checkDateRange({ from: p.start.date, to: p.end.date }, DATE_RANGE_DAYS.search, ctx)),
  );
export type FhirFindParameters = z.infer<typeof fhirFindParameters>;

const humanNameSchema = z.object({
  family: str(100).optional(),
  given: z.array(str(100)).max(5).optional(),
});
const contactPointSchema = z.object({ system: str(20).optional(), value: str(200).optional() });
const patientSchema = z.object({
  resourceType: z.literal('Patient'),
  identifier: z.array(identifierSchema).max(10).optional(),
  name: z.array(humanNameSchema).max(5).optional(),
  telecom: z.array(contactPointSchema).max(10).optional(),
});

const appointmentSchema = z.object({
  resourceType: z.literal('Appointment', issue('fhir.resource_type', { expected: 'Appointment' })),
  identifier: z.array(identifierSchema).max(10).optional(),
  slot: z
    .array(z.object({ identifier: identifierSchema.optional() }))
    .max(5)
    .optional(),
  contained: z.array(patientSchema).max(1).optional(),
  comment: str(2000).optional(),
});

/** `$hold` and `$book` take the Appointment itself, or a Parameters with it as `appointment-resource` (IHE). */
function appointmentOf(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || (body as { resourceType?: unknown }).resourceType !== 'Parameters')
    return body;
  const params = (body as { parameter?: unknown }).parameter;
  if (!Array.isArray(params)) return body;
  const found = params.find(
    (p: unknown) => typeof p === 'object' && p !== null && (p as { name?: unknown }).name === 'appointment-resource',
  ) as { resource?: unknown } | undefined;
  return found?.resource ?? { resourceType: 'Parameters' };
}

const NATIONAL_ID_SYSTEMS: readonly string[] = [FHIR_SYSTEM.fnr, FHIR_SYSTEM.dNumber, FHIR_SYSTEM.hNumber];

/** The Appointment's parts in the REST API's booking shape (what `apiBookingBody` reads), plus the hold id. */
function plainBooking(a: z.infer<typeof appointmentSchema>) {
  const byId = (system: string) => a.identifier?.find((i) => i.system === system)?.value;
  const slotId = a.slot?.find((s) => s.identifier?.system === FHIR_SYSTEM.slotId)?.identifier?.value;
  const patient = a.contained?.[0];
  const nationalId = patient?.identifier?.find((i) => i.system && NATIONAL_ID_SYSTEMS.includes(i.system));
  const name = patient?.name?.[0];
  const telecom = (system: string) => patient?.telecom?.find((t) => t.system === system)?.value;
  return {
    slotId,
    holdId: byId(FHIR_SYSTEM.holdId),
    nationalIdSystem: nationalId?.system,
    patient: patient && {
      nationalId: nationalId?.value,
      firstName: name?.given?.join(' '),
      lastName: name?.family,
      phone: telecom('phone'),
      email: telecom('email'),
    },
    sakId: byId(FHIR_SYSTEM.sakId),
    remark: a.comment,
  };
}

/** `$hold`: the slot of the Appointment (`slot.identifier` with the `urn:bn:slot-id` of `$find` or `/fhir/Slot`). */
export const fhirHoldInput = z.preprocess(
  appointmentOf,
  appointmentSchema.transform((a): unknown => plainBooking(a)).pipe(z.object({ slotId: slotIdSchema })),
);

/**
 * `$book`: a hold of this key (`identifier` `urn:bn:hold-id`) or a slot (booked in one call, as `POST /api/v1/bookings`),
 * and the patient as the contained Patient, whose national id's system must be the one its number is.
 */
export const fhirBookInput = z.preprocess(
  appointmentOf,
  appointmentSchema
    .transform((a): unknown => plainBooking(a))
    .pipe(
      apiBookingBody
        .extend({
          slotId: slotIdSchema.optional(),
          holdId: idSchema.optional(),
          nationalIdSystem: textSchema.optional(),
        })
        .superRefine((b, ctx) => {
          if (!b.slotId && !b.holdId) ctx.addIssue(customIssue(['slotId'], 'fhir.slot_or_hold'));
          const parsed = parseNationalId(b.patient.nationalId);
          const expected = parsed.valid ? nationalIdSystem(parsed.kind) : null;
          if (expected && b.nationalIdSystem !== expected)
            ctx.addIssue(customIssue(['patient', 'nationalId'], 'fhir.national_id_system', { expected }));
        }),
    ),
);
export type FhirBookInput = z.infer<typeof fhirBookInput>;

/** A Slot search's `start`: `[prefix]date-or-dateTime`, prefixes eq (the default), ge, gt, le, lt. */
const startParamSchema = str(45)
  .trim()
  .transform((s) => {
    const m = /^(eq|ge|gt|le|lt)?(.*)$/.exec(s)!;
    return { prefix: (m[1] ?? 'eq') as 'eq' | 'ge' | 'gt' | 'le' | 'lt', value: m[2]! };
  })
  .pipe(z.object({ prefix: z.enum(['eq', 'ge', 'gt', 'le', 'lt']), value: fhirDateTimeSchema }));

/** How many days a Slot search reaches when `start` gives no upper bound. */
export const FHIR_SLOT_DEFAULT_DAYS = 7;

/**
 * `GET /fhir/Slot`: `start` (once or twice, e.g. `start=ge2026-12-07&start=lt2026-12-14`) as Oslo dates, `status`
 * (only `free` is published), `service-type` (a tariff code), `_count`, and `_cursor` (the next page's, opaque).
 */
export const fhirSlotQuery = z
  .object({
    start: z
      .union([startParamSchema.transform((s) => [s]), z.array(startParamSchema).min(1).max(2)])
      .optional()
      .transform((s) => s ?? []),
    status: z.enum(['free']).optional(),
    'service-type': str(20).trim().optional(),
    _count: countSchema.optional(),
    _cursor: str(1000).optional(),
  })
  .transform((q, ctx) => {
    let from: string | null = null;
    let to: string | null = null;
    for (const { prefix, value } of q.start) {
      if (prefix === 'eq' || prefix === 'ge' || prefix === 'gt') from = value.date;
      if (prefix === 'eq' || prefix === 'le' || prefix === 'lt') to = value.date;
    }
    if (from === null) ctx.addIssue(customIssue(['start'], 'required'));
    return { ...q, from: from ?? '', to: to ?? '' };
  })
  .transform((q) => ({
    from: q.from,
    to: q.to || (q.from ? addDays(q.from, FHIR_SLOT_DEFAULT_DAYS - 1) : ''),
    tariff: q['service-type'],
    limit: q._count,
    cursor: q._cursor,
  }))
  .superRefine((q, ctx) => {
    if (q.from) checkDateRange(q, DATE_RANGE_DAYS.search, ctx);
  });
export type FhirSlotQuery = z.infer<typeof fhirSlotQuery>;
