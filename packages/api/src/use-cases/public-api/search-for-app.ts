import type { EntityManager } from '@bn/db';
import { encodeSlotId, SEARCH_PAGE_LIMIT, type ApiSlotsQuery, type InsurerAppBooker } from '@bn/domain';
import { searchNetwork } from '../search/search-network.js';
import { listSearchFilters } from '../search/list-search-filters.js';
import { osloRfc3339 } from './api-booking.js';

export interface ApiSlot {
  slotId: string;
  start: string;
  end: string;
  practitioner: { id: string; name: string };
  clinic: { id: string; name: string };
  address: { street: string; postcode: string; city: string };
  tariff: { code: string; name: string };
}

/** `GET /api/v1/tariffs`: the B-tariffs this insurer has offers for (the agent's search filters). */
export async function tariffsForApp(o: { em: EntityManager; booker: InsurerAppBooker }) {
  return (await listSearchFilters({ em: o.em, insurerId: o.booker.insurerId })).tariffs;
}

/** Cursor of the next page: the search's keyset cursor, opaque to the app. */
function encodeCursor(c: { startAt: Date; bookId: string; typeId: string; departmentId: string }): string {
  return Buffer.from(JSON.stringify([c.startAt.toISOString(), c.bookId, c.typeId, c.departmentId])).toString(
    'base64url',
  );
}

function decodeCursor(text: string | undefined) {
  if (!text) return undefined;
  try {
    const [startAt, bookId, typeId, departmentId] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [
      string,
      string,
      string,
      string,
    ];
    return { startAt: new Date(startAt), bookId, typeId, departmentId };
  } catch {
    return undefined;
  }
}

/**
 * `GET /api/v1/slots`: the agent's network search for the insurer (only what its agreements allow), ordered by start,
 * each time with an opaque slot id to book it with; never the appointment type's name (T1).
 */
export async function slotsForApp(o: {
  em: EntityManager;
  booker: InsurerAppBooker;
  query: ApiSlotsQuery;
  now: Date;
}): Promise<{ slots: ApiSlot[]; nextCursor: string | null }> {
  const q = o.query;
  const { hits, nextCursor } = await searchNetwork({
    em: o.em,
    insurerId: o.booker.insurerId,
    input: {
      from: q.from,
      to: q.to,
      tariffCode: q.tariff,
      profession: q.profession,
      place: q.postcode ?? q.city,
      limit: q.limit ?? SEARCH_PAGE_LIMIT.default,
      cursor: decodeCursor(q.cursor),
    },
    now: o.now,
    practitionerId: q.practitionerId,
  });
  return {
    slots: hits.map((h) => ({
      slotId: encodeSlotId({ ...h, tariffCode: h.tariffCode }),
      start: osloRfc3339(h.startAt),
      end: osloRfc3339(h.endAt),
      practitioner: { id: h.practitionerId, name: h.practitionerName },
      clinic: { id: h.clinicId, name: h.clinicName },
      address: { street: h.street, postcode: h.postcode, city: h.city },
      tariff: { code: h.tariffCode, name: h.tariffName },
    })),
    nextCursor: nextCursor ? encodeCursor(nextCursor) : null,
  };
}
