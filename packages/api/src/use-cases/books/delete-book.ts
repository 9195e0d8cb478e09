import type { EntityManager } from '@bn/db';
import { Appointment, AppointmentBook, TypeRule, WeekTemplate, WorkPlan } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toBookConfig, toRuleConfig, toTemplateConfig, toWorkPlanConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';

export interface DeleteBookOptions {
  em: EntityManager;
  user: SessionUser;
  id: string;
}

/**
 * A book goes with its own rules, week templates and work plan (each recorded in the audit). Refused while it holds
 * bookings: deleting the book would delete them, and configuration never deletes a booking (S1).
 */
export async function deleteBook({ em, user, id }: DeleteBookOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const book = await tx.findOne(AppointmentBook, { id });
    if (!book) throw new AppError('NOT_FOUND');
    const clinicId = book.clinic.id;
    assertClinicAdmin(user, clinicId);
    const bookings = await tx.count(Appointment, { book: id, kind: 'booking' });
    if (bookings > 0) throw new AppError('IN_USE', { reason: 'book_bookings', name: book.name, count: bookings });
    const rules = await tx.find(TypeRule, { book: id }, { populate: ['tariffs'] });
    const templates = await tx.find(WeekTemplate, { book: id });
    const plan = await tx.findOne(WorkPlan, { book: id });
    const gone = (entity: string, entityId: string, before: object) =>
      recordChange(tx, user, { clinicId, entity, entityId, action: 'delete', before, after: null });
    for (const r of rules) gone('rule', r.id, toRuleConfig(r));
    for (const t of templates) gone('template', t.id, toTemplateConfig(t));
    if (plan) gone('workPlan', plan.id, toWorkPlanConfig(plan));
    gone('book', id, toBookConfig(book));
    // Removed through the unit of work rather than left to the database's cascade, so the entity map stays true.
    if (plan) tx.remove(plan);
    for (const row of [...rules, ...templates]) tx.remove(row);
    tx.remove(book);
    return { id };
  });
}
