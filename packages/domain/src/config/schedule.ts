import { z } from 'zod';
import { idSchema } from '../ids.js';
import { minutesOf } from '../time/oslo.js';
import { calendarDateSchema, textSchema } from '../text.js';

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

export const timeOfDaySchema = textSchema.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Klokkeslett skrives TT:MM.' });
const weekday = z
  .number()
  .int()
  .min(1, { message: 'Ukedag 1–7 (mandag–søndag).' })
  .max(7, { message: 'Ukedag 1–7 (mandag–søndag).' });

export const WEEKDAY_LABELS = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/** A time window on one weekday in which the listed types are offered (S1). */
export const templateWindowSchema = z.object({
  weekday,
  start: timeOfDaySchema,
  end: timeOfDaySchema,
  typeIds: z.array(idSchema).min(1, { message: 'Velg minst én timetype for vinduet.' }).max(MAX_TYPES_PER_WINDOW),
});
export type TemplateWindow = z.infer<typeof templateWindowSchema>;

export const templateBreakSchema = z.object({ weekday, start: timeOfDaySchema, end: timeOfDaySchema });
export type TemplateBreak = z.infer<typeof templateBreakSchema>;

export const weekTemplateSchema = z
  .object({
    id: idSchema,
    bookId: idSchema,
    name: textSchema.trim().min(1, { message: 'Skriv inn navnet på ukemalen.' }).max(200),
    windows: z
      .array(templateWindowSchema)
      .max(MAX_TEMPLATE_WINDOWS, { message: `En ukemal kan ha høyst ${MAX_TEMPLATE_WINDOWS} tidsvinduer.` })
      .default([]),
    breaks: z
      .array(templateBreakSchema)
      .max(MAX_TEMPLATE_BREAKS, { message: `En ukemal kan ha høyst ${MAX_TEMPLATE_BREAKS} pauser.` })
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
        ctx.addIssue({
          code: 'custom',
          path: ['windows', i, 'end'],
          message: 'Vinduet må slutte etter at det starter.',
        });
        return;
      }
      const o = sameDay.find((x) => x.i < i && x.start < end && start < x.end);
      if (o) {
        const other = t.windows[o.i]!;
        ctx.addIssue({
          code: 'custom',
          path: ['windows', i, 'start'],
          message: `Tidsvinduet ${w.start}–${w.end} overlapper vinduet ${other.start}–${other.end} samme dag.`,
        });
      }
    });
    t.breaks.forEach((b, i) => {
      if (minutesOf(b.start) >= minutesOf(b.end)) {
        ctx.addIssue({ code: 'custom', path: ['breaks', i, 'end'], message: 'Pausen må slutte etter at den starter.' });
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
): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  template.windows.forEach((w, i) => {
    const length = minutesOf(w.end) - minutesOf(w.start);
    w.typeIds.forEach((typeId, k) => {
      const type = types.get(typeId);
      if (!type) {
        issues.push({ path: ['windows', i, 'typeIds', k], message: `Ukjent timetype «${typeId}».` });
      } else if (type.durationMinutes > length) {
        issues.push({
          path: ['windows', i, 'typeIds', k],
          message: `Timetypen «${type.name}» varer ${type.durationMinutes} min og får ikke plass i vinduet ${w.start}–${w.end}.`,
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
        ctx.addIssue({
          code: 'custom',
          path: ['weeks', i],
          message: `Uke ${w.isoWeek} ${w.isoYear} har allerede en ukemal.`,
        });
      seen.add(key);
    });
  });
export type WorkPlanConfig = z.infer<typeof workPlanSchema>;
