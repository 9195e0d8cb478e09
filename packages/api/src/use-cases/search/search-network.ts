import { addDays, daysAheadBounds, nameWords, osloInstant, resolvePlace } from '@bn/domain';
import type { SearchNetworkInput } from '@bn/domain';
import {
  offerFirstQuery,
  placeCandidateRows,
  searchTableQuery,
  suitsSearchTable,
  type EntityManager,
  type SlotFilters,
} from '@bn/db';

export interface SearchNetworkOptions {
  em: EntityManager;
  insurerId: string;
  input: SearchNetworkInput;
  now: Date;
  /** One practitioner's times only (the public API's `practitionerId`), filtered in the query, not after it. */
  practitionerId?: string | undefined;
}

/** One bookable time: a free slot of book × type at a department, as the agent's insurer may book it. */
export interface SlotHit {
  startAt: Date;
  endAt: Date;
  bookId: string;
  typeId: string;
  departmentId: string;
  practitionerId: string;
  /** B2: the book owner's name. */
  practitionerName: string;
  profession: string;
  clinicId: string;
  clinicName: string;
  departmentName: string;
  street: string;
  postcode: string;
  city: string;
  tariffCode: string;
  tariffName: string;
  typeName: string;
  durationMinutes: number;
}

export type SearchCursor = NonNullable<SearchNetworkInput['cursor']>;

/** The instants an Oslo date range (inclusive) covers for booking: from its start, but never before now. */
export function slotRange(from: string, to: string, now: Date): { startFrom: Date; startBefore: Date } | null {
  const rangeStart = osloInstant(from, '00:00');
  const startFrom = rangeStart > now ? rangeStart : now;
  const startBefore = osloInstant(addDays(to, 1), '00:00');
  return startFrom < startBefore ? { startFrom, startBefore } : null;
}

/** The search's place filter: a whole postcode as is, anything else resolved against the departments; null: no match. */
export async function placeFilter(
  em: EntityManager,
  typed: string,
): Promise<{ city?: string; postcodes?: readonly string[] } | null> {
  const place = /^\d{4}$/.test(typed)
    ? ({ kind: 'postcodes', postcodes: [typed] } as const)
    : resolvePlace(typed, typed ? await placeCandidateRows(em) : []);
  if (place.kind === 'postcodes') return place.postcodes.length ? { postcodes: place.postcodes } : null;
  return place.kind === 'city' ? { city: place.city } : {};
}

/** The slots of an Oslo date range that an insurer may book, with the query shape that does the least work. */
export async function findSlots(
  em: EntityManager,
  filters: Omit<SlotFilters, 'startFrom' | 'startBefore' | 'daysAheadBounds'>,
  from: string,
  to: string,
): Promise<SlotHit[]> {
  const range = slotRange(from, to, filters.now);
  if (!range) return [];
  const f: SlotFilters = { ...filters, ...range, daysAheadBounds: daysAheadBounds(filters.now, range.startBefore) };
  return suitsSearchTable(f) ? searchTableQuery(em, f) : offerFirstQuery(em, f);
}

/**
 * The earliest free times the agent's insurer may book, over the materialised offers (readiness) and free time,
 * earliest first, a page at a time: the cursor is the last hit's (start, book, type, department).
 */
export async function searchNetwork({
  em,
  insurerId,
  input,
  now,
  practitionerId,
}: SearchNetworkOptions): Promise<{ hits: SlotHit[]; nextCursor: SearchCursor | null }> {
  const place = await placeFilter(em, input.place?.trim() ?? '');
  if (!place) return { hits: [], nextCursor: null };
  const rows = await findSlots(
    em,
    {
      insurerId,
      now,
      tariffCode: input.tariffCode?.trim() || undefined,
      profession: input.profession,
      city: place.city,
      postcodes: place.postcodes,
      practitionerId,
      practitionerWords: nameWords(input.practitionerName),
      cursor: input.cursor,
      limit: input.limit + 1,
    },
    input.from,
    input.to,
  );
  const hits = rows.slice(0, input.limit);
  const last = hits[hits.length - 1];
  return {
    hits,
    nextCursor:
      rows.length > input.limit && last
        ? { startAt: last.startAt, bookId: last.bookId, typeId: last.typeId, departmentId: last.departmentId }
        : null,
  };
}
