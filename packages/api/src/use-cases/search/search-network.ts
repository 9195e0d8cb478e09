import type { EntityManager } from '@bn/db';
import { addDays, osloInstant } from '@bn/domain';
import type { SearchNetworkInput } from './search-input.js';
import { offerFirstQuery, searchTableQuery, suitsSearchTable, type SlotFilters } from './slot-queries.js';

export interface SearchNetworkOptions {
  em: EntityManager;
  insurerId: string;
  input: SearchNetworkInput;
  now: Date;
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

/**
 * The slots of an Oslo date range (inclusive) that an insurer may book: never before now, filtered further as asked.
 * Picks the query shape that answers the filters with the least work (slot-queries.ts).
 */
export async function findSlots(em: EntityManager, filters: Omit<SlotFilters, 'startFrom' | 'startBefore'>, from: string, to: string): Promise<SlotHit[]> {
  const rangeStart = osloInstant(from, '00:00');
  const startFrom = rangeStart > filters.now ? rangeStart : filters.now;
  const startBefore = osloInstant(addDays(to, 1), '00:00');
  if (startFrom >= startBefore) return [];
  const f: SlotFilters = { ...filters, startFrom, startBefore };
  return suitsSearchTable(f) ? searchTableQuery(em, f) : offerFirstQuery(em, f);
}

/**
 * The earliest free times the agent's insurer may book, over the materialised offers (readiness) and free time,
 * earliest first, a page at a time: the cursor is the last hit's (start, book, type, department).
 */
export async function searchNetwork({ em, insurerId, input, now }: SearchNetworkOptions): Promise<{ hits: SlotHit[]; nextCursor: SearchCursor | null }> {
  const place = input.place?.trim() || undefined;
  const postcode = place && /^\d{4}$/.test(place) ? place : undefined;
  const rows = await findSlots(
    em,
    {
      insurerId,
      now,
      tariffCode: input.tariffCode?.trim() || undefined,
      profession: input.profession,
      city: postcode ? undefined : place,
      postcode,
      practitionerName: input.practitionerName?.trim() || undefined,
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
    nextCursor: rows.length > input.limit && last ? { startAt: last.startAt, bookId: last.bookId, typeId: last.typeId, departmentId: last.departmentId } : null,
  };
}
