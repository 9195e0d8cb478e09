import type { EntityManager } from '@bn/db';
import { Clinic, Department } from '@bn/db';
import type { DepartmentConfig } from '@bn/domain';
import { toDepartmentConfig } from '../../config-shape.js';

export interface ListDepartmentNoticesOptions {
  em: EntityManager;
}

export interface DepartmentNotice {
  clinic: { id: string; name: string; orgNumber: string; notifiedAt: Date };
  departments: (DepartmentConfig & { registeredAt: Date | null })[];
  /** Departments support has still to register with the network. */
  unregistered: number;
}

/** D2, support's work list: clinics that said they have several departments, oldest notice first. */
export async function listDepartmentNotices({ em }: ListDepartmentNoticesOptions): Promise<DepartmentNotice[]> {
  const clinics = await em.find(
    Clinic,
    { severalDepartmentsNotifiedAt: { $ne: null } },
    { orderBy: { severalDepartmentsNotifiedAt: 'asc', name: 'asc' } },
  );
  const departments = await em.find(
    Department,
    { clinic: { $in: clinics.map((c) => c.id) } },
    { orderBy: { name: 'asc' } },
  );
  return clinics.map((c) => {
    const own = departments.filter((d) => d.clinic.id === c.id);
    return {
      clinic: { id: c.id, name: c.name, orgNumber: c.orgNumber, notifiedAt: c.severalDepartmentsNotifiedAt! },
      departments: own.map((d) => ({ ...toDepartmentConfig(d), registeredAt: d.registeredWithNetworkAt ?? null })),
      unregistered: own.filter((d) => !d.registeredWithNetworkAt).length,
    };
  });
}
