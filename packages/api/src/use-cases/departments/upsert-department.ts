import type { EntityManager } from '@bn/db';
import { Clinic, Department } from '@bn/db';
import type { DepartmentConfig, SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toDepartmentConfig } from '../../config-shape.js';
import { assertClinicAccess } from '../../scope.js';
import { assertNoIssues, assertSameParent } from '../../validation.js';

export interface UpsertDepartmentOptions {
  em: EntityManager;
  user: SessionUser;
  /** `registeredWithNetwork` is ignored: only support and the operator register an address (D2). */
  input: DepartmentConfig;
}

/**
 * D1: a department's visiting address, by the clinic's admin or support. A changed address is no longer the one the
 * network has registered, so it goes back to unregistered until support registers it again (D2). A clinic has one
 * department per address.
 */
/** An address as the post reads it: «Thereses gate 12» and «thereses  gate 12» are one place. */
function addressKey(d: { street: string; postcode: string; city: string }): string {
  return [d.street, d.postcode, d.city]
    .map((part) => part.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb'))
    .join('|');
}

export async function upsertDepartment({ em, user, input }: UpsertDepartmentOptions): Promise<{ id: string }> {
  assertClinicAccess(user, input.clinicId);
  return configTransaction(em, async (tx) => {
    const existing = await tx.findOne(Department, { id: input.id });
    if (existing) {
      assertClinicAccess(user, existing.clinic.id);
      assertSameParent(existing.clinic.id, input.clinicId, 'clinicId', 'department.clinic_fixed');
    }
    const clinic = await tx.findOne(Clinic, { id: input.clinicId });
    assertNoIssues([clinic ? null : { path: ['clinicId'], code: 'clinic.not_found' }]);
    const siblings = await tx.find(Department, { clinic: input.clinicId, id: { $ne: input.id } });
    const twin = siblings.find((d) => addressKey(d) === addressKey(input));
    assertNoIssues([twin ? { path: ['street'], code: 'department.address_taken', values: { name: twin.name } } : null]);
    const before = existing ? toDepartmentConfig(existing) : null;
    const data = { name: input.name, street: input.street, postcode: input.postcode, city: input.city };
    const moved =
      existing &&
      (existing.street !== input.street || existing.postcode !== input.postcode || existing.city !== input.city);
    const department = existing
      ? tx.assign(existing, { ...data, ...(moved ? { registeredWithNetworkAt: null } : {}) })
      : tx.create(Department, { id: input.id, clinic: clinic!, ...data, registeredWithNetworkAt: null });
    recordChange(tx, user, {
      clinicId: input.clinicId,
      entity: 'department',
      entityId: department.id,
      action: existing ? 'update' : 'create',
      before,
      after: toDepartmentConfig(department),
    });
    return { id: department.id };
  });
}
