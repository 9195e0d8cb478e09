// The search as it lives in the address bar: shareable, and the back button returns to the previous search.
import {
  addDays,
  checkInput,
  DATE_RANGE_DAYS,
  PRACTITIONER_PAGE_LIMIT,
  searchNetworkInput,
  searchPractitionersInput,
  type PractitionerSort,
  type Profession,
  PROFESSIONS,
} from '@bn/domain';
import type { FieldIssue } from '@bn/ui';
import type { NetworkInput, PractitionersInput } from '../api-types.js';

export interface SearchParams {
  tariff: string;
  profession: Profession | '';
  place: string;
  name: string;
  from: string;
  to: string;
  /** The results' order: the earliest free time, or the distance to the patient's postcode. */
  sort: PractitionerSort;
  /** The patient's postcode, which «distance» measures from. */
  postcode: string;
}

/** How far ahead a search looks unless the agent says otherwise. */
export const DEFAULT_DAYS = 14;

/** The longest range search.network answers (its input, searchNetworkInput, refuses more). */
export const MAX_DAYS = DATE_RANGE_DAYS.search;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string | null): value is string {
  return !!value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

export function defaultSearch(today: string): SearchParams {
  return {
    tariff: '',
    profession: '',
    place: '',
    name: '',
    from: today,
    to: addDays(today, DEFAULT_DAYS),
    sort: 'earliest',
    postcode: '',
  };
}

export function readSearchParams(params: URLSearchParams, today: string): SearchParams {
  const d = defaultSearch(today);
  const profession = params.get('yrke') ?? '';
  return {
    tariff: (params.get('takst') ?? '').trim(),
    profession: (PROFESSIONS as readonly string[]).includes(profession) ? (profession as Profession) : '',
    place: (params.get('sted') ?? '').trim(),
    name: (params.get('navn') ?? '').trim(),
    from: isDate(params.get('fra')) ? params.get('fra')! : d.from,
    to: isDate(params.get('til')) ? params.get('til')! : d.to,
    sort: params.get('sortering') === 'avstand' ? 'distance' : 'earliest',
    postcode: (params.get('postnr') ?? '').trim(),
  };
}

/** Only what differs from the defaults goes in the address. */
export function toUrlParams(search: SearchParams, today: string): URLSearchParams {
  const d = defaultSearch(today);
  const params = new URLSearchParams();
  if (search.tariff.trim()) params.set('takst', search.tariff.trim());
  if (search.profession) params.set('yrke', search.profession);
  if (search.place.trim()) params.set('sted', search.place.trim());
  if (search.name.trim()) params.set('navn', search.name.trim());
  if (search.from !== d.from) params.set('fra', search.from);
  if (search.to !== d.to) params.set('til', search.to);
  if (search.sort === 'distance') params.set('sortering', 'avstand');
  if (search.postcode.trim()) params.set('postnr', search.postcode.trim());
  return params;
}

/**
 * What search.network's own schema says of the range (its `to`: before «Fra dato», or longer than the server
 * answers); null when it takes it.
 */
export function rangeIssue(search: SearchParams): FieldIssue | null {
  return checkInput(searchNetworkInput, toNetworkInput(search))?.find((i) => i.path.join('.') === 'to') ?? null;
}

export function rangeIsValid(search: SearchParams): boolean {
  return rangeIssue(search) === null;
}

/** Whole days from one Oslo date to another (negative when `to` is earlier); NaN when either is not a date. */
export function daysBetween(from: string, to: string): number {
  if (!isDate(from) || !isDate(to)) return Number.NaN;
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * The length of a range in days, as «Til dato» keeps it when «Fra dato» moves; `otherwise` (the default span unless
 * given) when the range is not one a search can have: not dates, ending before it starts, or longer than the server
 * answers — as while the agent is still typing a date.
 */
export function spanOf(range: Pick<SearchParams, 'from' | 'to'>, otherwise: number = DEFAULT_DAYS): number {
  const days = daysBetween(range.from, range.to);
  return days >= 0 && days <= MAX_DAYS ? days : otherwise;
}

/**
 * The range after the agent picks a new «Fra dato». «Til dato» keeps its day while the range still makes sense;
 * when «Fra dato» moves past it, or forward to within a day of it, «Til dato» follows, `span` days on (the span
 * the agent last chose, see spanOf), so a changed «Fra dato» alone never leaves a one-day or a backwards search.
 * A moved-back «Fra dato», or one that is not (yet) a whole date, leaves «Til dato» alone.
 */
export function withFrom<T extends Pick<SearchParams, 'from' | 'to'>>(
  range: T,
  from: string,
  span: number = spanOf(range),
): T {
  if (!isDate(from) || !isDate(range.to)) return { ...range, from };
  const left = daysBetween(from, range.to);
  const forward = !isDate(range.from) || from > range.from;
  const follow = left < 0 || (forward && left <= 1);
  return { ...range, from, to: follow ? addDays(from, Math.min(Math.max(span, 0), MAX_DAYS)) : range.to };
}

/**
 * What search.practitioners' own schema says of the patient's postcode (four digits; needed to sort by distance);
 * null when it takes it.
 */
export function postcodeIssue(search: SearchParams): FieldIssue | null {
  return (
    checkInput(searchPractitionersInput, toPractitionersInput(search))?.find(
      (i) => i.path.join('.') === 'patientPostcode',
    ) ?? null
  );
}

/** The practitioners on one page of the results: ten or more, so the first page shows a network. */
export const PAGE_SIZE = PRACTITIONER_PAGE_LIMIT.default;

export function toPractitionersInput(search: SearchParams): Omit<PractitionersInput, 'cursor'> {
  return {
    ...toNetworkInput(search),
    sort: search.sort,
    patientPostcode: search.postcode.trim() || undefined,
    limit: PAGE_SIZE,
  };
}

function toNetworkInput(search: SearchParams): Omit<NetworkInput, 'cursor' | 'limit'> {
  return {
    tariffCode: search.tariff || undefined,
    profession: search.profession || undefined,
    place: search.place || undefined,
    practitionerName: search.name || undefined,
    from: search.from,
    to: search.to,
  };
}
