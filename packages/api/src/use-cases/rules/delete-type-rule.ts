import type { EntityManager } from '@bn/db';
import { TypeRule } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toRuleConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';

export interface DeleteTypeRuleOptions {
  em: EntityManager;
  user: SessionUser;
  id: string;
}

export async function deleteTypeRule({ em, user, id }: DeleteTypeRuleOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const rule = await tx.findOne(TypeRule, { id }, { populate: ['book', 'tariffs'] });
    if (!rule) throw new AppError('NOT_FOUND');
    assertClinicAdmin(user, rule.book.clinic.id);
    recordChange(tx, user, {
      clinicId: rule.book.clinic.id,
      entity: 'rule',
      entityId: id,
      action: 'delete',
      before: toRuleConfig(rule),
      after: null,
    });
    tx.remove(rule);
    return { id };
  });
}
