import type { EntityManager } from '@bn/db';
import { AppointmentBook, AppointmentType, Tariff, TypeRule } from '@bn/db';
import type { SessionUser, TypeRuleConfig } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toRuleConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';
import { assertNoIssues, referenceIssue, validationError, type Issue } from '../../validation.js';

export interface UpsertTypeRuleOptions {
  em: EntityManager;
  user: SessionUser;
  input: TypeRuleConfig;
}

/** T2/T4: who may book a type in a book, and its tariffs. Book and type belong to one clinic; the tariffs must exist. */
export async function upsertTypeRule({ em, user, input }: UpsertTypeRuleOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const book = await tx.findOne(AppointmentBook, { id: input.bookId });
    if (!book) throw validationError([{ path: ['bookId'], code: 'book.not_found' }]);
    const clinicId = book.clinic.id;
    assertClinicAdmin(user, clinicId);
    const existing = await tx.findOne(TypeRule, { id: input.id }, { populate: ['book', 'tariffs'] });
    if (existing) assertClinicAdmin(user, existing.book.clinic.id);
    const type = await tx.findOne(AppointmentType, { id: input.typeId });
    const issues: (Issue | null)[] = [
      existing && existing.book.clinic.id !== clinicId ? { path: ['bookId'], code: 'rule.clinic_fixed' } : null,
      referenceIssue(user, clinicId, type && { clinicId: type.clinic.id }, ['typeId'], {
        missing: 'type.not_found',
        otherClinic: 'rule.type_other_clinic',
      }),
    ];
    const tariffIds = [...new Set(input.tariffIds)];
    const tariffs = await tx.find(Tariff, { id: { $in: tariffIds } });
    input.tariffIds.forEach((id, i) => {
      if (!tariffs.some((t) => t.id === id))
        issues.push({ path: ['tariffIds', i], code: 'rule.tariff_not_found', values: { id } });
    });
    const clash = await tx.findOne(TypeRule, { type: input.typeId, book: input.bookId, id: { $ne: input.id } });
    if (clash) issues.push({ path: ['typeId'], code: 'rule.exists', values: { book: book.name } });
    assertNoIssues(issues);
    const before = existing ? toRuleConfig(existing) : null;
    const data = { type: type!, book, patientList: input.patientList };
    const rule = existing ? tx.assign(existing, data) : tx.create(TypeRule, { id: input.id, ...data });
    rule.tariffs.set(tariffs);
    const after = toRuleConfig(rule, tariffIds.sort());
    recordChange(tx, user, {
      clinicId,
      entity: 'rule',
      entityId: rule.id,
      action: existing ? 'update' : 'create',
      before,
      after,
    });
    return { id: rule.id };
  });
}
