// Results arrive as free times, earliest first; the agent reads them per practitioner and place, each with its
// types (tariff name, type name under it) and the times per day. Groups keep the order of their first time.
import { osloDate } from '@bn/domain';
import type { SlotHit } from '../api-types.js';

export interface DayTimes {
  /** Oslo date, YYYY-MM-DD. */
  date: string;
  hits: SlotHit[];
}

export interface TypeTimes {
  key: string;
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
}

export function groupHits(hits: readonly SlotHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const key = `${hit.practitionerId}|${hit.departmentId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, first: hit, types: [], count: 0 }));
    const typeKey = `${hit.typeId}|${hit.tariffCode}`;
    let type = group.types.find((t) => t.key === typeKey);
    if (!type) {
      type = {
        key: typeKey,
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
  return [...groups.values()];
}

/** One time of the results as the page marks it (its link's `data-hit`): «Vis flere» moves focus to the first new one. */
export function hitKey(hit: SlotHit): string {
  return [hit.departmentId, hit.bookId, hit.typeId, hit.tariffCode, hit.startAt.getTime()].join('|');
}
