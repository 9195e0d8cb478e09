// The case lookup as an HTTP service (CASE_LOOKUP_URL): the insurer's, or a network gateway in front of several.
import { AppError, insurerCaseSchema, normaliseCaseId, type InsurerCase } from '@bn/domain';
import type { CaseLookup } from './case-lookup.js';

export const CASE_LOOKUP_TIMEOUT_MS = 5_000;

export interface HttpCaseLookupOptions {
  /** The service's address; each lookup is a POST to it. */
  url: string;
  timeoutMs?: number;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

const unavailable = () => new AppError('CASE_LOOKUP_UNAVAILABLE');

/**
 * The protocol: `POST {url}` with the JSON body `{ "insurerId": "…", "caseId": "…" }` (in a body, never in the URL,
 * so no proxy or access log keeps it); 200 with the case as `insurerCaseSchema` describes it (caseId, insurerId,
 * birthDate, createdOn, validTo, grant), 404 when the insurer has no such case. Anything else — another status, a
 * timeout, a network error, a body that is not such a case, or a case of another insurer or case id — is
 * CASE_LOOKUP_UNAVAILABLE (503): nothing is written. Nothing here is logged: the answer holds a birth date.
 */
export function httpCaseLookup({
  url,
  timeoutMs = CASE_LOOKUP_TIMEOUT_MS,
  fetch: send = fetch,
}: HttpCaseLookupOptions): CaseLookup {
  return {
    async find(insurerId, caseId) {
      const wanted = normaliseCaseId(caseId);
      let response: Response;
      let body: unknown;
      try {
        response = await send(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ insurerId, caseId: wanted }),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'error',
        });
        if (response.status === 404) {
          await response.body?.cancel();
          return null;
        }
        if (response.status !== 200) {
          await response.body?.cancel();
          throw unavailable();
        }
        body = await response.json();
      } catch {
        throw unavailable();
      }
      const parsed = insurerCaseSchema.safeParse(body);
      if (!parsed.success) throw unavailable();
      const found: InsurerCase = parsed.data;
      if (found.insurerId !== insurerId || found.caseId !== wanted) throw unavailable();
      return found;
    },
  };
}
