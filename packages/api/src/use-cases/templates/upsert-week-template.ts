import type { EntityManager } from '@bn/db';
import { AppointmentBook, AppointmentType, WeekTemplate } from '@bn/db';
import { templateTypeIssues, type SessionUser, type WeekTemplateConfig } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toTemplateConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';
import { assertNoIssues, assertNotSmuggled, validationError, type Issue } from '../../validation.js';

export interface UpsertWeekTemplateOptions {
  em: EntityManager;
  user: SessionUser;
  /** Windows and breaks already checked by the schema (order, overlaps). */
  input: WeekTemplateConfig;
}

/**
 * S1: a book's week template. Every type it places must be a type of the book's clinic that fits its window
 * (`templateTypeIssues`). Saving a template never moves or deletes an existing booking.
 */
export async function upsertWeekTemplate({ em, user, input }: UpsertWeekTemplateOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const book = await tx.findOne(AppointmentBook, { id: input.bookId });
    if (!book) throw validationError([{ path: ['bookId'], code: 'book.not_found' }]);
    const clinicId = book.clinic.id;
    assertClinicAdmin(user, clinicId);
    const existing = await tx.findOne(WeekTemplate, { id: input.id }, { populate: ['book'] });
    if (existing) {
      assertClinicAdmin(user, existing.book.clinic.id);
      if (existing.book.id !== book.id) throw validationError([{ path: ['bookId'], code: 'template.book_fixed' }]);
    }
    const typeIds = [...new Set(input.windows.flatMap((w) => w.typeIds))];
    const types = await tx.find(AppointmentType, { id: { $in: typeIds } });
    const ownTypes = new Map(types.filter((t) => t.clinic.id === clinicId).map((t) => [t.id, t]));
    const issues: Issue[] = [];
    input.windows.forEach((w, i) =>
      w.typeIds.forEach((typeId, k) => {
        const other = types.find((t) => t.id === typeId && t.clinic.id !== clinicId);
        if (!other) return;
        assertNotSmuggled(user, other.clinic.id);
        issues.push({
          path: ['windows', i, 'typeIds', k],
          code: 'window.type_other_clinic',
          values: { name: other.name },
        });
      }),
    );
    const flagged = new Set(issues.map((i) => i.path.join('.')));
    issues.push(...templateTypeIssues(input, ownTypes).filter((i) => !flagged.has(i.path.join('.'))));
    assertNoIssues(issues);
    const before = existing ? toTemplateConfig(existing) : null;
    const data = { name: input.name, windows: input.windows, breaks: input.breaks };
    const template = existing ? tx.assign(existing, data) : tx.create(WeekTemplate, { id: input.id, book, ...data });
    recordChange(tx, user, {
      clinicId,
      entity: 'template',
      entityId: template.id,
      action: existing ? 'update' : 'create',
      before,
      after: toTemplateConfig(template),
    });
    return { id: template.id };
  });
}
