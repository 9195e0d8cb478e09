import { freeSlotRows, type EntityManager } from '@bn/db';
import { addDays, osloInstant, type SessionUser } from '@bn/domain';
import { readableBooks } from '../booking/assert-may-read-books.js';

export interface FreeTimeSlot {
  bookId: string;
  typeId: string;
  startAt: Date;
  endAt: Date;
}

/**
 * The free time of some of a clinic's books over Oslo dates, from now on: the rows the search and booking take slots
 * from, so a time offered here is one `booking.move` can take (same book × type). The clinic's calendar shows it
 * behind the appointments and offers it when a booking is moved. No patient data, so nothing is logged.
 * Who may ask: as for the book's appointments, the clinic's admins, and a practitioner for its own books.
 */
export async function listFreeTime({
  em,
  user,
  clinicId,
  bookIds,
  from,
  to,
  now,
}: {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  bookIds: readonly string[];
  from: string;
  to: string;
  now: Date;
}): Promise<FreeTimeSlot[]> {
  const ids = await readableBooks(em, user, clinicId, bookIds);
  const start = osloInstant(from, '00:00');
  const rows = await freeSlotRows(em, {
    bookIds: ids,
    from: now > start ? now : start,
    until: osloInstant(addDays(to, 1), '00:00'),
  });
  return rows.map((r) => ({
    bookId: r.book_id,
    typeId: r.type_id,
    startAt: r.start_at,
    endAt: r.end_at,
  }));
}
