import type { EntityManager } from '@bn/db';
import { findSlots, type SlotHit } from './search-network.js';
import type { PractitionerSlotsInput } from './search-input.js';

export interface GetPractitionerSlotsOptions {
  em: EntityManager;
  insurerId: string;
  input: PractitionerSlotsInput;
  now: Date;
}

/** The most times one range returns: 8 weeks of 10-minute slots in two types stays well below it. */
export const PRACTITIONER_SLOTS_LIMIT = 2000;

/** One practitioner's free times for the agent's insurer, for the week view, earliest first. */
export async function getPractitionerSlots({ em, insurerId, input, now }: GetPractitionerSlotsOptions): Promise<SlotHit[]> {
  return findSlots(
    em,
    { insurerId, now, practitionerId: input.practitionerId, tariffCode: input.tariffCode?.trim() || undefined, limit: PRACTITIONER_SLOTS_LIMIT },
    input.from,
    input.to,
  );
}
