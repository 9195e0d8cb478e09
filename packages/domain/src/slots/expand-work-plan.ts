/**
 * S1 → instants: which template each date uses, which dates are closed, and the windows (minus breaks) as real time.
 */
import { AppError } from '../errors.js';
import type { WeekTemplateConfig, WorkPlanConfig } from '../config/schedule.js';
import { minutesOf } from '../time/oslo.js';
import { boundaryMs, dayInfo } from './wall-time.js';
import type { ConcreteWindow } from './types.js';

export type PlanTemplate = Pick<WeekTemplateConfig, 'id' | 'windows' | 'breaks'>;
export type PlanInput = Pick<WorkPlanConfig, 'weeks' | 'closedDays' | 'openedHolidays'>;

export interface ExpandWorkPlanOptions {
  plan: PlanInput;
  templates: readonly PlanTemplate[];
  /** Norway's public holidays (YYYY-MM-DD) in or around the range; closed unless listed in `plan.openedHolidays`. */
  holidays: readonly string[];
  /** First and last date, inclusive, YYYY-MM-DD (Oslo dates). */
  from: string;
  to: string;
}

/** A template window with the breaks cut out, in wall-clock minutes since midnight. */
export interface WallPiece {
  start: number;
  end: number;
  typeIds: readonly string[];
}

/**
 * One date of the range as the plan sees it. `pieces` are the template's windows for the weekday whatever the
 * status, so `explainNoSlots` can tell "closed" from "nothing planned".
 */
export interface PlanDay {
  date: string;
  isoYear: number;
  isoWeek: number;
  status: 'open' | 'no_plan_week' | 'template_missing' | 'holiday' | 'closed';
  /** The template the work plan assigns to the date's week, if any. */
  templateId?: string;
  /** The reason given for a closed day. */
  closedReason?: string;
  pieces: readonly WallPiece[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function subtractBreaks(
  start: number,
  end: number,
  breaks: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  let pieces = [{ start, end }];
  for (const b of breaks) {
    pieces = pieces.flatMap((p) => {
      if (b.end <= p.start || b.start >= p.end) return [p];
      const out: { start: number; end: number }[] = [];
      if (p.start < b.start) out.push({ start: p.start, end: b.start });
      if (b.end < p.end) out.push({ start: b.end, end: p.end });
      return out;
    });
  }
  return pieces;
}

/** Index 1–7 (Monday–Sunday): the template's windows on that weekday minus its breaks, sorted by start. */
export function templatePieces(t: PlanTemplate): WallPiece[][] {
  const days: WallPiece[][] = Array.from({ length: 8 }, () => []);
  for (const w of t.windows) {
    const breaks = t.breaks
      .filter((b) => b.weekday === w.weekday)
      .map((b) => ({ start: minutesOf(b.start), end: minutesOf(b.end) }));
    for (const p of subtractBreaks(minutesOf(w.start), minutesOf(w.end), breaks))
      days[w.weekday]!.push({ ...p, typeIds: w.typeIds });
  }
  for (const d of days) d.sort((a, b) => a.start - b.start);
  return days;
}

/** Every date from `from` to `to` with its template pieces and whether it is open. */
export function planDays({ plan, templates, holidays, from, to }: ExpandWorkPlanOptions): PlanDay[] {
  if (!DATE.test(from) || !DATE.test(to)) throw new AppError('BAD_INPUT', { from, to });
  const weekTemplate = new Map(plan.weeks.map((w) => [`${w.isoYear}-${w.isoWeek}`, w.templateId]));
  const compiled = new Map<string, WallPiece[][]>();
  const templateById = new Map(templates.map((t) => [t.id, t]));
  const closed = new Map(plan.closedDays.map((d) => [d.date, d.reason]));
  const holiday = new Set(holidays);
  const opened = new Set(plan.openedHolidays);

  const days: PlanDay[] = [];
  for (let date = from; date <= to;) {
    const day = dayInfo(date);
    const templateId = weekTemplate.get(`${day.isoYear}-${day.isoWeek}`);
    let pieces: WallPiece[] = [];
    let status: PlanDay['status'] = 'open';
    if (templateId === undefined) status = 'no_plan_week';
    else {
      let days7 = compiled.get(templateId);
      const template = templateById.get(templateId);
      if (!days7 && template) compiled.set(templateId, (days7 = templatePieces(template)));
      if (!days7) status = 'template_missing';
      else pieces = days7[day.weekday]!;
    }
    // A day taken out by hand wins over an opened holiday: it is the more specific decision.
    if (status === 'open' && closed.has(date)) status = 'closed';
    else if (status === 'open' && holiday.has(date) && !opened.has(date)) status = 'holiday';
    const planDay: PlanDay = { date, isoYear: day.isoYear, isoWeek: day.isoWeek, status, pieces };
    if (templateId !== undefined) planDay.templateId = templateId;
    if (status === 'closed') planDay.closedReason = closed.get(date) ?? '';
    days.push(planDay);
    date = day.next;
  }
  return days;
}

/** The pieces of one date as instants; a piece that lies wholly in the skipped spring hour disappears. */
export function dayWindows(date: string, pieces: readonly WallPiece[]): ConcreteWindow[] {
  if (pieces.length === 0) return [];
  const day = dayInfo(date);
  const out: ConcreteWindow[] = [];
  for (const p of pieces) {
    const start = boundaryMs(day, p.start);
    const end = boundaryMs(day, p.end);
    if (end > start) out.push({ date, start: new Date(start), end: new Date(end), typeIds: p.typeIds });
  }
  return out;
}

/**
 * The work plan's open windows from `from` to `to` as instants, sorted by start: weeks without a template, closed
 * days and unopened public holidays give nothing; breaks split windows.
 */
export function expandWorkPlan(options: ExpandWorkPlanOptions): ConcreteWindow[] {
  return planDays(options).flatMap((d) => (d.status === 'open' ? dayWindows(d.date, d.pieces) : []));
}
