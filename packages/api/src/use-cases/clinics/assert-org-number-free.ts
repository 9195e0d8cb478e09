import type { EntityManager } from '@bn/db';
import { Clinic } from '@bn/db';
import { assertNoIssues } from '../../validation.js';

export interface AssertOrgNumberFreeOptions {
  em: EntityManager;
  orgNumber: string;
  /** The clinic being saved, which may keep its own number. */
  clinicId: string;
}

/** One clinic per organisation number: said on the field rather than as a database conflict. */
export async function assertOrgNumberFree({ em, orgNumber, clinicId }: AssertOrgNumberFreeOptions): Promise<void> {
  const holder = await em.findOne(Clinic, { orgNumber, id: { $ne: clinicId } });
  assertNoIssues([holder ? { path: ['orgNumber'], code: 'org_number.taken', values: { holder: holder.name } } : null]);
}
