import type { EntityManager } from '@bn/db';
import { Clinic, Department, Practitioner } from '@bn/db';
import type { SessionUser } from '@bn/domain';

export interface ListClinicsOptions {
  em: EntityManager;
  user: SessionUser;
}

export interface ClinicSummary {
  id: string;
  name: string;
  orgNumber: string;
  integrationActive: boolean;
  departmentCount: number;
  practitionerCount: number;
}

/** The clinics the user may see: all for staff, its own for a clinic admin. */
export async function listClinics({ em, user }: ListClinicsOptions): Promise<ClinicSummary[]> {
  const where = user.role === 'clinic_admin' ? { id: { $in: user.clinicIds } } : {};
  const clinics = await em.find(Clinic, where, { orderBy: { name: 'asc' } });
  const ids = clinics.map((c) => c.id);
  const [departments, practitioners] = await Promise.all([
    em.find(Department, { clinic: { $in: ids } }, { fields: ['clinic'] }),
    em.find(Practitioner, { clinic: { $in: ids } }, { fields: ['clinic'] }),
  ]);
  const count = (rows: { clinic: { id: string } }[], id: string) => rows.filter((r) => r.clinic.id === id).length;
  return clinics.map((c) => ({
    id: c.id,
    name: c.name,
    orgNumber: c.orgNumber,
    integrationActive: c.integrationActive,
    departmentCount: count(departments, c.id),
    practitionerCount: count(practitioners, c.id),
  }));
}
