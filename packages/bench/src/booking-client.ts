// An agent booking over plain HTTP, as the agent SPA does: tRPC mutations (POST /trpc/<path>, superjson body), the
// session cookie, and the idempotency key in the input. Answers are results or the server's error code.
import { performance } from 'node:perf_hooks';
import { TARIFF_CODE } from './booking-network.js';

export type Answer<T> = { ok: true; data: T } | { ok: false; status: number; appCode: string };

export async function trpcMutation<T>(baseUrl: string, path: string, input: unknown, cookie: string): Promise<Answer<T>> {
  const res = await fetch(`${baseUrl}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ json: input }),
  });
  const text = await res.text();
  if (res.ok) return { ok: true, data: (JSON.parse(text) as { result: { data: { json: T } } }).result.data.json };
  let appCode = 'UNKNOWN';
  try {
    appCode = (JSON.parse(text) as { error: { json: { data: { appCode: string } } } }).error.json.data.appCode;
  } catch {
    // not a tRPC error body
  }
  return { ok: false, status: res.status, appCode };
}

export interface Attempt {
  bookId: string;
  typeId: string;
  startAt: string;
  nationalId: string;
  /** The same key on a retry: the attempt's hold and confirm keys derive from it. */
  key: string;
}

export interface AttemptResult {
  outcome: 'booked' | 'taken' | 'error';
  appointmentId?: string;
  error?: string;
  /** Wall time of hold + confirm, and of each request. */
  ms: number;
  requestMs: number[];
}

/** Hold the slot, then confirm it for the patient; a taken slot ends the attempt. */
export async function bookOnce(baseUrl: string, cookie: string, a: Attempt): Promise<AttemptResult> {
  const started = performance.now();
  const requestMs: number[] = [];
  const timed = async <T>(path: string, input: unknown) => {
    const t = performance.now();
    const answer = await trpcMutation<T>(baseUrl, path, input, cookie);
    requestMs.push(performance.now() - t);
    return answer;
  };
  const hold = await timed<{ holdId: string }>('booking.hold', {
    bookId: a.bookId, typeId: a.typeId, tariffCode: TARIFF_CODE, startAt: a.startAt, idempotencyKey: `${a.key}-hold`,
  });
  if (!hold.ok) {
    const outcome = hold.appCode === 'SLOT_TAKEN' ? 'taken' : 'error';
    return { outcome, error: outcome === 'error' ? `hold ${hold.status} ${hold.appCode}` : undefined, ms: performance.now() - started, requestMs };
  }
  const confirm = await timed<{ appointmentId: string }>('booking.confirm', {
    holdId: hold.data.holdId,
    patient: { nationalId: a.nationalId, name: 'Benk Pasient', email: 'pasient@bench.test' },
    caseId: 'BENCH1',
    idempotencyKey: `${a.key}-confirm`,
  });
  if (!confirm.ok) return { outcome: 'error', error: `confirm ${confirm.status} ${confirm.appCode}`, ms: performance.now() - started, requestMs };
  return { outcome: 'booked', appointmentId: confirm.data.appointmentId, ms: performance.now() - started, requestMs };
}
