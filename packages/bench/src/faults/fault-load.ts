// Booking load for the fault runs: `clients` agents each book one free slot after another (hold, then confirm, with
// idempotency keys). An answer of 503 or no answer at all is retried with the same keys, as a client should — so an
// outage delays bookings but never loses or doubles one. Every acknowledged booking (confirm answered 200) is kept,
// and every answer is counted by status, so a run can assert "never a 500" and "every 503 carried Retry-After".
import { TARIFF_CODE } from '../booking-network.js';
import { mutation, query, type Reply } from './fault-http.js';

export interface Slot {
  bookId: string;
  typeId: string;
  startAt: string;
}

export interface LoadStats {
  acknowledged: string[];
  /** Answers by HTTP status (0: no answer). */
  statuses: Record<number, number>;
  /** 503s without a Retry-After header. */
  unavailableWithoutRetryAfter: number;
  /** What answered 500 first, for the report. */
  first500: string | null;
  /** Attempts that ended in another refusal (SLOT_TAKEN in a contended run). */
  refused: Record<string, number>;
}

export interface Load {
  stats: LoadStats;
  /** Resolves when every slot has been tried. */
  finished: Promise<LoadStats>;
  /** Stops taking new slots; resolves when every client has finished its attempt (or given up on it). */
  stop(): Promise<LoadStats>;
}

export interface LoadOptions {
  /** Where to send each request: a function, so a run can move the clients between servers. */
  baseUrl: (client: number) => string;
  cookies: string[];
  slots: Slot[];
  nationalIds: string[];
  clients: number;
  keyPrefix: string;
  /** Pause after an answer of 503 or none, before the same request goes again. */
  retryPauseMs?: number;
  /** Give up on an attempt after this long without an answer (the server is dead). */
  giveUpMs?: number;
  /** Also search between bookings (search.network), to see queries through the outage too. */
  searchEvery?: number;
}

function count(stats: LoadStats, r: Reply, what: string): void {
  stats.statuses[r.status] = (stats.statuses[r.status] ?? 0) + 1;
  if (r.status === 503 && !r.retryAfter) stats.unavailableWithoutRetryAfter++;
  if (r.status >= 500 && r.status !== 503 && !stats.first500) stats.first500 = `${what} ${r.status} ${r.appCode}`;
}

export function startBookingLoad(o: LoadOptions): Load {
  const stats: LoadStats = {
    acknowledged: [],
    statuses: {},
    unavailableWithoutRetryAfter: 0,
    first500: null,
    refused: {},
  };
  let stopping = false;
  let next = 0;
  const pause = o.retryPauseMs ?? 200;
  const giveUp = o.giveUpMs ?? 30_000;

  /** Sends until an answer that is not 503 and not "no answer"; null when it gave up. */
  const persist = async (c: number, what: string, send: (baseUrl: string) => Promise<Reply>): Promise<Reply | null> => {
    const deadline = Date.now() + giveUp;
    for (;;) {
      const r = await send(o.baseUrl(c));
      count(stats, r, what);
      if (r.status !== 503 && r.status !== 0) return r;
      if (Date.now() > deadline || (stopping && r.status === 0)) return null;
      await new Promise((res) => setTimeout(res, pause));
    }
  };

  const client = async (c: number) => {
    const cookie = o.cookies[c % o.cookies.length]!;
    for (let i = next++; !stopping && i < o.slots.length; i = next++) {
      const slot = o.slots[i]!;
      const key = `${o.keyPrefix}-${i}`;
      if (o.searchEvery && i % o.searchEvery === 0) {
        await persist(c, 'search', (b) =>
          query(
            b,
            'search.network',
            {
              tariffCode: TARIFF_CODE,
              place: 'Oslo',
              from: slot.startAt.slice(0, 10),
              to: slot.startAt.slice(0, 10),
              limit: 20,
            },
            cookie,
          ),
        );
      }
      const hold = await persist(c, 'hold', (b) =>
        mutation<{ holdId: string }>(
          b,
          'booking.hold',
          { ...slot, tariffCode: TARIFF_CODE, idempotencyKey: `${key}-hold` },
          cookie,
        ),
      );
      if (!hold) continue;
      if (hold.status !== 200) {
        stats.refused[hold.appCode ?? String(hold.status)] =
          (stats.refused[hold.appCode ?? String(hold.status)] ?? 0) + 1;
        continue;
      }
      const confirm = await persist(c, 'confirm', (b) =>
        mutation<{ appointmentId: string }>(
          b,
          'booking.confirm',
          {
            holdId: (hold.data as { holdId: string }).holdId,
            patient: { nationalId: o.nationalIds[i]!, name: 'Feil Pasient', email: `pasient-${i}@faults.test` },
            // One case id per patient: the same case id for two patients is refused.
            caseId: `F${o.keyPrefix.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}${i}`,
            idempotencyKey: `${key}-confirm`,
          },
          cookie,
        ),
      );
      if (confirm?.status === 200) stats.acknowledged.push((confirm.data as { appointmentId: string }).appointmentId);
      else if (confirm)
        stats.refused[confirm.appCode ?? String(confirm.status)] =
          (stats.refused[confirm.appCode ?? String(confirm.status)] ?? 0) + 1;
    }
  };
  const running = Promise.all(Array.from({ length: o.clients }, (_, c) => client(c)));
  return {
    stats,
    finished: running.then(() => stats),
    async stop() {
      stopping = true;
      await running;
      return stats;
    },
  };
}

/** Resolves when `stats` has `n` more acknowledged bookings than now (or after `timeoutMs`). */
export async function untilAcknowledged(stats: LoadStats, n: number, timeoutMs = 60_000): Promise<void> {
  const target = stats.acknowledged.length + n;
  for (const end = Date.now() + timeoutMs; stats.acknowledged.length < target && Date.now() < end;)
    await new Promise((r) => setTimeout(r, 50));
}
