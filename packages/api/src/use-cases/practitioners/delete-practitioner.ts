import type { EntityManager } from '@bn/db';
import { Agreement, AppointmentBook, Practitioner, User } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toPractitionerConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';

export interface DeletePractitionerOptions {
  em: EntityManager;
  user: SessionUser;
  id: string;
}

/**
 * Refused while the practitioner owns a book (B1), has a user account or a personal agreement: the database would
 * otherwise orphan the book or delete the account and agreement along with the practitioner.
 */
export async function deletePractitioner({ em, user, id }: DeletePractitionerOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const practitioner = await tx.findOne(Practitioner, { id });
    if (!practitioner) throw new AppError('NOT_FOUND');
    assertClinicAdmin(user, practitioner.clinic.id);
    const books = await tx.find(AppointmentBook, { ownerPractitioner: id }, { orderBy: { name: 'asc' } });
    const accounts = await tx.count(User, { practitioner: id });
    const agreements = await tx.count(Agreement, { practitioner: id });
    if (books.length + accounts + agreements > 0) {
      throw new AppError('IN_USE', {
        reason: 'practitioner',
        name: practitioner.name,
        books: books.map((b) => b.name),
        bookCount: books.length,
        accounts,
        agreements,
      });
    }
    recordChange(tx, user, {
      clinicId: practitioner.clinic.id,
      entity: 'practitioner',
      entityId: id,
      action: 'delete',
      before: toPractitionerConfig(practitioner),
      after: null,
    });
    tx.remove(practitioner);
    return { id };
  });
}
