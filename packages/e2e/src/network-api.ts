// The network's API as the SPAs call it (tRPC over HTTP, the session in the request context's cookie), for specs that
// need data or a booking to exist before the screens they test; and Oslo wall-clock helpers.
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE } from '@bn/domain';
import { demoUser, expect } from './fixtures.js';
import { runtime } from './env.js';
import type { SpecPractitioner } from './spec-practitioners.js';

interface Envelope<T> {
  result?: { data: { json: T } };
  error?: { json: { message: string; data?: { appCode?: string } } };
}

export async function call<T>(
  request: APIRequestContext,
  kind: 'query' | 'mutation',
  path: string,
  input: unknown,
): Promise<T> {
  const res =
    kind === 'query'
      ? await request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`)
      : // As the SPA's browser sends a mutation: its own origin, and the client header the server's CSRF check wants.
        await request.post(`/trpc/${path}`, {
          data: { json: input },
          headers: { origin: new URL(runtime().baseUrl).origin, [CLIENT_HEADER]: CLIENT_HEADER_VALUE },
        });
  const body = (await res.json()) as Envelope<T>;
  if (!body.result)
    throw Object.assign(new Error(`${path}: ${body.error?.json.message ?? res.status()}`), {
      appCode: body.error?.json.data?.appCode,
    });
  return body.result.data.json;
}

/** A request context of its own, signed in as the demo user with `role` (dispose it when done). */
export async function apiAs(role: string): Promise<APIRequestContext> {
  const request = await playwrightRequest.newContext({ baseURL: runtime().baseUrl });
  await call(request, 'mutation', 'auth.signIn', demoUser(role));
  return request;
}

export const oslo = (iso: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', ...options }).format(new Date(iso));
export const osloIsoDate = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date(iso));
export const osloTime = (iso: string) => oslo(iso, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** dd.mm.yyyy as the UIs write an instant's Oslo date. */
export const osloDisplayDate = (iso: string) => oslo(iso, { day: '2-digit', month: '2-digit', year: 'numeric' });
export const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** dd.mm.yyyy → yyyy-mm-dd */
export const isoOf = (display: string) => display.split('.').reverse().join('-');
/** yyyy-mm-dd → dd.mm.yyyy */
export const displayOf = (iso: string) => iso.split('-').reverse().join('.');

/**
 * A synthetic national identity number (month + 80, born 1950–1998, individual number 000–499), with the classic
 * check digits, different on every run; so the clinic's limits per patient never decide, and no real person is used.
 */
export function syntheticNationalId(): string {
  const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const check = (digits: number[], weights: number[]) => {
    const k = 11 - (weights.reduce((s, w, i) => s + w * digits[i]!, 0) % 11);
    return k === 11 ? 0 : k;
  };
  const pick = (n: number) => Math.floor(Math.random() * n);
  const two = (n: number) => String(n).padStart(2, '0');
  for (;;) {
    const digits = `${two(1 + pick(28))}${two(81 + pick(12))}${two(50 + pick(49))}${String(pick(500)).padStart(3, '0')}`
      .split('')
      .map(Number);
    const k1 = check(digits, weights1);
    if (k1 === 10) continue;
    const k2 = check([...digits, k1], weights2);
    if (k2 === 10) continue;
    return [...digits, k1, k2].join('');
  }
}

/** A short random tag, so names made by a test never meet those of an earlier run against the same server. */
export function uniqueTag(): string {
  return Math.random().toString(36).slice(2, 7);
}

export interface Hit {
  startAt: string;
  endAt: string;
  bookId: string;
  typeId: string;
  tariffCode: string;
  practitionerName: string;
}

/**
 * Books the first free B1010 time of the spec's own practitioner from three days ahead that starts on a weekday
 * between 09:00 and 14:00 (room around it in the calendar), as Storebrand's agent. The practitioner is the spec's
 * alone and its tests run one after the other, so no other test takes the time meanwhile.
 */
export async function bookAsAgent(
  request: APIRequestContext,
  practitioner: SpecPractitioner,
  patient: { nationalId: string; name: string; email?: string },
  caseId: string | null,
  patientRemark = 'Vondt i kneet etter fotball',
): Promise<Hit & { appointmentId: string }> {
  await call(request, 'mutation', 'auth.signIn', demoUser('insurer_agent'));
  const today = osloIsoDate(new Date().toISOString());
  const { hits } = await call<{ hits: Hit[] }>(request, 'query', 'search.network', {
    tariffCode: 'B1010',
    practitionerName: practitioner.name,
    from: addDays(today, 3),
    to: addDays(today, 30),
    limit: 100,
  });
  const hit = hits.find((h) => minutes(osloTime(h.startAt)) >= 9 * 60 && minutes(osloTime(h.startAt)) < 14 * 60);
  expect(hit, `a free time of ${practitioner.name} between 09:00 and 14:00`).toBeDefined();
  const hold = await call<{ holdId: string }>(request, 'mutation', 'booking.hold', {
    bookId: hit!.bookId,
    typeId: hit!.typeId,
    tariffCode: hit!.tariffCode,
    startAt: hit!.startAt,
  });
  const { appointmentId } = await call<{ appointmentId: string }>(request, 'mutation', 'booking.confirm', {
    holdId: hold.holdId,
    patient: { email: 'kalender@example.no', ...patient },
    caseId,
    patientRemark,
    idempotencyKey: crypto.randomUUID(),
  });
  return { ...hit!, appointmentId };
}
