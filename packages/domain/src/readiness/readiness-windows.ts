/**
 * When the readiness check's answer holds over the coming days, for the offers the search materialises. The check's
 * date-dependent rules change only at Oslo midnights, and only on certain days: N3 on an agreement's first day and
 * on the day after its last, S1 on a Monday (its coming weeks move a week at a time). So the one judge,
 * `evaluateReadiness`, is asked for today and for each such day up to `through`; nothing is decided here, this only
 * says where to ask. Memberships (N2) carry no dates: approving or revoking one is a configuration change.
 */
import { addDays, isoWeekday } from '../time/oslo.js';
import { evaluateReadiness } from './readiness.js';
import type { ReadinessResult, ReadinessSubject } from './types.js';

/** A run of Oslo days on which an insurer may book. */
export interface InsurerWindow {
  /** The first day (YYYY-MM-DD); null: today already. */
  from: string | null;
  /** The first day it no longer may; null: none up to and including `through`. */
  until: string | null;
}

export interface ReadinessWindows {
  /** The judgement for today, as the admin screens show it. */
  today: ReadinessResult;
  /** Each insurer that may book today or on a day up to `through`, with its first such run of days. */
  insurers: Map<string, InsurerWindow>;
}

/** The days after `subject.today`, up to `through`, on which a date-dependent rule can change its answer. */
export function readinessChangeDays(subject: ReadinessSubject, through: string): string[] {
  const days = new Set<string>();
  for (const a of subject.agreements) {
    days.add(a.validFrom);
    if (a.validTo) days.add(addDays(a.validTo, 1));
  }
  // S1 looks at the ISO weeks of today and the next seven: its answer moves only when a new week begins.
  for (const monday of mondaysAfter(subject.today, through)) days.add(monday);
  return [...days].filter((d) => d > subject.today && d <= through).sort();
}

/** The Mondays after `today` up to `through`; the same for every book × type judged that day, so computed once. */
const mondaysCache = new Map<string, readonly string[]>();
function mondaysAfter(today: string, through: string): readonly string[] {
  const key = `${today}/${through}`;
  let mondays = mondaysCache.get(key);
  if (!mondays) {
    const list: string[] = [];
    for (let d = addDays(today, (8 - isoWeekday(today)) % 7 || 7); d <= through; d = addDays(d, 7)) list.push(d);
    if (mondaysCache.size >= 1000) mondaysCache.clear();
    mondaysCache.set(key, (mondays = list));
  }
  return mondays;
}

/** The rules whose answer depends on the day; a failure of any other rule holds on every day. */
const DATED_RULES = new Set(['N3', 'N4', 'S1']);

export function readinessWindows(subject: ReadinessSubject, through: string): ReadinessWindows {
  const today = evaluateReadiness(subject);
  const judged: [string, ReadinessResult][] = [[subject.today, today]];
  if (today.checks.some((c) => c.status === 'fail' && !DATED_RULES.has(c.rule))) return { today, insurers: new Map() };
  for (const day of readinessChangeDays(subject, through))
    judged.push([day, evaluateReadiness({ ...subject, today: day })]);
  const insurers = new Map<string, InsurerWindow>();
  for (const { insurerId } of today.insurers) {
    let from: string | undefined;
    let until: string | null = null;
    for (const [day, result] of judged) {
      const bookable = result.insurers.find((i) => i.insurerId === insurerId)?.bookable === true;
      if (from === undefined) {
        if (bookable) from = day;
      } else if (!bookable) {
        until = day;
        break;
      }
    }
    if (from !== undefined) insurers.set(insurerId, { from: from === subject.today ? null : from, until });
  }
  return { today, insurers };
}
