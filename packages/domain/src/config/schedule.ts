import { z } from 'zod';
import { idSchema } from '../ids.js';
import { minutesOf } from '../time/oslo.js';
import { calendarDateSchema, textSchema } from '../text.js';
import { customIssue, issue, type InputIssue } from '../input-issues.js';

/**
 * Bounds that keep one request's work small: a week has 7 × 24 hours, and no clinic plans in one-minute windows. The
 * overlap check below compares windows of the same weekday pairwise, so these limits are also its cost bound (500
 * windows on one day: 125,000 comparisons of two integers).
 */
export const MAX_TEMPLATE_WINDOWS = 500;
export const MAX_TEMPLATE_BREAKS = 500;
export const MAX_TYPES_PER_WINDOW = 50;
/** About twenty years of weeks, and as many single days. */
export const MAX_PLAN_WEEKS = 1000;
export const MAX_CLOSED_DAYS = 1000;
export const MAX_OPENED_HOLIDAYS = 500;

export const timeOfDaySchema = textSchema.regex(/^([01]\d|2[0-3]):[0-5]\d$/, issue('time.format'));
const weekday = z.number().int().min(1, issue('weekday.range')).max(7, issue('weekday.range'));

export const WEEKDAY_LABELS = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/** A time window on one weekday in which the listed types are offered (S1). */
export const templateWindowSchema = z.object({
  weekday,
  start: timeOfDaySchema,
  end: timeOfDaySchema,
  typeIds: z.array(idSchema).min(1, issue('window.types_required')).max(MAX_TYPES_PER_WINDOW),
});
export type TemplateWindow = z.infer<typeof templateWindowSchema>;

export const templateBreakSchema = z.object({ weekday, start: timeOfDaySchema, end: timeOfDaySchema });
export type TemplateBreak = z.infer<typeof templateBreakSchema>;

export const weekTemplateSchema = z
  .object({
    id: idSchema,
    bookId: idSchema,
    name: textSchema.trim().min(1, issue('template.name_required')).max(200),
    windows: z
      .array(templateWindowSchema)
      .min(1, issue('template.no_windows'))
      .max(MAX_TEMPLATE_WINDOWS, issue('template.too_many_windows', { maximum: MAX_TEMPLATE_WINDOWS })),
    breaks: z
      .array(templateBreakSchema)
      .max(MAX_TEMPLATE_BREAKS, issue('template.too_many_breaks', { maximum: MAX_TEMPLATE_BREAKS }))
      .default([]),
  })
  .superRefine((t, ctx) => {
    // Minutes once per window, and earlier windows kept per weekday: each window is compared only with the earlier
    // windows of its own day, in their order, so the first one it overlaps is the one named.
    const earlier = new Map<number, { i: number; start: number; end: number }[]>();
    t.windows.forEach((w, i) => {
      const start = minutesOf(w.start);
      const end = minutesOf(w.end);
      const sameDay = earlier.get(w.weekday) ?? [];
      earlier.set(w.weekday, sameDay);
      sameDay.push({ i, start, end });
      if (start >= end) {
        ctx.addIssue(customIssue(['windows', i, 'end'], 'window.end_before_start'));
        return;
      }
      const o = sameDay.find((x) => x.i < i && x.start < end && start < x.end);
      if (o) {
        const other = t.windows[o.i]!;
        ctx.addIssue(
          customIssue(['windows', i, 'start'], 'window.overlaps', {
            start: w.start,
            end: w.end,
            otherStart: other.start,
            otherEnd: other.end,
          }),
        );
      }
    });
    t.breaks.forEach((b, i) => {
      if (minutesOf(b.start) >= minutesOf(b.end)) {
        ctx.addIssue(customIssue(['breaks', i, 'end'], 'break.end_before_start'));
      } else if (!earlier.has(b.weekday)) {
        // A break on a day without a window takes nothing out: the clinic meant another day.
        ctx.addIssue(customIssue(['breaks', i, 'weekday'], 'break.no_window'));
      }
    });
  });
export type WeekTemplateConfig = z.infer<typeof weekTemplateSchema>;

/**
 * Checks a template against the types it places: a type longer than its window can never be booked there.
 * Returns issues with paths into the template, ready for a form or an import error.
 */
export function templateTypeIssues(
  template: Pick<WeekTemplateConfig, 'windows'>,
  types: ReadonlyMap<string, { name: string; durationMinutes: number }>,
): InputIssue[] {
  const issues: InputIssue[] = [];
  template.windows.forEach((w, i) => {
    const length = minutesOf(w.end) - minutesOf(w.start);
    w.typeIds.forEach((typeId, k) => {
      const type = types.get(typeId);
      if (!type) {
        issues.push({ path: ['windows', i, 'typeIds', k], code: 'window.type_unknown', values: { typeId } });
      } else if (type.durationMinutes > length) {
        issues.push({
          path: ['windows', i, 'typeIds', k],
          code: 'window.type_too_long',
          values: { name: type.name, minutes: type.durationMinutes, start: w.start, end: w.end },
        });
      }
    });
  });
  return issues;
}

export const workPlanWeekSchema = z.object({
  isoYear: z.number().int().min(2000).max(2100),
  isoWeek: z.number().int().min(1).max(53),
  templateId: idSchema,
});

/** S1: which template each week of the year uses, and single days taken out (or public holidays opened). */
export const workPlanSchema = z
  .object({
    id: idSchema,
    bookId: idSchema,
    weeks: z.array(workPlanWeekSchema).max(MAX_PLAN_WEEKS).default([]),
    closedDays: z
      .array(z.object({ date: calendarDateSchema, reason: textSchema.trim().max(200).default('') }))
      .max(MAX_CLOSED_DAYS)
      .default([]),
    /** Public holidays are closed unless listed here. */
    openedHolidays: z.array(calendarDateSchema).max(MAX_OPENED_HOLIDAYS).default([]),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.weeks.forEach((w, i) => {
      const key = `${w.isoYear}-${w.isoWeek}`;
      if (seen.has(key))
        ctx.addIssue(customIssue(['weeks', i], 'work_plan.week_taken', { week: w.isoWeek, year: w.isoYear }));
      seen.add(key);
    });
  });
export type WorkPlanConfig = z.infer<typeof workPlanSchema>;

/** The longest run of weeks the work-plan form puts one template on at a time: two years. */
export const MAX_WEEK_RUN = 106;

/** «Antall uker» of the work-plan form, as typed: a whole number of weeks from 1 to MAX_WEEK_RUN. */
export const weekRunSchema = z.object({
  count: textSchema.transform(Number).pipe(z.number().int().min(1).max(MAX_WEEK_RUN)),
});
