import { daysAheadBounds, nameWords } from '@bn/domain';
import type { PractitionerSort, SearchPractitionersInput } from '@bn/domain';
import { practitionerEarliestQuery, practitionerTimesQuery, type EntityManager, type OfferTimes } from '@bn/db';
import { postcodeDistance, type PlaceRegister } from '@bn/places';
import { loadPlaceRegister } from '@bn/places/register';
import { placeFilter, slotRange } from './search-network.js';
import type { PractitionerSlots } from './get-practitioner-slots.js';

export interface SearchPractitionersOptions {
  em: EntityManager;
  insurerId: string;
  input: SearchPractitionersInput;
  now: Date;
}

/**
 * The next times a practitioner's card gets per offer (book × type × address): the first day's in a row, the rest
 * behind «flere tider». Two days of half-hour times fit; the week view has the rest.
 */
export const TIMES_PER_OFFER = 24;

/** One practitioner of the results: the earliest free time, the distance to the patient, the next times per offer. */
export interface PractitionerResult extends PractitionerSlots {
  practitionerId: string;
  earliestAt: Date;
  /**
   * Kilometres from the patient's postcode to the nearest place the practitioner has times at, town to town (the
   * postcode register's points, @bn/places): null without a patient postcode, or one the register does not place.
   */
  distanceKm: number | null;
}

export type PractitionerCursor = NonNullable<SearchPractitionersInput['cursor']>;

export interface PractitionerPage {
  practitioners: PractitionerResult[];
  /** How many practitioners the search finds in all (every page). */
  total: number;
  nextCursor: PractitionerCursor | null;
  /** The patient's postcode as the register knows it (its poststed), or null when not given or not in the register. */
  patientPlace: { postcode: string; place: string } | null;
}

interface Ranked {
  practitionerId: string;
  earliestAt: Date;
  distanceM: number | null;
}

/** The order of the results: by distance (unknown last), then the earliest time, then the id, so it is total. */
function compare(sort: PractitionerSort, a: Ranked, b: Ranked): number {
  if (sort === 'distance') {
    const d = (a.distanceM ?? Number.POSITIVE_INFINITY) - (b.distanceM ?? Number.POSITIVE_INFINITY);
    if (d) return d;
  }
  const t = a.earliestAt.getTime() - b.earliestAt.getTime();
  if (t) return t;
  return a.practitionerId < b.practitionerId ? -1 : a.practitionerId > b.practitionerId ? 1 : 0;
}

function nearestMetres(register: PlaceRegister, from: string | undefined, postcodes: string[]): number | null {
  if (!from) return null;
  const km = postcodes.map((p) => postcodeDistance(register, from, p)?.km).filter((d): d is number => d !== undefined);
  return km.length ? Math.round(Math.min(...km) * 1000) : null;
}

function resultOf(ranked: Ranked, rows: OfferTimes[]): PractitionerResult | null {
  if (!rows.length) return null;
  const slots = rows.flatMap((row, offer) => row.starts.map((startMs, i) => ({ startMs, endMs: row.ends[i]!, offer })));
  slots.sort((a, b) => a.startMs - b.startMs || a.offer - b.offer);
  return {
    practitionerId: ranked.practitionerId,
    earliestAt: ranked.earliestAt,
    distanceKm: ranked.distanceM === null ? null : ranked.distanceM / 1000,
    offers: rows.map((r) => r.offer),
    slots,
  };
}

/**
 * The agent's results by practitioner (issue 14): a page of the practitioners whose times the agent's insurer may
 * book under the search's filters — the same offers, free time and rules as search.network, through the same query
 * fragments — ordered by their earliest free time or by distance to the patient's postcode, each with their next
 * times. The cursor is the last practitioner's place in that order.
 */
export async function searchPractitioners({
  em,
  insurerId,
  input,
  now,
}: SearchPractitionersOptions): Promise<PractitionerPage> {
  const [place, register] = await Promise.all([placeFilter(em, input.place?.trim() ?? ''), loadPlaceRegister()]);
  const patient = input.patientPostcode ? register.postcode(input.patientPostcode) : undefined;
  const patientPlace =
    patient && input.patientPostcode ? { postcode: input.patientPostcode, place: patient.place } : null;
  const range = slotRange(input.from, input.to, now);
  if (!place || !range) return { practitioners: [], total: 0, nextCursor: null, patientPlace };
  const filters = {
    insurerId,
    now,
    tariffCode: input.tariffCode?.trim() || undefined,
    profession: input.profession,
    postcodes: place.postcodes,
    practitionerWords: nameWords(input.practitionerName),
    ...range,
    daysAheadBounds: daysAheadBounds(now, range.startBefore),
  };
  const ranked: Ranked[] = (await practitionerEarliestQuery(em, filters)).map((row) => ({
    practitionerId: row.practitionerId,
    earliestAt: row.earliestAt,
    distanceM: nearestMetres(register, patientPlace?.postcode, row.postcodes),
  }));
  ranked.sort((a, b) => compare(input.sort, a, b));
  const cursor = input.cursor;
  const after = cursor
    ? ranked.filter((r) => compare(input.sort, r, { ...cursor, distanceM: cursor.distanceM ?? null }) > 0)
    : ranked;
  const page = after.slice(0, input.limit);
  const rows = page.length
    ? await practitionerTimesQuery(em, {
        ...filters,
        practitionerIds: page.map((p) => p.practitionerId),
        limit: TIMES_PER_OFFER,
      })
    : [];
  const practitioners = page
    .map((p) =>
      resultOf(
        p,
        rows.filter((r) => r.offer.practitionerId === p.practitionerId),
      ),
    )
    .filter((p): p is PractitionerResult => p !== null);
  const last = page[page.length - 1];
  return {
    practitioners,
    total: ranked.length,
    nextCursor:
      after.length > input.limit && last
        ? { earliestAt: last.earliestAt, practitionerId: last.practitionerId, distanceM: last.distanceM }
        : null,
    patientPlace,
  };
}
