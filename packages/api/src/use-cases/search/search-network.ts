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
import { matchPlace } from '@bn/places';
import { loadPlaceIndex } from '@bn/places/register';

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

/**
 * The search's place filter, as a set of postcodes so the query stays an index lookup: what the postcode register
 * (`@bn/places`) understands by the typed text — a postcode and its neighbours in the same poststed («0365» finds
 * 0366), postcode prefixes («03»), poststed, municipality and county names in any case and spelling («Tromso»,
 * «Baerum»), their start while typing («Osl») and small typos — together with the registered departments whose name
 * or city matches (districts the register lacks, «Majorstuen»). An empty string is no filter; null: nothing matches.
 */
export async function placeFilter(em: EntityManager, typed: string): Promise<{ postcodes?: readonly string[] } | null> {
  if (!typed) return {};
  const [index, departments] = await Promise.all([loadPlaceIndex(), placeCandidateRows(em)]);
  const fromRegister = matchPlace(index, typed).postcodes;
  const fromDepartments = resolvePlace(typed, departments);
  const own =
    fromDepartments.kind === 'postcodes'
      ? fromDepartments.postcodes
      : fromDepartments.kind === 'city'
        ? departments.filter((d) => d.city.toLowerCase() === fromDepartments.city).map((d) => d.postcode)
        : [];
  const postcodes = [...new Set([...fromRegister, ...own])].sort();
  return postcodes.length ? { postcodes } : null;
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
