// An agent booking over plain HTTP, as the agent SPA does: tRPC mutations (POST /trpc/<path>, superjson body), the
// session cookie, and the idempotency key in the input. Answers are results or the server's error code.
// node:http with a keep-alive agent rather than fetch: the client shares the two CPUs with the server it measures, and
// fetch (undici, web streams, abort signals) cost it about twice the CPU per request.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE } from '@bn/domain';
import { TARIFF_CODE } from './booking-network.js';

export type Answer<T> = { ok: true; data: T } | { ok: false; status: number; appCode: string };

// One kept-alive connection per client at a time (the bench's clients each wait for their answer, except a retry
// racing its first try). Idle connections are dropped before the server's keep-alive timeout (5 s) would close them.
const agent = new http.Agent({ keepAlive: true, maxSockets: 512, timeout: 4_000 });

/** Closes the kept-alive connections, so the process can exit. */
export function closeBookingConnections(): void {
  agent.destroy();
}

function post(url: URL, body: string, cookie: string, retried = false): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        // What the SPA's browser sends with a mutation: its own origin and the client header (the server's CSRF check).
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          cookie,
          origin: url.origin,
          [CLIENT_HEADER]: CLIENT_HEADER_VALUE,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed just as it was reused: send again once, on a new connection (every
      // booking request carries its idempotency key, so this is the client retrying, as a real one would).
      if (req.reusedSocket && e.code === 'ECONNRESET' && !retried) post(url, body, cookie, true).then(resolve, reject);
      else reject(e);
    });
    req.end(body);
  });
}

/** GET with the session cookie; the status code (the body is read and dropped). */
export function httpGet(url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { cookie } }, (res) => {
      res.resume();
      res.on('error', reject);
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
}

export async function trpcMutation<T>(
  baseUrl: string,
  path: string,
  input: unknown,
  cookie: string,
): Promise<Answer<T>> {
  const { status, text } = await post(new URL(`${baseUrl}/trpc/${path}`), JSON.stringify({ json: input }), cookie);
  if (status === 200)
    return { ok: true, data: (JSON.parse(text) as { result: { data: { json: T } } }).result.data.json };
  let appCode = 'UNKNOWN';
  try {
    appCode = (JSON.parse(text) as { error: { json: { data: { appCode: string } } } }).error.json.data.appCode;
  } catch {
    // not a tRPC error body
  }
  return { ok: false, status, appCode };
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
    bookId: a.bookId,
    typeId: a.typeId,
    tariffCode: TARIFF_CODE,
    startAt: a.startAt,
    idempotencyKey: `${a.key}-hold`,
  });
  if (!hold.ok) {
    const outcome = hold.appCode === 'SLOT_TAKEN' ? 'taken' : 'error';
    return {
      outcome,
      error: outcome === 'error' ? `hold ${hold.status} ${hold.appCode}` : undefined,
      ms: performance.now() - started,
      requestMs,
    };
  }
  const confirm = await timed<{ appointmentId: string }>('booking.confirm', {
    holdId: hold.data.holdId,
    patient: { nationalId: a.nationalId, name: 'Benk Pasient', email: 'pasient@bench.test' },
    // A case id belongs to one patient at the insurer (CASE_ID_OTHER_PATIENT otherwise): one per bench patient, so a
    // patient booked again links its claim, as an insurer's repeat bookings do.
    caseId: `B${a.nationalId}`,
    idempotencyKey: `${a.key}-confirm`,
  });
  if (!confirm.ok)
    return {
      outcome: 'error',
      error: `confirm ${confirm.status} ${confirm.appCode}`,
      ms: performance.now() - started,
      requestMs,
    };
  return { outcome: 'booked', appointmentId: confirm.data.appointmentId, ms: performance.now() - started, requestMs };
}
