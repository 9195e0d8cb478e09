import { practitionerOfferRows, type EntityManager, type PractitionerOfferRow } from '@bn/db';
import {
  PROFESSION_INFO,
  professionSchema,
  SEARCH_PAGE_LIMIT,
  type ApiPractitionersQuery,
  type InsurerAppBooker,
} from '@bn/domain';
import { placeFilter } from '../search/search-network.js';

export interface ApiPractitioner {
  id: string;
  name: string;
  profession: { code: string; name: string };
  clinic: { id: string; name: string };
  departments: { id: string; name: string; address: { street: string; postcode: string; city: string } }[];
  tariffs: { code: string; name: string }[];
}

function encodeCursor(last: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify([last.name, last.id])).toString('base64url');
}

/** A cursor this API did not write starts from the first page, as the slots' cursor does. */
function decodeCursor(text: string | undefined): { name: string; id: string } | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return undefined;
    const [name, id] = parsed as unknown[];
    return typeof name === 'string' && typeof id === 'string' ? { name, id } : undefined;
  } catch {
    return undefined;
  }
}

/** The offer rows of one practitioner (they come together) as the API's practitioner. */
function toApiPractitioner(rows: PractitionerOfferRow[]): ApiPractitioner {
  const first = rows[0]!;
  const profession = professionSchema.safeParse(first.profession);
  const departments = new Map<string, ApiPractitioner['departments'][number]>();
  const tariffs = new Map<string, { code: string; name: string }>();
  for (const r of rows) {
    departments.set(r.departmentId, {
      id: r.departmentId,
      name: r.departmentName,
      address: { street: r.street, postcode: r.postcode, city: r.city },
    });
    tariffs.set(r.tariffCode, { code: r.tariffCode, name: r.tariffName });
  }
  return {
    id: first.practitionerId,
    name: first.practitionerName,
    profession: {
      code: first.profession,
      name: profession.success ? PROFESSION_INFO[profession.data].nb : first.profession,
    },
    clinic: { id: first.clinicId, name: first.clinicName },
    departments: [...departments.values()],
    tariffs: [...tariffs.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/**
 * `GET /api/v1/practitioners`: the practitioners the insurer may book (its offers: an approved agreement in force and
 * a tariff it covers), by name, a page at a time, with the same place resolution as the agent's search.
 */
export async function practitionersForApp(o: {
  em: EntityManager;
  booker: InsurerAppBooker;
  query: ApiPractitionersQuery;
  now: Date;
}): Promise<{ practitioners: ApiPractitioner[]; nextCursor: string | null }> {
  const q = o.query;
  const empty = { practitioners: [], nextCursor: null };
  const place = await placeFilter(o.em, (q.postcode ?? q.city)?.trim() ?? '');
  if (!place) return empty;
  const limit = q.limit ?? SEARCH_PAGE_LIMIT.default;
  const rows = await practitionerOfferRows(o.em, {
    insurerId: o.booker.insurerId,
    now: o.now,
    tariffCode: q.tariff || undefined,
    profession: q.profession,
    postcodes: place.postcodes,
    after: decodeCursor(q.cursor),
    limit: limit + 1,
  });
  const grouped: PractitionerOfferRow[][] = [];
  for (const r of rows) {
    const current = grouped[grouped.length - 1];
    if (current?.[0]?.practitionerId === r.practitionerId) current.push(r);
    else grouped.push([r]);
  }
  const practitioners = grouped.slice(0, limit).map(toApiPractitioner);
  const last = practitioners[practitioners.length - 1];
  return {
    practitioners,
    nextCursor: grouped.length > limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
  };
}
