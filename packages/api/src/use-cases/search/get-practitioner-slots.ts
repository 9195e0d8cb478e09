import type { EntityManager } from '@bn/db';
import { baseClauses, runSlotQuery, type SlotHit } from './search-network.js';
import type { PractitionerSlotsInput } from './search-input.js';

export interface GetPractitionerSlotsOptions {
  em: EntityManager;
  insurerId: string;
  input: PractitionerSlotsInput;
  now: Date;
}

/** One practitioner's free times for the agent's insurer, for the week view (at most 2,000 in a range). */
export async function getPractitionerSlots({ em, insurerId, input, now }: GetPractitionerSlotsOptions): Promise<SlotHit[]> {
  const clauses = baseClauses(insurerId, input.from, input.to, now);
  clauses.push(['o.practitioner_id = ?', input.practitionerId]);
  if (input.tariffCode) clauses.push(['upper(o.tariff_code) = ?', input.tariffCode.toUpperCase()]);
  return runSlotQuery(em, clauses, 2000);
}
