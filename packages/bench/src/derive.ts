// The search's derived data for the synthetic network, built by the REAL use cases (refreshOffers, refreshFreeTime)
// in chunks of clinics, one transaction each. First about half of each book's slots become bookings (appointment
// rows); refreshFreeTime then leaves out the time they take, as it does for every booking.
import { createOrm, type EntityManager } from '@bn/db';
import { FREE_TIME_HORIZON_DAYS, recordClinicHorizons, refreshFreeTime, refreshOffers } from '@bn/api';
import { addDays, expandWorkPlan, freeSlots } from '@bn/domain';
import { rng, type SyntheticBook, type SyntheticNetwork } from './synthetic-network.js';

export interface DeriveResult {
  offers: number;
  bookings: number;
  freeSlots: number;
  /** Time spent per step, summed over the chunks (two run at once, so the sum exceeds the wall-clock time). */
  seconds: { offers: number; bookings: number; freeTime: number };
}

function timer(): () => number {
  let last = Date.now();
  return () => {
    const now = Date.now();
    const s = (now - last) / 1000;
    last = now;
    return s;
  };
}

const CLINICS_PER_CHUNK = 100;
const CONCURRENT_CHUNKS = 2;

/**
 * About half of the first type's slots of each book, as appointment rows. The slots come from the same engine the
 * free time does (holidays left out: a booking on a closed day is merely never in the way).
 */
async function bookHalf(
  em: EntityManager,
  books: SyntheticBook[],
  from: string,
  to: string,
  random: () => number,
  fastLoad: boolean,
): Promise<number> {
  const cols: string[][] = [[], [], [], [], []];
  for (const book of books) {
    const windows = expandWorkPlan({
      plan: { weeks: book.weeks, closedDays: book.closedDays, openedHolidays: [] },
      templates: [{ id: book.templateId, windows: book.windows, breaks: book.breaks }],
      holidays: [],
      from,
      to,
    });
    const type = book.types[0]!;
    for (const slot of freeSlots({ windows, type: { id: type.id, durationMinutes: type.durationMinutes }, busy: [] })) {
      if (random() >= 0.5) continue;
      cols[0]!.push(book.clinicId);
      cols[1]!.push(book.id);
      cols[2]!.push(type.id);
      cols[3]!.push(slot.start.toISOString());
      cols[4]!.push(slot.end.toISOString());
    }
  }
  const literal = (values: string[]) => `{${JSON.stringify(values).slice(1, -1)}}`;
  const run = async (sql: string, params: string[] = []) => {
    const query = em.getKnex().raw(sql, params);
    const tx = em.getTransactionContext<Parameters<typeof query.transacting>[0]>();
    if (tx) query.transacting(tx);
    await query;
  };
  // A bulk load, as pg_restore does it: the generated rows refer to existing clinics, books and types, so the
  // foreign-key triggers are skipped for this one statement when we may (superuser). The exclusion constraint
  // against double booking is an index, not a trigger: it still checks every row.
  if (fastLoad) await run('set local session_replication_role = replica');
  await run(
    `insert into appointment (id, created_at, clinic_id, book_id, type_id, start_at, end_at, kind, status, source)
     select gen_random_uuid()::text, now(), u.*, 'booking', 'active', 'clinic'
     from unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[]) as u`,
    cols.map(literal),
  );
  if (fastLoad) await run('set local session_replication_role = origin');
  return cols[0]!.length;
}

export async function deriveSearchData(
  url: string,
  net: SyntheticNetwork,
  today: string,
  seed: number,
  log: (line: string) => void,
): Promise<DeriveResult> {
  const orm = await createOrm({ url, poolMax: CONCURRENT_CHUNKS + 1 });
  const result: DeriveResult = {
    offers: 0,
    bookings: 0,
    freeSlots: 0,
    seconds: { offers: 0, bookings: 0, freeTime: 0 },
  };
  const to = addDays(today, FREE_TIME_HORIZON_DAYS);
  const bookOf = new Map(net.books.map((b) => [b.id, b]));
  const booksOf = new Map<string, string[]>();
  for (const b of net.books) booksOf.set(b.clinicId, [...(booksOf.get(b.clinicId) ?? []), b.id]);
  const [superuser] = await orm.em
    .fork()
    .execute<{ on: boolean }[]>("select current_setting('is_superuser') = 'on' as on");
  const fastLoad = superuser?.on === true;
  const started = Date.now();
  const chunks: { n: number; clinicIds: string[] }[] = [];
  for (let i = 0; i < net.clinics.length; i += CLINICS_PER_CHUNK) {
    chunks.push({ n: chunks.length, clinicIds: net.clinics.slice(i, i + CLINICS_PER_CHUNK).map((c) => c.id) });
  }
  let done = 0;
  const deriveChunk = async ({ n, clinicIds }: { n: number; clinicIds: string[] }) => {
    // A generator per chunk, so the bookings are the same whichever worker takes the chunk.
    const random = rng(seed + n);
    const bookIds = clinicIds.flatMap((id) => booksOf.get(id) ?? []);
    await orm.em.fork().transactional(async (tx) => {
      // Each count is added after its await: `x += await f()` would read x before another chunk adds to it.
      const lap = timer();
      const { offers } = await refreshOffers({ em: tx, clinicIds, today });
      result.seconds.offers += lap();
      const bookings = await bookHalf(
        tx,
        bookIds.map((id) => bookOf.get(id)!),
        today,
        to,
        random,
        fastLoad,
      );
      result.seconds.bookings += lap();
      const freeSlots = await refreshFreeTime({ em: tx, bookIds, from: today, to });
      // What a configuration change records: the nightly job then adds only the days after `to`.
      await recordClinicHorizons(tx, clinicIds, { offersEvaluatedOn: today, freeTimeThrough: to, now: new Date() });
      result.seconds.freeTime += lap();
      result.offers += offers;
      result.bookings += bookings;
      result.freeSlots += freeSlots;
    });
    done += clinicIds.length;
    log(
      `  derived ${done}/${net.clinics.length} clinics: ${result.offers} offers, ${result.bookings} bookings, ${result.freeSlots} free slots (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  };
  try {
    // Two chunks at a time: while one waits for PostgreSQL, the other computes (2 cores).
    const workers = Array.from({ length: CONCURRENT_CHUNKS }, async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await deriveChunk(chunk);
    });
    await Promise.all(workers);
    await orm.em.fork().execute('vacuum analyze');
  } finally {
    await orm.close(true);
  }
  return result;
}
