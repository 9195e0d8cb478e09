import type { EntityManager } from '@bn/db';
import { Department } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toDepartmentConfig } from '../../config-shape.js';
import { assertNoIssues } from '../../validation.js';

export interface SetDepartmentRegisteredOptions {
  em: EntityManager;
  user: SessionUser;
  departmentId: string;
  registered: boolean;
  now: Date;
}

/**
 * D2: support (or the operator) has registered the address with the network, or takes the registration back.
 * Registering waits for the clinic's own notice that it has several departments.
 */
export async function setDepartmentRegistered({
  em,
  user,
  departmentId,
  registered,
  now,
}: SetDepartmentRegisteredOptions): Promise<{ id: string; registeredAt: Date | null }> {
  return configTransaction(em, async (tx) => {
    const department = await tx.findOne(Department, { id: departmentId }, { populate: ['clinic'] });
    if (!department) throw new AppError('NOT_FOUND');
    assertNoIssues([
      registered && !department.clinic.severalDepartmentsNotifiedAt
        ? { path: ['registered'], code: 'department.several_not_notified' }
        : null,
    ]);
    const before = toDepartmentConfig(department);
    department.registeredWithNetworkAt = registered ? (department.registeredWithNetworkAt ?? now) : null;
    recordChange(tx, user, {
      clinicId: department.clinic.id,
      entity: 'department',
      entityId: departmentId,
      action: 'update',
      before,
      after: toDepartmentConfig(department),
    });
    return { id: departmentId, registeredAt: department.registeredWithNetworkAt };
  });
}
