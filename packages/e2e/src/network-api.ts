// The agent's side of a booking over HTTP, as its browser would call tRPC (the session is the context's cookie), for
// specs that need a booking to exist before the clinic's screens are tested; and Oslo wall-clock helpers.
import { expect, inject } from 'vitest';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE } from '@bn/domain';
import type { APIRequestContext } from 'playwright-core';
import { demoUser } from './browser.js';

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
          headers: { origin: new URL(inject('baseUrl')).origin, [CLIENT_HEADER]: CLIENT_HEADER_VALUE },
        });
  const body = (await res.json()) as Envelope<T>;
  if (!body.result)
    throw Object.assign(new Error(`${path}: ${body.error?.json.message ?? res.status()}`), {
      appCode: body.error?.json.data?.appCode,
    });
  return body.result.data.json;
}

export const oslo = (iso: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', ...options }).format(new Date(iso));
export const osloIsoDate = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date(iso));
export const osloTime = (iso: string) => oslo(iso, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
export const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A synthetic national identity number (month + 80), valid check digits, different on every run. */
export function syntheticNationalId(): string {
  const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const check = (digits: number[], weights: number[]) => {
    const k = 11 - (weights.reduce((s, w, i) => s + w * digits[i]!, 0) % 11);
    return k === 11 ? 0 : k;
  };
  const pick = (n: number) => Math.floor(Math.random() * n);
  for (;;) {
    const two = (n: number) => String(n).padStart(2, '0');
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

export interface Hit {
  startAt: string;
  endAt: string;
  bookId: string;
  typeId: string;
  tariffCode: string;
  practitionerName: string;
}

/** Books one of Kari Nordmann's free B1010 times a few days ahead (a random one, so parallel specs rarely meet). */
export async function bookAsAgent(
  request: APIRequestContext,
  patient: { nationalId: string; name: string; email?: string },
  caseId: string | null,
  patientRemark = 'Vondt i kneet etter fotball',
): Promise<Hit> {
  const { email, password } = demoUser('insurer_agent');
  await call(request, 'mutation', 'auth.signIn', { email, password });
  const today = osloIsoDate(new Date().toISOString());
  const { hits } = await call<{ hits: Hit[] }>(request, 'query', 'search.network', {
    tariffCode: 'B1010',
    practitionerName: 'Kari Nordmann',
    from: addDays(today, 3),
    to: addDays(today, 30),
    limit: 60,
  });
  // A weekday time between 09:00 and 14:00 leaves room around it in the calendar.
  const candidates = hits.filter(
    (h) => minutes(osloTime(h.startAt)) >= 9 * 60 && minutes(osloTime(h.startAt)) < 14 * 60,
  );
  expect(candidates.length).toBeGreaterThan(0);
  for (let attempt = 0; attempt < 5; attempt++) {
    const hit = candidates[Math.floor(Math.random() * candidates.length)]!;
    try {
      const hold = await call<{ holdId: string }>(request, 'mutation', 'booking.hold', {
        bookId: hit.bookId,
        typeId: hit.typeId,
        tariffCode: hit.tariffCode,
        startAt: hit.startAt,
      });
      await call(request, 'mutation', 'booking.confirm', {
        holdId: hold.holdId,
        patient: { email: 'kalender@example.no', ...patient },
        caseId,
        patientRemark,
        idempotencyKey: crypto.randomUUID(),
      });
      return hit;
    } catch (e) {
      if ((e as { appCode?: string }).appCode !== 'SLOT_TAKEN') throw e;
    }
  }
  throw new Error('no free time could be booked');
}
