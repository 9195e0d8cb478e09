import type { EntityManager } from '@bn/db';
import { Appointment, AppointmentType, TypeRule, WeekTemplate } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toRuleConfig, toTypeConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';

export interface DeleteAppointmentTypeOptions {
  em: EntityManager;
  user: SessionUser;
  id: string;
}

/**
 * Refused while a week template places the type (its windows would name a type that no longer exists) or a booking
 * is of this type. Its rules go with it, each recorded in the audit.
 */
export async function deleteAppointmentType({ em, user, id }: DeleteAppointmentTypeOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const type = await tx.findOne(AppointmentType, { id });
    if (!type) throw new AppError('NOT_FOUND');
    const clinicId = type.clinic.id;
    assertClinicAdmin(user, clinicId);
    const templates = (
      await tx.find(WeekTemplate, { book: { clinic: clinicId } }, { orderBy: { name: 'asc' } })
    ).filter((t) => t.windows.some((w) => w.typeIds.includes(id)));
    if (templates.length > 0) {
      throw new AppError('IN_USE', {
        reason: 'type_templates',
        name: type.name,
        templates: templates.map((t) => t.name),
      });
    }
    const bookings = await tx.count(Appointment, { type: id, kind: 'booking' });
    if (bookings > 0) throw new AppError('IN_USE', { reason: 'type_bookings', name: type.name, count: bookings });
    const rules = await tx.find(TypeRule, { type: id }, { populate: ['tariffs'] });
    for (const r of rules)
      recordChange(tx, user, {
        clinicId,
        entity: 'rule',
        entityId: r.id,
        action: 'delete',
        before: toRuleConfig(r),
        after: null,
      });
    recordChange(tx, user, {
      clinicId,
      entity: 'type',
      entityId: id,
      action: 'delete',
      before: toTypeConfig(type),
      after: null,
    });
    for (const r of rules) tx.remove(r);
    tx.remove(type);
    return { id };
  });
}
