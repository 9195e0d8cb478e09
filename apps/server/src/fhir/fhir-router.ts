// /fhir: the FHIR R4 scheduling facade for insurer apps (docs/public-api.md «FHIR R4»). The same API keys, rate limit
// and use cases as /api/v1 — `slotsForApp` for $find and Slot, `holdForApp` / `confirmForApp` / `bookForApp` for
// $hold and $book (their Idempotency-Key, their access log) — in FHIR's shapes; refusals are OperationOutcomes
// with the stable code and the code's HTTP status. Only the CapabilityStatement is public.
import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import {
  bookForApp,
  confirmForApp,
  getApiBooking,
  holdForApp,
  slotResources,
  slotsForApp,
  type ApiSlot,
} from '@bn/api';
import type { MikroORM } from '@bn/db';
import {
  AppError,
  apiBookingIdParam,
  ERROR_CODES,
  fhirBookInput,
  fhirFindParameters,
  fhirHoldInput,
  fhirSlotQuery,
  FHIR_SYSTEM,
  SEARCH_PAGE_LIMIT,
  type Clock,
} from '@bn/domain';
import { jsonBody, noStore } from '../http/request-guards.js';
import { apiKeyAuth, callerOf } from '../rest/rest-auth.js';
import { idempotencyKeyOf } from '../rest/idempotency-key.js';
import { refusalOf, retryAfterOf } from '../rest/problem.js';
import {
  bookedAppointment,
  capabilityStatement,
  FHIR_CONTENT_TYPE,
  operationOutcome,
  pendingAppointment,
  proposedAppointment,
  searchset,
  type BundleEntry,
  type FhirJson,
} from './fhir-resources.js';

export interface FhirOptions {
  orm: MikroORM;
  now: Clock;
  /** API_RATE_LIMIT, shared with /api/v1: calls per key and minute. */
  perMinute: number;
}

/** How many pages of the search `$find` reads at most to fill its answer when `start`/`end` cut inside a day. */
const FIND_MAX_PAGES = 10;

type ExpressionOf = (path: readonly (string | number)[]) => string | null;

const PATIENT = 'Appointment.contained.ofType(Patient)';
/** Where a field of the booking shape (fhir-inputs.ts) stands in the Appointment, as FHIRPath. */
const APPOINTMENT_PATHS: Record<string, string> = {
  slotId: `Appointment.slot.identifier.where(system = '${FHIR_SYSTEM.slotId}')`,
  holdId: `Appointment.identifier.where(system = '${FHIR_SYSTEM.holdId}')`,
  sakId: `Appointment.identifier.where(system = '${FHIR_SYSTEM.sakId}')`,
  remark: 'Appointment.comment',
  patient: PATIENT,
  'patient.nationalId': `${PATIENT}.identifier`,
  'patient.firstName': `${PATIENT}.name.given`,
  'patient.lastName': `${PATIENT}.name.family`,
  'patient.phone': `${PATIENT}.telecom.where(system = 'phone')`,
  'patient.email': `${PATIENT}.telecom.where(system = 'email')`,
};

const appointmentExpression: ExpressionOf = (path) => {
  if (path[0] === 'Idempotency-Key') return null;
  const key = path.slice(0, 2).join('.');
  return APPOINTMENT_PATHS[key] ?? APPOINTMENT_PATHS[String(path[0])] ?? `Appointment.${path.join('.')}`;
};

const findExpression: ExpressionOf = (path) => {
  if (path[0] === 'parameter') return `Parameters.parameter[${String(path[1])}].name`;
  if (path[0] === 'resourceType') return 'Parameters.resourceType';
  // The date range's refusal is the issue of its end.
  const name = path[0] === 'to' ? 'end' : String(path[0]);
  return `Parameters.parameter.where(name = '${name}')`;
};

/** A search parameter is not FHIRPath: the issue names it in `diagnostics`. */
const noExpression: ExpressionOf = () => null;

function expressionOf(res: Response): ExpressionOf {
  return (res.locals.fhirExpression as ExpressionOf | undefined) ?? noExpression;
}

function sendFhir(res: Response, status: number, resource: FhirJson): void {
  res.status(status).type(FHIR_CONTENT_TYPE).send(JSON.stringify(resource));
}

/** Every failure under /fhir as an OperationOutcome with the HTTP status of its code (and Retry-After). */
const outcomeHandler: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) return next(err);
  const r = refusalOf(err, req);
  const retry = retryAfterOf(r.code, r.values);
  if (retry > 0) res.setHeader('Retry-After', String(retry));
  sendFhir(res, ERROR_CODES[r.code].status, operationOutcome(r.code, r.values, r.issues, expressionOf(res)));
};

function baseOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

export function fhirApi(o: FhirOptions): Router {
  const r = Router();
  const em = () => o.orm.em.fork();
  r.use(noStore);
  r.get('/metadata', (req, res) => {
    sendFhir(res, 200, capabilityStatement(`${baseOf(req)}${req.baseUrl}`));
  });
  r.use(apiKeyAuth(o));
  r.use(jsonBody(['application/json', FHIR_CONTENT_TYPE]));

  // IHE ITI Scheduling's $find: the free times of the search as proposed Appointments.
  r.post('/Appointment/$find', async (req, res) => {
    res.locals.fhirExpression = findExpression;
    const p = fhirFindParameters.parse(req.body ?? {});
    const booker = callerOf(res).booker;
    const self = `${baseOf(req)}${req.originalUrl}`;
    const insurance = p['insurance-reference'];
    // The key books for its own insurer only: insurance of another one has no times here.
    if (insurance && insurance !== booker.insurerId && insurance !== `Organization/${booker.insurerId}`) {
      sendFhir(res, 200, searchset([], { self }, 0));
      return;
    }
    const count = p._count ?? SEARCH_PAGE_LIMIT.default;
    const after = p.start.instant?.getTime() ?? -Infinity;
    const before = p.end.instant?.getTime() ?? Infinity;
    const found: ApiSlot[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < FIND_MAX_PAGES && found.length < count; page++) {
      const { slots, nextCursor } = await slotsForApp({
        em: em(),
        booker,
        query: {
          from: p.start.date,
          to: p.end.date,
          tariff: p['visit-type'] || undefined,
          profession: p.specialty,
          city: p['location-string'] || undefined,
          practitionerId: p.practitioner,
          limit: SEARCH_PAGE_LIMIT.max,
          cursor,
        },
        now: o.now(),
      });
      for (const s of slots) {
        const start = Date.parse(s.start);
        if (start >= after && start < before && found.length < count) found.push(s);
      }
      if (!nextCursor) break;
      cursor = nextCursor;
    }
    const entries = found.map((s): BundleEntry => ({ resource: proposedAppointment(s), mode: 'match' }));
    sendFhir(res, 200, searchset(entries, { self }, entries.length));
  });

  // $hold: the time held for this key (the agent's hold, HOLD_MINUTES), a pending Appointment with the hold's id.
  r.post('/Appointment/$hold', async (req, res) => {
    res.locals.fhirExpression = appointmentExpression;
    const idempotencyKey = idempotencyKeyOf(req, true);
    const { slotId: slot } = fhirHoldInput.parse(req.body ?? {});
    const hold = await holdForApp({ em: em(), booker: callerOf(res).booker, slot, idempotencyKey, now: o.now() });
    sendFhir(res, 200, pendingAppointment({ ...hold, slot }));
  });

  // $book: a hold of this key confirmed, or a slot held and confirmed in one call (as POST /api/v1/bookings).
  r.post('/Appointment/$book', async (req, res) => {
    res.locals.fhirExpression = appointmentExpression;
    const idempotencyKey = idempotencyKeyOf(req, true);
    const { slotId, holdId, nationalIdSystem: _system, ...details } = fhirBookInput.parse(req.body ?? {});
    const booker = callerOf(res).booker;
    const booking = holdId
      ? await confirmForApp({ em: em(), booker, holdId, details, idempotencyKey, now: o.now() })
      : await bookForApp({ em: em(), booker, body: { slotId: slotId!, ...details }, idempotencyKey, now: o.now() });
    res.location(`${baseOf(req)}${req.baseUrl}/Appointment/${booking.id}`);
    sendFhir(res, 201, bookedAppointment(booking, details.patient));
  });

  // One of this insurer's app bookings; another insurer's (or an agent's) is NOT_FOUND.
  r.get('/Appointment/:id', async (req, res) => {
    const { id } = apiBookingIdParam.parse(req.params);
    const booking = await getApiBooking({ em: em(), booker: callerOf(res).booker, appointmentId: id, now: o.now() });
    sendFhir(res, 200, bookedAppointment(booking));
  });

  // The free times as Slots, with their Schedules and Locations included (the feed's very resources).
  r.get('/Slot', async (req, res) => {
    const q = fhirSlotQuery.parse(req.query);
    const base = baseOf(req);
    const { slots, nextCursor } = await slotsForApp({
      em: em(),
      booker: callerOf(res).booker,
      query: { from: q.from, to: q.to, tariff: q.tariff || undefined, limit: q.limit, cursor: q.cursor },
      now: o.now(),
    });
    const entries: BundleEntry[] = [];
    const included = new Set<string>();
    const include = (resource: { resourceType: string; id: string }) => {
      const url = `${base}${req.baseUrl}/${resource.resourceType}/${resource.id}`;
      if (included.has(url)) return;
      included.add(url);
      entries.push({ resource, fullUrl: url, mode: 'include' });
    };
    for (const s of slots) {
      const { location, schedule, slot } = slotResources(s, `${base}/api/v1/bookings`);
      entries.push({ resource: slot, fullUrl: `${base}${req.baseUrl}/Slot/${slot.id}`, mode: 'match' });
      include(schedule);
      include(location);
    }
    const self = new URL(`${base}${req.originalUrl}`);
    let next: string | null = null;
    if (nextCursor) {
      const url = new URL(self);
      url.searchParams.set('_cursor', nextCursor);
      next = url.toString();
    }
    sendFhir(res, 200, searchset(entries, { self: self.toString(), next }, nextCursor ? undefined : slots.length));
  });

  r.use(() => {
    throw new AppError('NOT_FOUND');
  });
  r.use(outcomeHandler);
  return r;
}
