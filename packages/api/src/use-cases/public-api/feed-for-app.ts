// The SMART Scheduling Links availability feed (`/api/v1/feed`, docs/public-api.md): the insurer's free times in the
// next FEED_HORIZON_DAYS days as FHIR Location, Schedule and Slot resources. It is built from `slotsForApp`, page by
// page, so the feed shows exactly what `GET /api/v1/slots` shows the same key: no second rule of what is bookable.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import { addDays, FHIR_SYSTEM, osloDate, SEARCH_PAGE_LIMIT, type InsurerAppBooker } from '@bn/domain';
import { slotsForApp, type ApiSlot } from './search-for-app.js';

/** How far ahead the feed reaches, in days from today (Oslo), today included. */
export const FEED_HORIZON_DAYS = 28;
/** A guard on the pages read per feed (100 slots each). */
const FEED_MAX_PAGES = 200;

export const BOOKING_DEEP_LINK = 'http://fhir-registry.smarthealthit.org/StructureDefinition/booking-deep-link';

export type FeedFile = 'locations' | 'schedules' | 'slots';

export interface AvailabilityFeed {
  /** The NDJSON text of each file, one resource a line. */
  files: Record<FeedFile, string>;
  /** A strong validator of the three files together: it changes when any free time in them does. */
  etag: string;
  /** When the feed was read. */
  transactionTime: string;
}

/** A FHIR id ([A-Za-z0-9.-]{1,64}) standing for the given parts. */
function fhirId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** A FHIR resource as the feed and the FHIR facade write it. */
export interface FhirResource {
  resourceType: string;
  id: string;
  [field: string]: unknown;
}

/**
 * One free time of `slotsForApp` as FHIR: its Location (the clinic's address), Schedule (practitioner × tariff at that
 * Location) and Slot (with the `slotId` as identifier and the booking deep link). The feed and `GET /fhir/Slot` both
 * write their resources with this, so a time has the same ids in both.
 */
export function slotResources(
  s: ApiSlot,
  bookingUrl: string,
): { location: FhirResource; schedule: FhirResource; slot: FhirResource } {
  const locationId = fhirId('location', s.clinic.id, s.address.street, s.address.postcode);
  const scheduleId = fhirId('schedule', locationId, s.practitioner.id, s.tariff.code);
  return {
    location: {
      resourceType: 'Location',
      id: locationId,
      name: s.clinic.name,
      address: { line: [s.address.street], city: s.address.city, postalCode: s.address.postcode, country: 'NO' },
    },
    schedule: {
      resourceType: 'Schedule',
      id: scheduleId,
      serviceType: [{ coding: [{ system: FHIR_SYSTEM.tariff, code: s.tariff.code, display: s.tariff.name }] }],
      actor: [{ reference: `Location/${locationId}` }, { display: s.practitioner.name }],
    },
    slot: {
      resourceType: 'Slot',
      id: fhirId('slot', s.slotId),
      identifier: [{ system: FHIR_SYSTEM.slotId, value: s.slotId }],
      schedule: { reference: `Schedule/${scheduleId}` },
      status: 'free',
      start: s.start,
      end: s.end,
      extension: [{ url: BOOKING_DEEP_LINK, valueUrl: `${bookingUrl}?slotId=${encodeURIComponent(s.slotId)}` }],
    },
  };
}

export async function feedForApp(o: {
  em: EntityManager;
  booker: InsurerAppBooker;
  now: Date;
  /** The absolute URL of `POST /api/v1/bookings`, for the booking deep link. */
  bookingUrl: string;
}): Promise<AvailabilityFeed> {
  const from = osloDate(o.now);
  const to = addDays(from, FEED_HORIZON_DAYS - 1);
  const locations = new Map<string, object>();
  const schedules = new Map<string, object>();
  const slots: object[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < FEED_MAX_PAGES; page++) {
    const { slots: hits, nextCursor } = await slotsForApp({
      em: o.em,
      booker: o.booker,
      query: { from, to, limit: SEARCH_PAGE_LIMIT.max, cursor },
      now: o.now,
    });
    for (const s of hits) {
      const r = slotResources(s, o.bookingUrl);
      if (!locations.has(r.location.id)) locations.set(r.location.id, r.location);
      if (!schedules.has(r.schedule.id)) schedules.set(r.schedule.id, r.schedule);
      slots.push(r.slot);
    }
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  const ndjson = (rows: Iterable<object>) => [...rows].map((r) => JSON.stringify(r) + '\n').join('');
  const files = { locations: ndjson(locations.values()), schedules: ndjson(schedules.values()), slots: ndjson(slots) };
  const hash = createHash('sha256');
  for (const text of Object.values(files)) hash.update(text).update('\u0000');
  return { files, etag: `"${hash.digest('base64url').slice(0, 27)}"`, transactionTime: o.now.toISOString() };
}
