import { practitionerTimesQuery, type EntityManager } from '@bn/db';
import { daysAheadBounds } from '@bn/domain';
import { slotRange, type SlotHit } from './search-network.js';
import type { PractitionerSlotsInput } from '@bn/domain';

export interface GetPractitionerSlotsOptions {
  em: EntityManager;
  insurerId: string;
  input: PractitionerSlotsInput;
  now: Date;
}

/** The most times one range returns: 8 weeks of 10-minute slots in two types stays well below it. */
export const PRACTITIONER_SLOTS_LIMIT = 2000;

/** What a time is offered as: book × type × department with its tariff, names and address (shared by many times). */
export type SlotOffer = Omit<SlotHit, 'startAt' | 'endAt'>;

/**
 * One practitioner's free times, compact: the offers once, and each time as instants in epoch milliseconds with the
 * index of its offer. A month of times is then a few kilobytes instead of the same names and address repeated.
 */
export interface PractitionerSlots {
  offers: SlotOffer[];
  slots: { startMs: number; endMs: number; offer: number }[];
}

/** One practitioner's free times for the agent's insurer, for the week view, earliest first. */
export async function getPractitionerSlots({
  em,
  insurerId,
  input,
  now,
}: GetPractitionerSlotsOptions): Promise<PractitionerSlots> {
  const range = slotRange(input.from, input.to, now);
  if (!range) return { offers: [], slots: [] };
  const rows = await practitionerTimesQuery(em, {
    insurerId,
    now,
    practitionerId: input.practitionerId,
    tariffCode: input.tariffCode?.trim() || undefined,
    limit: PRACTITIONER_SLOTS_LIMIT,
    ...range,
    daysAheadBounds: daysAheadBounds(now, range.startBefore),
  });
  const slots = rows.flatMap((row, offer) => row.starts.map((startMs, i) => ({ startMs, endMs: row.ends[i]!, offer })));
  slots.sort((a, b) => a.startMs - b.startMs || a.offer - b.offer);
  return { offers: rows.map((r) => r.offer), slots: slots.slice(0, PRACTITIONER_SLOTS_LIMIT) };
}
