import { booksByIds, type EntityManager } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';

/**
 * Who may read some of a clinic's books (their appointments and free time): the clinic's admins, and a practitioner
 * for its own books. Every book must exist and belong to the clinic; otherwise FORBIDDEN, saying nothing of which.
 */
export async function assertMayReadBooks(
  em: EntityManager,
  user: SessionUser,
  clinicId: string,
  bookIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(bookIds)];
  const books = await booksByIds(em, ids);
  const allowed =
    ids.length > 0 &&
    books.length === ids.length &&
    books.every((b) => b.clinic_id === clinicId) &&
    (user.role === 'clinic_admin'
      ? user.clinicIds.includes(clinicId)
      : user.role === 'practitioner' && books.every((b) => b.owner_practitioner_id === user.practitionerId));
  if (!allowed) throw new AppError('FORBIDDEN');
}
