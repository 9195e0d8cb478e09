import type { EntityManager } from '@bn/db';
import { WeekTemplate, WorkPlan } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toTemplateConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';

export interface DeleteWeekTemplateOptions {
  em: EntityManager;
  user: SessionUser;
  id: string;
}

/** Refused while the book's work plan puts the template on a week. */
export async function deleteWeekTemplate({ em, user, id }: DeleteWeekTemplateOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const template = await tx.findOne(WeekTemplate, { id }, { populate: ['book'] });
    if (!template) throw new AppError('NOT_FOUND');
    const clinicId = template.book.clinic.id;
    assertClinicAdmin(user, clinicId);
    const plan = await tx.findOne(WorkPlan, { book: template.book.id });
    const weeks = plan?.weeks.filter((w) => w.templateId === id) ?? [];
    if (weeks.length > 0) {
      const first = weeks.reduce((a, b) => (b.isoYear * 100 + b.isoWeek < a.isoYear * 100 + a.isoWeek ? b : a));
      throw new AppError('IN_USE', {
        reason: 'template_weeks',
        name: template.name,
        count: weeks.length,
        week: first.isoWeek,
        year: first.isoYear,
      });
    }
    recordChange(tx, user, {
      clinicId,
      entity: 'template',
      entityId: id,
      action: 'delete',
      before: toTemplateConfig(template),
      after: null,
    });
    tx.remove(template);
    return { id };
  });
}
