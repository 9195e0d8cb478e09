// The public API's inputs (REST under /api/v1, docs/public-api.md): the same text primitives and booking schemas the
// agent's procedures take, in the shape the API documents. The OpenAPI document is generated from these very schemas.
import { z } from 'zod';
import { idSchema } from '../ids.js';
import { customIssue, issue } from '../input-issues.js';
import { calendarDateSchema, instantSchema, textSchema } from '../text.js';
import { emailSchema } from '../auth.js';
import { caseIdSchema } from '../validators/case-id.js';
import { nationalIdSchema } from '../validators/national-id.js';
import { phoneSchema, BOOKING_TEXT_LIMITS } from '../booking/schemas.js';
import { professionSchema } from '../professions.js';
import { SEARCH_PAGE_LIMIT } from '../search/search-inputs.js';

/** What a slot id stands for: one bookable time of a book × type at a department, with the tariff it is booked with. */
export interface SlotRef {
  bookId: string;
  typeId: string;
  departmentId: string;
  tariffCode: string;
  startAt: Date;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The opaque slot id the search hands out: its parts, base64url-encoded (an app must not build one itself). */
export function encodeSlotId(s: SlotRef): string {
  return toBase64Url(JSON.stringify([s.bookId, s.typeId, s.departmentId, s.tariffCode, s.startAt.toISOString()]));
}

const slotParts = z.tuple([idSchema, idSchema, idSchema, textSchema.trim().min(1).max(20), instantSchema]);

function parseJson(json: string | null): unknown {
  try {
    return json === null ? null : JSON.parse(json);
  } catch {
    return null;
  }
}

/** A slot id from `GET /api/v1/slots`, decoded; anything else is the field issue `slot_id.format`. */
export const slotIdSchema = textSchema.max(1000).transform((value, ctx): SlotRef => {
  const json = fromBase64Url(value);
  const parts = slotParts.safeParse(parseJson(json));
  if (!parts.success) {
    ctx.addIssue(customIssue([], 'slot_id.format'));
    return z.NEVER;
  }
  const [bookId, typeId, departmentId, tariffCode, startAt] = parts.data;
  return { bookId, typeId, departmentId, tariffCode, startAt };
});

const optionalQueryText = (max: number) => textSchema.trim().max(max).optional();

const postcodeQuery = textSchema
  .trim()
  .regex(/^\d{4}$/, issue('department.postcode_format'))
  .optional();
/** Query text, so a number written in digits; SEARCH_PAGE_LIMIT's default when omitted. */
const limitQuery = textSchema
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(SEARCH_PAGE_LIMIT.max))
  .optional();

export const apiSlotsQuery = z.object({
  tariff: optionalQueryText(20),
  from: calendarDateSchema,
  to: calendarDateSchema,
  city: optionalQueryText(100),
  postcode: postcodeQuery,
  profession: professionSchema.optional(),
  practitionerId: idSchema.optional(),
  limit: limitQuery,
  cursor: textSchema.max(1000).optional(),
});
export type ApiSlotsQuery = z.infer<typeof apiSlotsQuery>;

export const apiPractitionersQuery = z.object({
  tariff: optionalQueryText(20),
  profession: professionSchema.optional(),
  city: optionalQueryText(100),
  postcode: postcodeQuery,
  limit: limitQuery,
  cursor: textSchema.max(1000).optional(),
});
export type ApiPractitionersQuery = z.infer<typeof apiPractitionersQuery>;

const nameSchema = textSchema.trim().min(1, issue('patient.name_required')).max(100);

export const apiBookingBody = z.object({
  slotId: slotIdSchema,
  patient: z.object({
    nationalId: nationalIdSchema,
    firstName: nameSchema,
    lastName: nameSchema,
    phone: phoneSchema.nullish().transform((s) => s ?? null),
    email: emailSchema.nullish().transform((s) => s ?? null),
  }),
  /** The insurer's case id (SakID); without it the patient pays (K6). */
  sakId: caseIdSchema.nullish().transform((s) => s ?? null),
  remark: textSchema
    .trim()
    .max(BOOKING_TEXT_LIMITS.patientRemark)
    .nullish()
    .transform((s) => (s ? s : null)),
});
export type ApiBookingBody = z.infer<typeof apiBookingBody>;

export const apiMoveBody = z.object({ slotId: slotIdSchema });

export const apiBookingIdParam = z.object({ id: idSchema });
