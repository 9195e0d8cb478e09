// The results by practitioner arrive as practitioners, each with their offers (book × type × address) and next times.
// The agent reads them per practitioner, each with their types (tariff name, type name under it, the address when
// they work at more than one) and the times per day. Groups keep the server's order.
import { osloDate } from '@bn/domain';
import type { PractitionerResult, SlotHit } from '../api-types.js';

export interface DayTimes {
  /** Oslo date, YYYY-MM-DD. */
  date: string;
  hits: SlotHit[];
}

export interface TypeTimes {
  key: string;
  /** The first time of this kind: its department's name and address, its tariff and type. */
  first: SlotHit;
  tariffCode: string;
  tariffName: string;
  typeName: string;
  durationMinutes: number;
  days: DayTimes[];
}

export interface HitGroup {
  key: string;
  first: SlotHit;
  types: TypeTimes[];
  count: number;
  /** How many addresses the group's times are at: more than one, and each type says where. */
  departments: number;
}

/** Groups times by practitioner (in the order of their first time), then by address × type × tariff, then by day. */
export function groupHits(hits: readonly SlotHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  const departments = new Map<string, Set<string>>();
  for (const hit of hits) {
    const key = hit.practitionerId;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, first: hit, types: [], count: 0, departments: 0 }));
    departments.set(key, (departments.get(key) ?? new Set()).add(hit.departmentId));
    const typeKey = `${hit.departmentId}|${hit.typeId}|${hit.tariffCode}`;
    let type = group.types.find((t) => t.key === typeKey);
    if (!type) {
      type = {
        key: typeKey,
        first: hit,
        tariffCode: hit.tariffCode,
        tariffName: hit.tariffName,
        typeName: hit.typeName,
        durationMinutes: hit.durationMinutes,
        days: [],
      };
      group.types.push(type);
    }
    const date = osloDate(new Date(hit.startAt));
    const day = type.days.find((d) => d.date === date);
    if (day) day.hits.push(hit);
    else type.days.push({ date, hits: [hit] });
    group.count++;
  }
  for (const group of groups.values()) group.departments = departments.get(group.key)?.size ?? 1;
  return [...groups.values()];
}

/** A practitioner's next times as search hits: each time with its offer's names and address. */
export function hitsOf(result: PractitionerResult): SlotHit[] {
  return result.slots.map((slot) => ({
    ...result.offers[slot.offer]!,
    startAt: new Date(slot.startMs),
    endAt: new Date(slot.endMs),
  }));
}

/** One time of the results as the page marks it (its link's `data-hit`): «Vis flere» moves focus to the first new one. */
export function hitKey(hit: SlotHit): string {
  return [hit.departmentId, hit.bookId, hit.typeId, hit.tariffCode, hit.startAt.getTime()].join('|');
}
