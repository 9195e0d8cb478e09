// Keeps the demo's work plans in the coming weeks, whenever the demo is seeded.
import { addDays, isoWeek, isoWeekMonday, osloDate, type NetworkConfigInput } from '@bn/domain';

/**
 * The demo document's work plans cover ten ISO weeks from the week it was written. A demo must be bookable whenever
 * it is started, so the seed moves every plan (weeks and closed days alike) by whole weeks until its first week is
 * the current one. Weekdays and the pattern of templates stay as written; opened public holidays are real dates
 * and stay. The file itself stays a plain document that `pnpm network:import` takes as it is.
 */
export function planFromThisWeek(document: NetworkConfigInput, now: Date): NetworkConfigInput {
  const plans = document.workPlans ?? [];
  const mondays = plans.flatMap((p) => (p.weeks ?? []).map((w) => isoWeekMonday(w.isoYear, w.isoWeek))).sort();
  if (!mondays[0]) return document;
  const today = osloDate(now);
  const thisMonday = isoWeekMonday(isoWeek(today).isoYear, isoWeek(today).isoWeek);
  const days = Math.round((Date.parse(thisMonday) - Date.parse(mondays[0])) / 86_400_000);
  return {
    ...document,
    workPlans: plans.map((p) => ({
      ...p,
      weeks: (p.weeks ?? []).map((w) => ({
        ...isoWeek(addDays(isoWeekMonday(w.isoYear, w.isoWeek), days)),
        templateId: w.templateId,
      })),
      closedDays: (p.closedDays ?? []).map((d) => ({ ...d, date: addDays(d.date, days) })),
    })),
  };
}
