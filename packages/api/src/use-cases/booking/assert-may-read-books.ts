import { booksByIds, type EntityManager } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';

/**
 * Of the books asked for, those that exist, when the user may read them all (their appointments and free time): the
 * clinic's admins, and a practitioner for its own books. A book of another clinic (or, for a practitioner, another's
 * book) is FORBIDDEN, saying nothing of which. A book that no longer exists is left out rather than refused: a
 * Timebok open while a colleague deletes a book asks for it once more, and its id tells nobody anything.
 */
export async function readableBooks(
  em: EntityManager,
  user: SessionUser,
  clinicId: string,
  bookIds: readonly string[],
): Promise<string[]> {
  const ids = [...new Set(bookIds)];
  const books = await booksByIds(em, ids);
  const allowed =
    ids.length > 0 &&
    books.every((b) => b.clinic_id === clinicId) &&
    (user.role === 'clinic_admin'
      ? user.clinicIds.includes(clinicId)
      : user.role === 'practitioner' && books.every((b) => b.owner_practitioner_id === user.practitionerId));
  if (!allowed) throw new AppError('FORBIDDEN');
  return books.map((b) => String(b.id));
}

/** The same for books that must all exist (booking into one): a missing book is FORBIDDEN too. */
export async function assertMayReadBooks(
  em: EntityManager,
  user: SessionUser,
  clinicId: string,
  bookIds: readonly string[],
): Promise<void> {
  const readable = await readableBooks(em, user, clinicId, bookIds);
  if (readable.length !== new Set(bookIds).size) throw new AppError('FORBIDDEN');
}
