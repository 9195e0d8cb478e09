// The search as it lives in the address bar: shareable, and the back button returns to the previous search.
import { addDays, type Profession, PROFESSIONS } from '@bn/domain';
import type { NetworkInput } from '../api-types.js';

export interface SearchParams {
  tariff: string;
  profession: Profession | '';
  place: string;
  name: string;
  from: string;
  to: string;
}

/** How far ahead a search looks unless the agent says otherwise. */
export const DEFAULT_DAYS = 14;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string | null): value is string {
  return !!value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

export function defaultSearch(today: string): SearchParams {
  return { tariff: '', profession: '', place: '', name: '', from: today, to: addDays(today, DEFAULT_DAYS) };
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
  return params;
}

export function rangeIsValid(search: SearchParams): boolean {
  return search.from <= search.to;
}

/** The page size of the result list. */
export const PAGE_SIZE = 30;

export function toNetworkInput(search: SearchParams): Omit<NetworkInput, 'cursor'> {
  return {
    tariffCode: search.tariff || undefined,
    profession: search.profession || undefined,
    place: search.place || undefined,
    practitionerName: search.name || undefined,
    from: search.from,
    to: search.to,
    limit: PAGE_SIZE,
  };
}
