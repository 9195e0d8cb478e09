import type { EntityManager } from '@bn/db';
import { AppointmentBook, WeekTemplate, WorkPlan } from '@bn/db';
import type { SessionUser, WorkPlanConfig } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toWorkPlanConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';
import { assertNoIssues, assertNotSmuggled, validationError, type Issue } from '../../validation.js';

export interface UpsertWorkPlanOptions {
  em: EntityManager;
  user: SessionUser;
  input: WorkPlanConfig;
}

/**
 * S1: which template each week of the book uses, and days taken out. One plan per book; its templates must be the
 * book's own. Saving a plan never moves or deletes an existing booking.
 */
export async function upsertWorkPlan({ em, user, input }: UpsertWorkPlanOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const book = await tx.findOne(AppointmentBook, { id: input.bookId });
    if (!book) throw validationError([{ path: ['bookId'], code: 'book.not_found' }]);
    const clinicId = book.clinic.id;
    assertClinicAdmin(user, clinicId);
    const existing = await tx.findOne(WorkPlan, { id: input.id }, { populate: ['book'] });
    if (existing) {
      assertClinicAdmin(user, existing.book.clinic.id);
      if (existing.book.id !== book.id) throw validationError([{ path: ['bookId'], code: 'work_plan.book_fixed' }]);
    }
    const other = await tx.findOne(WorkPlan, { book: book.id, id: { $ne: input.id } });
    if (other) throw validationError([{ path: ['bookId'], code: 'work_plan.exists', values: { book: book.name } }]);
    const templates = await tx.find(
      WeekTemplate,
      { id: { $in: [...new Set(input.weeks.map((w) => w.templateId))] } },
      { populate: ['book'] },
    );
    const issues = input.weeks.map((w, i): Issue | null => {
      const path = ['weeks', i, 'templateId'];
      const template = templates.find((t) => t.id === w.templateId);
      if (!template) return { path, code: 'template.not_found', values: { id: w.templateId } };
      if (template.book.id === book.id) return null;
      assertNotSmuggled(user, template.book.clinic.id);
      return { path, code: 'template.other_book', values: { name: template.name } };
    });
    assertNoIssues(issues);
    const before = existing ? toWorkPlanConfig(existing) : null;
    const data = { weeks: input.weeks, closedDays: input.closedDays, openedHolidays: input.openedHolidays };
    const plan = existing ? tx.assign(existing, data) : tx.create(WorkPlan, { id: input.id, book, ...data });
    recordChange(tx, user, {
      clinicId,
      entity: 'workPlan',
      entityId: plan.id,
      action: existing ? 'update' : 'create',
      before,
      after: toWorkPlanConfig(plan),
    });
    return { id: plan.id };
  });
}
