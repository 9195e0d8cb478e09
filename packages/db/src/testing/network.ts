// A small network with two of everything scoped, and one signed-up user per role: the fixture the access tests share.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@bn/domain';
import type { Clinic, Insurer, Practitioner } from '../entities/index.js';
import { createClinic, createInsurer, createPractitioner, createUser, type TestUser } from './factories.js';

export interface TestNetwork {
  insurerX: Insurer;
  insurerY: Insurer;
  clinicA: Clinic;
  clinicB: Clinic;
  /** Works at clinic A; the `practitioner` user is this practitioner. */
  practitionerA: Practitioner;
  /** Works at clinic B; no user. */
  practitionerB: Practitioner;
  /** network_operator, support, clinic_admin of A, practitioner A, insurer_agent of X. */
  users: Record<Role, TestUser>;
}

export async function createTestNetwork(em: EntityManager): Promise<TestNetwork> {
  const insurerX = await createInsurer(em, { name: 'Forsikring X' });
  const insurerY = await createInsurer(em, { name: 'Forsikring Y' });
  const clinicA = await createClinic(em, { name: 'Klinikk A' });
  const clinicB = await createClinic(em, { name: 'Klinikk B' });
  const practitionerA = await createPractitioner(em, { clinic: clinicA, name: 'Behandler A' });
  const practitionerB = await createPractitioner(em, { clinic: clinicB, name: 'Behandler B' });
  const users: Record<Role, TestUser> = {
    network_operator: await createUser(em, { role: 'network_operator' }),
    support: await createUser(em, { role: 'support' }),
    clinic_admin: await createUser(em, { role: 'clinic_admin', clinics: [clinicA] }),
    practitioner: await createUser(em, { role: 'practitioner', practitioner: practitionerA }),
    insurer_agent: await createUser(em, { role: 'insurer_agent', insurer: insurerX }),
  };
  return { insurerX, insurerY, clinicA, clinicB, practitionerA, practitionerB, users };
}
