/**
 * "Why no times?": the reasons a book × type has no bookable slot in a range, for the agent's search and the clinic
 * admin (T3: the seed complains that nobody is told why; we say exactly why). Runs the same stages as the engine
 * and reports every stage that removed time, in the order of the pipeline and then of time.
 */
import type { Restrictions } from '../config/books.js';
import { formatDateTime } from '../format.js';
import { osloDate } from '../time/oslo.js';
import { dayWindows, planDays, templatePieces, type ExpandWorkPlanOptions, type PlanDay } from './expand-work-plan.js';
import { freeSlots, generateSlots } from './generate-slots.js';
import { bookingHorizon, type EffectiveRestrictions } from './restrictions.js';
import type { Interval, SlotType } from './types.js';

export const NO_SLOTS_CODES = [
  'no_plan_weeks',
  'template_missing',
  'type_not_in_templates',
  'type_too_long',
  'no_windows_in_range',
  'closed_days',
  'in_the_past',
  'min_notice',
  'fully_booked',
  'beyond_days_ahead',
  'offer_ends',
] as const;
export type NoSlotsCode = (typeof NO_SLOTS_CODES)[number];

export interface NoSlotsReason {
  code: NoSlotsCode;
  /** One Norwegian sentence a person can act on. */
  message: string;
  messageEn: string;
  /** YYYY-MM-DD: the closed dates (closed_days), or the last fully booked date (fully_booked). */
  dates?: string[];
  /** The ISO weeks concerned (no_plan_weeks, template_missing, type_not_in_templates, type_too_long). */
  weeks?: { isoYear: number; isoWeek: number }[];
}

export interface ExplainNoSlotsOptions extends ExpandWorkPlanOptions {
  type: SlotType & { name?: string };
  gridMinutes?: number;
  busy: readonly Interval[];
  now: Date;
  restrictions: Pick<Restrictions, 'minNoticeHours' | 'daysAhead'> & { source?: EffectiveRestrictions['source'] };
  /** The end of what the insurer's offer covers (generateSlots' `offeredUntil`). */
  offeredUntil?: Date | null;
}

const dmy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
const weekList = (ws: { isoYear: number; isoWeek: number }[]) => ws.map((w) => `${w.isoWeek}/${w.isoYear}`).join(', ');

function weeksOf(days: readonly PlanDay[]): { isoYear: number; isoWeek: number }[] {
  const seen = new Map<string, { isoYear: number; isoWeek: number }>();
  for (const d of days) seen.set(`${d.isoYear}-${d.isoWeek}`, { isoYear: d.isoYear, isoWeek: d.isoWeek });
  return [...seen.values()];
}

/** The reasons, in pipeline order; empty when the book × type has at least one bookable slot in the range. */
export function explainNoSlots(options: ExplainNoSlotsOptions): NoSlotsReason[] {
  const { type, gridMinutes, busy, now, restrictions, from, to, offeredUntil = null } = options;
  const days = planDays(options);
  const openWindows = days.filter((d) => d.status === 'open').flatMap((d) => dayWindows(d.date, d.pieces));
  if (generateSlots({ windows: openWindows, type, gridMinutes, busy, now, restrictions, offeredUntil }).length > 0)
    return [];

  const reasons: NoSlotsReason[] = [];
  const label = type.name ? `«${type.name}»` : 'Timetypen';
  const labelEn = type.name ? `“${type.name}”` : 'The type';

  const unplanned = days.filter((d) => d.status === 'no_plan_week');
  if (unplanned.length > 0) {
    const weeks = weeksOf(unplanned);
    reasons.push(
      unplanned.length === days.length
        ? {
            code: 'no_plan_weeks',
            weeks,
            message: `Arbeidsplanen har ingen uker i perioden ${dmy(from)}–${dmy(to)}.`,
            messageEn: `The work plan has no weeks between ${dmy(from)} and ${dmy(to)}.`,
          }
        : {
            code: 'no_plan_weeks',
            weeks,
            message: `Arbeidsplanen har ingen ukemal for uke ${weekList(weeks)}.`,
            messageEn: `The work plan has no week template for week ${weekList(weeks)}.`,
          },
    );
  }
  const missing = days.filter((d) => d.status === 'template_missing');
  if (missing.length > 0) {
    const weeks = weeksOf(missing);
    reasons.push({
      code: 'template_missing',
      weeks,
      message: `Arbeidsplanen viser til en ukemal som ikke finnes (uke ${weekList(weeks)}).`,
      messageEn: `The work plan refers to a week template that does not exist (week ${weekList(weeks)}).`,
    });
  }

  // Template level, per planned week: does its template place the type at all, and does it fit anywhere once
  // breaks are cut out? (The whole template, not only the days in the range: a weekend range is no template fault.)
  const planned = days.filter((d) => d.status !== 'no_plan_week' && d.status !== 'template_missing');
  const templateById = new Map(options.templates.map((t) => [t.id, t]));
  const withoutType: PlanDay[] = [];
  const tooShort: PlanDay[] = [];
  const judged = new Set<string>();
  for (const d of planned) {
    const key = `${d.isoYear}-${d.isoWeek}`;
    const template = templateById.get(d.templateId ?? '');
    if (judged.has(key) || !template) continue;
    judged.add(key);
    const pieces = templatePieces(template)
      .flat()
      .filter((p) => p.typeIds.includes(type.id));
    if (!template.windows.some((w) => w.typeIds.includes(type.id))) withoutType.push(d);
    else if (!pieces.some((p) => p.end - p.start >= type.durationMinutes)) tooShort.push(d);
  }
  if (withoutType.length > 0) {
    const weeks = weeksOf(withoutType);
    reasons.push({
      code: 'type_not_in_templates',
      weeks,
      message: `${label} ligger ikke i ukemalen for uke ${weekList(weeks)}.`,
      messageEn: `${labelEn} is not in the week template for week ${weekList(weeks)}.`,
    });
  }
  if (tooShort.length > 0) {
    const weeks = weeksOf(tooShort);
    reasons.push({
      code: 'type_too_long',
      weeks,
      message: `${label} varer ${type.durationMinutes} min og får ikke plass i noe vindu (etter pausene) i ukemalen for uke ${weekList(weeks)}.`,
      messageEn: `${labelEn} lasts ${type.durationMinutes} min and fits in no window (after breaks) of the template for week ${weekList(weeks)}.`,
    });
  }

  // Day level: dates that would have had a slot of the type but are closed. When open days have slots too, only
  // closed days that the clock and restrictions would have allowed are a reason worth naming.
  const horizon = bookingHorizon({ now, restrictions });
  const candidates = openWindows.flatMap((w) =>
    freeSlots({ windows: [w], type, gridMinutes, busy: [] }).map((s) => ({ ...s, date: w.date })),
  );
  const bounds =
    candidates.length === 0 ? {} : { earliestStart: horizon.earliestStart, startsBefore: horizon.startsBefore };
  const fits = (d: PlanDay) =>
    freeSlots({ windows: dayWindows(d.date, d.pieces), type, gridMinutes, busy: [], ...bounds }).length > 0;
  const closed = planned.filter((d) => (d.status === 'holiday' || d.status === 'closed') && fits(d));
  if (closed.length > 0) {
    const list = closed
      .map((d) => `${dmy(d.date)} (${d.status === 'holiday' ? 'helligdag' : d.closedReason || 'stengt'})`)
      .join(', ');
    const listEn = closed
      .map((d) => `${dmy(d.date)} (${d.status === 'holiday' ? 'public holiday' : d.closedReason || 'closed'})`)
      .join(', ');
    const only = candidates.length === 0;
    reasons.push({
      code: 'closed_days',
      dates: closed.map((d) => d.date),
      message: only ? `Det er bare helligdager og stengte dager i perioden: ${list}.` : `Stengt: ${list}.`,
      messageEn: only ? `Only public holidays and closed days in the range: ${listEn}.` : `Closed: ${listEn}.`,
    });
  }
  if (candidates.length === 0) {
    if (reasons.length === 0) {
      reasons.push({
        code: 'no_windows_in_range',
        message: `${label} har ingen vinduer på disse dagene.`,
        messageEn: `${labelEn} has no windows on these days.`,
      });
    }
    return reasons;
  }

  // Slot level: each candidate removed by the first stage it fails.
  const free = new Set(freeSlots({ windows: openWindows, type, gridMinutes, busy }).map((s) => s.start.getTime()));
  let past = false;
  let notice = false;
  let beyond = false;
  let ended = false;
  let lastBusyDate: string | null = null;
  for (const c of candidates) {
    const t = c.start.getTime();
    if (t < now.getTime()) past = true;
    else if (t < horizon.earliestStart.getTime()) notice = true;
    else if (horizon.startsBefore && t >= horizon.startsBefore.getTime()) beyond = true;
    else if (offeredUntil && t >= offeredUntil.getTime()) ended = true;
    else if (!free.has(t)) lastBusyDate = c.date;
  }
  const whose =
    restrictions.source?.limits === 'type' ? ' (satt på timetypen)' : restrictions.source ? ' (satt på timeboken)' : '';
  const whoseEn =
    restrictions.source?.limits === 'type' ? ' (set on the type)' : restrictions.source ? ' (set on the book)' : '';
  if (past)
    reasons.push({
      code: 'in_the_past',
      message: `Tidene før ${formatDateTime(now)} er passert.`,
      messageEn: `The times before ${formatDateTime(now)} have passed.`,
    });
  if (notice) {
    const at = formatDateTime(horizon.earliestStart);
    reasons.push({
      code: 'min_notice',
      message: `Tidene før ${at} ligger innenfor minste varsel på ${restrictions.minNoticeHours} timer${whose}.`,
      messageEn: `The times before ${at} are inside the minimum notice of ${restrictions.minNoticeHours} hours${whoseEn}.`,
    });
  }
  if (lastBusyDate)
    reasons.push({
      code: 'fully_booked',
      dates: [lastBusyDate],
      message: `Fullbooket til og med ${dmy(lastBusyDate)}.`,
      messageEn: `Fully booked until ${dmy(lastBusyDate)} inclusive.`,
    });
  if (beyond && horizon.lastDate) {
    reasons.push({
      code: 'beyond_days_ahead',
      dates: [horizon.lastDate],
      message: `Det kan bestilles høyst ${restrictions.daysAhead} dager frem i tid, til og med ${dmy(horizon.lastDate)}${whose}.`,
      messageEn: `Booking is open at most ${restrictions.daysAhead} days ahead, until ${dmy(horizon.lastDate)} inclusive${whoseEn}.`,
    });
  }
  if (ended && offeredUntil) {
    const last = dmy(osloDate(new Date(offeredUntil.getTime() - 1)));
    reasons.push({
      code: 'offer_ends',
      dates: [osloDate(new Date(offeredUntil.getTime() - 1))],
      message: `Avtalen med forsikringsselskapet gjelder bare timer til og med ${last}.`,
      messageEn: `The agreement with the insurer covers appointments until ${last} only.`,
    });
  }
  return reasons;
}
