// The search's derived data for the synthetic network, built by the REAL use cases (refreshOffers, refreshFreeTime)
// in chunks of clinics, one transaction each; then about half of each book's slots become bookings: appointment rows,
// after which refreshFreeTime runs again and removes the free time they took, as it does after any booking.
import { createOrm, type EntityManager } from '@bn/db';
import { FREE_TIME_HORIZON_DAYS, refreshFreeTime, refreshOffers } from '@bn/api';
import { addDays } from '@bn/domain';
import type { SyntheticNetwork } from './synthetic-network.js';

export interface DeriveResult {
  offers: number;
  freeSlotsBeforeBookings: number;
  bookings: number;
  freeSlots: number;
}

const CLINICS_PER_CHUNK = 100;

/** Books about half of the first type's free slots of these books (a stable hash, so runs repeat). */
async function bookHalf(em: EntityManager, bookIds: string[]): Promise<number> {
  const rows = await em.execute<{ n: number }[]>(
    `with booked as (
       insert into appointment (id, created_at, clinic_id, book_id, type_id, start_at, end_at, kind, status, source)
       select gen_random_uuid()::text, now(), b.clinic_id, f.book_id, f.type_id, f.start_at, f.end_at, 'booking', 'active', 'clinic'
       from free_slot f join appointment_book b on b.id = f.book_id
       where f.book_id = any(?::text[]) and f.type_id like '%-a' and abs(hashtext(f.book_id || f.start_at::text)) % 100 < 50
       returning 1)
     select count(*)::int as n from booked`,
    [`{${bookIds.map((id) => `"${id}"`).join(',')}}`],
  );
  return rows[0]?.n ?? 0;
}

export async function deriveSearchData(url: string, net: SyntheticNetwork, today: string, log: (line: string) => void): Promise<DeriveResult> {
  const orm = await createOrm({ url, poolMax: 2 });
  const result: DeriveResult = { offers: 0, freeSlotsBeforeBookings: 0, bookings: 0, freeSlots: 0 };
  const to = addDays(today, FREE_TIME_HORIZON_DAYS);
  const booksOf = new Map<string, string[]>();
  for (const b of net.books) booksOf.set(b.clinicId, [...(booksOf.get(b.clinicId) ?? []), b.id]);
  const started = Date.now();
  try {
    for (let i = 0; i < net.clinics.length; i += CLINICS_PER_CHUNK) {
      const clinicIds = net.clinics.slice(i, i + CLINICS_PER_CHUNK).map((c) => c.id);
      const bookIds = clinicIds.flatMap((id) => booksOf.get(id) ?? []);
      await orm.em.fork().transactional(async (tx) => {
        result.offers += await refreshOffers({ em: tx, clinicIds, today });
        result.freeSlotsBeforeBookings += await refreshFreeTime({ em: tx, bookIds, from: today, to });
        result.bookings += await bookHalf(tx, bookIds);
        result.freeSlots += await refreshFreeTime({ em: tx, bookIds, from: today, to });
      });
      const done = Math.min(i + CLINICS_PER_CHUNK, net.clinics.length);
      if (done === net.clinics.length || (i / CLINICS_PER_CHUNK) % 5 === 4) {
        log(`  derived ${done}/${net.clinics.length} clinics: ${result.offers} offers, ${result.bookings} bookings, ${result.freeSlots} free slots (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
    await orm.em.fork().execute('vacuum analyze');
  } finally {
    await orm.close(true);
  }
  return result;
}
