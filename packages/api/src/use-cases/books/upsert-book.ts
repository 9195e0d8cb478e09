import type { EntityManager } from '@bn/db';
import { AppointmentBook, Clinic, Practitioner } from '@bn/db';
import type { BookConfig, SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toBookConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';
import { assertNoIssues, assertSameParent, referenceIssue } from '../../validation.js';

export interface UpsertBookOptions {
  em: EntityManager;
  user: SessionUser;
  input: BookConfig;
}

/** B1–B4 and the book's restrictions (T3). The owning practitioner must work at the book's clinic. */
export async function upsertBook({ em, user, input }: UpsertBookOptions): Promise<{ id: string }> {
  assertClinicAdmin(user, input.clinicId);
  return configTransaction(em, async (tx) => {
    const existing = await tx.findOne(AppointmentBook, { id: input.id });
    if (existing) {
      assertClinicAdmin(user, existing.clinic.id);
      assertSameParent(existing.clinic.id, input.clinicId, 'clinicId', 'book.clinic_fixed');
    }
    const owner = input.ownerPractitionerId ? await tx.findOne(Practitioner, { id: input.ownerPractitionerId }) : null;
    if (input.ownerPractitionerId) {
      assertNoIssues([
        referenceIssue(user, input.clinicId, owner && { clinicId: owner.clinic.id }, ['ownerPractitionerId'], {
          missing: 'practitioner.not_found',
          otherClinic: 'book.owner_other_clinic',
        }),
      ]);
    }
    const before = existing ? toBookConfig(existing) : null;
    const data = {
      name: input.name,
      ownerKind: input.ownerKind,
      ownerPractitioner: owner,
      groupName: input.ownerKind === 'group' ? input.groupName : null,
      onlineBooking: input.onlineBooking,
      patientLists: [...new Set(input.patientLists)],
      restrictions: input.restrictions,
    };
    const book = existing
      ? tx.assign(existing, data)
      : tx.create(AppointmentBook, { id: input.id, clinic: tx.getReference(Clinic, input.clinicId), ...data });
    recordChange(tx, user, {
      clinicId: input.clinicId,
      entity: 'book',
      entityId: book.id,
      action: existing ? 'update' : 'create',
      before,
      after: toBookConfig(book),
    });
    return { id: book.id };
  });
}
