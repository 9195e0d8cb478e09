import type { EntityManager } from '@bn/db';
import { Clinic, Department, Practitioner } from '@bn/db';
import { AppError, type Profession, type SessionUser } from '@bn/domain';
import { assertClinicAccess } from '../../scope.js';

export interface GetClinicOptions {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
}

export interface ClinicDetail {
  id: string;
  name: string;
  orgNumber: string;
  /** +47XXXXXXXX, set by the clinic's admin; null until given. */
  phone: string | null;
  integrationActive: boolean;
  severalDepartmentsNotifiedAt: Date | null;
  departments: {
    id: string;
    name: string;
    street: string;
    postcode: string;
    city: string;
    registeredWithNetworkAt: Date | null;
  }[];
  practitioners: { id: string; name: string; profession: Profession; hprNumber: string | null }[];
}

export async function getClinic({ em, user, clinicId }: GetClinicOptions): Promise<ClinicDetail> {
  assertClinicAccess(user, clinicId);
  const clinic = await em.findOne(Clinic, { id: clinicId });
  if (!clinic) throw new AppError('NOT_FOUND');
  const [departments, practitioners] = await Promise.all([
    em.find(Department, { clinic: clinicId }, { orderBy: { name: 'asc' } }),
    em.find(Practitioner, { clinic: clinicId }, { orderBy: { name: 'asc' } }),
  ]);
  return {
    id: clinic.id,
    name: clinic.name,
    orgNumber: clinic.orgNumber,
    phone: clinic.phone ?? null,
    integrationActive: clinic.integrationActive,
    severalDepartmentsNotifiedAt: clinic.severalDepartmentsNotifiedAt ?? null,
    departments: departments.map((d) => ({
      id: d.id,
      name: d.name,
      street: d.street,
      postcode: d.postcode,
      city: d.city,
      registeredWithNetworkAt: d.registeredWithNetworkAt ?? null,
    })),
    practitioners: practitioners.map((p) => ({
      id: p.id,
      name: p.name,
      profession: p.profession,
      hprNumber: p.hprNumber ?? null,
    })),
  };
}
