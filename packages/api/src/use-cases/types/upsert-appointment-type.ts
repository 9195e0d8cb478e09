import type { EntityManager } from '@bn/db';
import { AppointmentType, Clinic, Department, WeekTemplate } from '@bn/db';
import { templateTypeIssues, type AppointmentTypeConfig, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toTypeConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';
import { assertNoIssues, assertSameParent, referenceIssue, type Issue } from '../../validation.js';

export interface UpsertAppointmentTypeOptions {
  em: EntityManager;
  user: SessionUser;
  input: AppointmentTypeConfig;
}

/**
 * T1–T5 on the type itself. Its visiting address must be a department of the same clinic, and a longer duration
 * must still fit every template window the type is placed in (the same check a template save runs).
 */
export async function upsertAppointmentType({
  em,
  user,
  input,
}: UpsertAppointmentTypeOptions): Promise<{ id: string }> {
  assertClinicAdmin(user, input.clinicId);
  return configTransaction(em, async (tx) => {
    const existing = await tx.findOne(AppointmentType, { id: input.id });
    if (existing) {
      assertClinicAdmin(user, existing.clinic.id);
      assertSameParent(existing.clinic.id, input.clinicId, 'clinicId', 'type.clinic_fixed');
    }
    const department = input.departmentId ? await tx.findOne(Department, { id: input.departmentId }) : null;
    const issues: (Issue | null)[] = [];
    if (input.departmentId) {
      issues.push(
        referenceIssue(user, input.clinicId, department && { clinicId: department.clinic.id }, ['departmentId'], {
          missing: 'department.not_found',
          otherClinic: 'type.department_other_clinic',
        }),
      );
    }
    if (existing) issues.push(...(await durationIssues(tx, input)));
    assertNoIssues(issues);
    const before = existing ? toTypeConfig(existing) : null;
    const data = {
      name: input.name,
      durationMinutes: input.durationMinutes,
      colour: input.colour,
      bookableOnline: input.bookableOnline,
      notificationsOn: input.notificationsOn,
      automaticDialog: input.automaticDialog,
      department,
      ownLimitsEnabled: input.ownLimitsEnabled,
      ownLimits: input.ownLimits,
    };
    const type = existing
      ? tx.assign(existing, data)
      : tx.create(AppointmentType, { id: input.id, clinic: tx.getReference(Clinic, input.clinicId), ...data });
    recordChange(tx, user, {
      clinicId: input.clinicId,
      entity: 'type',
      entityId: type.id,
      action: existing ? 'update' : 'create',
      before,
      after: toTypeConfig(type),
    });
    return { id: type.id };
  });
}

async function durationIssues(tx: EntityManager, input: AppointmentTypeConfig): Promise<Issue[]> {
  const templates = await tx.find(WeekTemplate, { book: { clinic: input.clinicId } }, { orderBy: { name: 'asc' } });
  const types = new Map([[input.id, { name: input.name, durationMinutes: input.durationMinutes }]]);
  const issues = new Map<string, Issue>();
  for (const t of templates) {
    const windows = t.windows.map((w) => ({ ...w, typeIds: w.typeIds.filter((id) => id === input.id) }));
    for (const { values } of templateTypeIssues({ windows }, types)) {
      const issue: Issue = {
        path: ['durationMinutes'],
        code: 'type.duration_too_long_for_template',
        values: { ...values, template: t.name },
      };
      issues.set(JSON.stringify(issue.values), issue);
    }
  }
  return [...issues.values()];
}
