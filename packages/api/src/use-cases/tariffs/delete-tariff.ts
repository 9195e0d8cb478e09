import type { EntityManager } from '@bn/db';
import { Appointment, Tariff, TypeRule } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toTariffConfig } from '../../config-shape.js';

export interface DeleteTariffOptions {
  em: EntityManager;
  user: SessionUser;
  id: string;
}

/** Refused while a rule carries the tariff (the type would silently stop being bookable with it) or a booking names it. */
export async function deleteTariff({ em, user, id }: DeleteTariffOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const tariff = await tx.findOne(Tariff, { id });
    if (!tariff) throw new AppError('NOT_FOUND');
    const rules = await tx.count(TypeRule, { tariffs: id });
    if (rules > 0) throw new AppError('IN_USE', { reason: 'tariff_rules', code: tariff.code, count: rules });
    const bookings = await tx.count(Appointment, { tariff: id });
    if (bookings > 0) throw new AppError('IN_USE', { reason: 'tariff_bookings', code: tariff.code, count: bookings });
    recordChange(tx, user, {
      clinicId: null,
      entity: 'tariff',
      entityId: id,
      action: 'delete',
      before: toTariffConfig(tariff),
      after: null,
    });
    tx.remove(tariff);
    return { id };
  });
}
