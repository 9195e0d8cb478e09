// The FHIR R4 resources the facade answers with (docs/public-api.md «FHIR R4»), written from the public API's own
// answers (ApiSlot, the hold, ApiBooking): Appointment (proposed, pending, booked), Bundle, OperationOutcome and the
// CapabilityStatement. No rule lives here; each is a mapping.
import { osloRfc3339, type ApiBooking, type ApiSlot } from '@bn/api';
import {
  encodeSlotId,
  ERROR_CODES,
  FHIR_SYSTEM,
  nationalIdSystem,
  parseNationalId,
  wordError,
  wordIssue,
  type ErrorCode,
  type FhirBookInput,
  type InputIssue,
  type SlotRef,
  type WireValues,
} from '@bn/domain';

/** A FHIR resource as JSON. */
export interface FhirJson {
  resourceType: string;
  [field: string]: unknown;
}

export const FHIR_CONTENT_TYPE = 'application/fhir+json';
/** The extension that tells until when a `$hold`'s pending Appointment is held. */
export const HOLD_EXPIRES_EXTENSION = 'urn:bn:hold-expires';
/** The extension with T3's last instant to cancel or move a booked Appointment online. */
export const CHANGEABLE_UNTIL_EXTENSION = 'urn:bn:changeable-until';
/** The system of the stable refusal codes in OperationOutcome.issue.details.coding. */
export const ERROR_CODE_SYSTEM = 'urn:bn:error-code';
/** The system of the field issues' codes. */
export const INPUT_ISSUE_SYSTEM = 'urn:bn:input-issue';
/** IHE ITI Scheduling's operations, the ones `/fhir/Appointment/$…` implement. */
export const IHE_OPERATIONS = {
  find: 'https://profiles.ihe.net/ITI/Scheduling/OperationDefinition/appointment-find',
  hold: 'https://profiles.ihe.net/ITI/Scheduling/OperationDefinition/appointment-hold',
  book: 'https://profiles.ihe.net/ITI/Scheduling/OperationDefinition/appointment-book',
} as const;

const tariffConcept = (t: { code: string; name?: string }) => [
  { coding: [{ system: FHIR_SYSTEM.tariff, code: t.code, ...(t.name ? { display: t.name } : {}) }] },
];

const practitionerActor = (p: { id: string; name: string }) => ({
  type: 'Practitioner',
  identifier: { system: FHIR_SYSTEM.practitionerId, value: p.id },
  display: p.name,
});

const locationActor = (
  clinic: { name: string },
  address: { street: string; postcode: string; city: string } | null,
) => ({
  type: 'Location',
  display: address ? `${clinic.name}, ${address.street}, ${address.postcode} ${address.city}` : clinic.name,
});

const slotReference = (slotId: string) => [{ identifier: { system: FHIR_SYSTEM.slotId, value: slotId } }];

/** A free time of `$find`: a proposed Appointment carrying the opaque slot id to `$hold` or `$book` it with. */
export function proposedAppointment(s: ApiSlot): FhirJson {
  return {
    resourceType: 'Appointment',
    status: 'proposed',
    serviceType: tariffConcept(s.tariff),
    start: s.start,
    end: s.end,
    slot: slotReference(s.slotId),
    participant: [
      { actor: practitionerActor(s.practitioner), required: 'required', status: 'tentative' },
      { actor: locationActor(s.clinic, s.address), required: 'required', status: 'tentative' },
    ],
  };
}

/** `$hold`'s answer: the time held for this key until the extension's instant; the patient is named at `$book`. */
export function pendingAppointment(h: {
  holdId: string;
  slot: SlotRef;
  tariffCode: string;
  startAt: Date;
  endAt: Date;
  expiresAt: Date;
}): FhirJson {
  return {
    resourceType: 'Appointment',
    extension: [{ url: HOLD_EXPIRES_EXTENSION, valueInstant: osloRfc3339(h.expiresAt) }],
    identifier: [{ system: FHIR_SYSTEM.holdId, value: h.holdId }],
    status: 'pending',
    serviceType: tariffConcept({ code: h.tariffCode }),
    start: osloRfc3339(h.startAt),
    end: osloRfc3339(h.endAt),
    slot: slotReference(encodeSlotId(h.slot)),
    participant: [
      {
        type: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
                code: 'SBJ',
                display: 'subject',
              },
            ],
          },
        ],
        required: 'required',
        status: 'needs-action',
      },
    ],
  };
}

const STATUS: Record<string, string> = { active: 'booked', cancelled: 'cancelled', no_show: 'noshow' };

/** The patient `$book` was given, as the Appointment's contained Patient (`#patient`). */
function containedPatient(p: FhirBookInput['patient']): FhirJson {
  const parsed = parseNationalId(p.nationalId);
  return {
    resourceType: 'Patient',
    id: 'patient',
    identifier: [{ system: nationalIdSystem(parsed.valid ? parsed.kind : 'fnr'), value: p.nationalId }],
    name: [{ family: p.lastName, given: [p.firstName] }],
    ...(p.phone || p.email
      ? {
          telecom: [
            ...(p.phone ? [{ system: 'phone', value: p.phone }] : []),
            ...(p.email ? [{ system: 'email', value: p.email }] : []),
          ],
        }
      : {}),
  };
}

/** A booking as a booked (or cancelled, no-show) Appointment: its reference and case id as identifiers. */
export function bookedAppointment(b: ApiBooking, patient?: FhirBookInput['patient']): FhirJson {
  return {
    resourceType: 'Appointment',
    id: b.id,
    ...(patient ? { contained: [containedPatient(patient)] } : {}),
    ...(b.changeableUntil
      ? { extension: [{ url: CHANGEABLE_UNTIL_EXTENSION, valueDateTime: b.changeableUntil }] }
      : {}),
    identifier: [
      { system: FHIR_SYSTEM.bookingReference, value: b.reference },
      ...(b.sakId ? [{ system: FHIR_SYSTEM.sakId, value: b.sakId }] : []),
    ],
    status: STATUS[b.status] ?? 'booked',
    ...(b.tariff ? { serviceType: tariffConcept(b.tariff) } : {}),
    start: b.start,
    end: b.end,
    participant: [
      ...(patient
        ? [{ actor: { reference: '#patient', type: 'Patient' }, required: 'required', status: 'accepted' }]
        : []),
      ...(b.practitioner
        ? [{ actor: practitionerActor(b.practitioner), required: 'required', status: 'accepted' }]
        : []),
      { actor: locationActor(b.clinic, b.address), required: 'required', status: 'accepted' },
    ],
  };
}

export interface BundleEntry {
  resource: FhirJson;
  fullUrl?: string;
  mode: 'match' | 'include';
}

/** A searchset Bundle: the matches (and the resources they refer to, as `include`), with its links. */
export function searchset(
  entries: BundleEntry[],
  links: { self: string; next?: string | null },
  total?: number,
): FhirJson {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(total === undefined ? {} : { total }),
    link: [{ relation: 'self', url: links.self }, ...(links.next ? [{ relation: 'next', url: links.next }] : [])],
    entry: entries.map((e) => ({
      ...(e.fullUrl ? { fullUrl: e.fullUrl } : {}),
      resource: e.resource,
      search: { mode: e.mode },
    })),
  };
}

/** FHIR's issue type for an HTTP status. */
function issueType(status: number): string {
  if (status === 400) return 'invalid';
  if (status === 401) return 'login';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too-long';
  if (status === 415) return 'not-supported';
  if (status === 429) return 'throttled';
  if (status === 503) return 'transient';
  if (status >= 500) return 'exception';
  return 'business-rule';
}

/** A refusal as an OperationOutcome: the stable code in `details.coding`, the English sentence, one issue per field. */
export function operationOutcome(
  code: ErrorCode,
  values: WireValues | undefined,
  issues: readonly InputIssue[] | undefined,
  expressionOf: (path: readonly (string | number)[]) => string | null,
): FhirJson {
  const status = ERROR_CODES[code].status;
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: issueType(status),
        details: { coding: [{ system: ERROR_CODE_SYSTEM, code }], text: wordError('en', code, values) },
      },
      ...(issues ?? []).map((i) => {
        const expression = expressionOf(i.path);
        return {
          severity: 'error',
          code: 'invalid',
          details: { coding: [{ system: INPUT_ISSUE_SYSTEM, code: i.code }], text: wordIssue('en', i) },
          ...(expression ? { expression: [expression] } : { diagnostics: i.path.join('.') }),
        };
      }),
    ],
  };
}

/** `GET /fhir/metadata`: what the facade supports. */
export function capabilityStatement(base: string): FhirJson {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-12-03',
    publisher: 'Behandlernettverket',
    kind: 'instance',
    software: { name: 'Behandlernettverket FHIR scheduling facade' },
    implementation: { description: 'Scheduling for insurer apps (IHE ITI Scheduling)', url: base },
    fhirVersion: '4.0.1',
    format: [FHIR_CONTENT_TYPE, 'json'],
    rest: [
      {
        mode: 'server',
        documentation: 'Authorization: Bearer <API key> on every call but this one; see /api/v1/docs.',
        security: { cors: false, description: 'The insurer app API keys of /api/v1 (Authorization: Bearer).' },
        resource: [
          {
            type: 'Appointment',
            interaction: [{ code: 'read' }],
            operation: [
              { name: 'find', definition: IHE_OPERATIONS.find },
              { name: 'hold', definition: IHE_OPERATIONS.hold },
              { name: 'book', definition: IHE_OPERATIONS.book },
            ],
          },
          {
            type: 'Slot',
            interaction: [{ code: 'search-type' }],
            searchParam: [
              { name: 'start', type: 'date', documentation: 'Once or twice, eq/ge/gt/le/lt, as Oslo dates' },
              { name: 'status', type: 'token', documentation: 'free (only free times are published)' },
              { name: 'service-type', type: 'token', documentation: 'A tariff code (urn:bn:tariff)' },
              { name: '_count', type: 'number' },
            ],
          },
        ],
      },
    ],
  };
}
