import type { EntityManager } from '@bn/db';
import { AppointmentType, Department } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toDepartmentConfig } from '../../config-shape.js';
import { assertClinicAccess } from '../../scope.js';

export interface DeleteDepartmentOptions {
  em: EntityManager;
  user: SessionUser;
  id: string;
}

/** Refused while an appointment type is offered at the address (T5): the type would move to every department. */
export async function deleteDepartment({ em, user, id }: DeleteDepartmentOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const department = await tx.findOne(Department, { id });
    if (!department) throw new AppError('NOT_FOUND');
    assertClinicAccess(user, department.clinic.id);
    const types = await tx.find(AppointmentType, { department: id }, { orderBy: { name: 'asc' } });
    if (types.length > 0) {
      throw new AppError('IN_USE', { reason: 'department_types', types: types.map((t) => t.name) });
    }
    recordChange(tx, user, {
      clinicId: department.clinic.id,
      entity: 'department',
      entityId: id,
      action: 'delete',
      before: toDepartmentConfig(department),
      after: null,
    });
    tx.remove(department);
    return { id };
  });
}
