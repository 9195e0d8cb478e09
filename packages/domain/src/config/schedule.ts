import { z } from 'zod';
import { idSchema } from '../ids.js';
import { minutesOf } from '../time/oslo.js';

export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Klokkeslett skrives TT:MM.' });
const weekday = z.number().int().min(1, { message: 'Ukedag 1–7 (mandag–søndag).' }).max(7, { message: 'Ukedag 1–7 (mandag–søndag).' });

export const WEEKDAY_LABELS = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/** A time window on one weekday in which the listed types are offered (S1). */
export const templateWindowSchema = z.object({
  weekday,
  start: timeOfDaySchema,
  end: timeOfDaySchema,
  typeIds: z.array(idSchema).min(1, { message: 'Velg minst én timetype for vinduet.' }),
});
export type TemplateWindow = z.infer<typeof templateWindowSchema>;

export const templateBreakSchema = z.object({ weekday, start: timeOfDaySchema, end: timeOfDaySchema });
export type TemplateBreak = z.infer<typeof templateBreakSchema>;

function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end);
}

export const weekTemplateSchema = z
  .object({
    id: idSchema,
    bookId: idSchema,
    name: z.string().trim().min(1, { message: 'Skriv inn navnet på ukemalen.' }).max(200),
    windows: z.array(templateWindowSchema).default([]),
    breaks: z.array(templateBreakSchema).default([]),
  })
  .superRefine((t, ctx) => {
    t.windows.forEach((w, i) => {
      if (minutesOf(w.start) >= minutesOf(w.end)) {
        ctx.addIssue({ code: 'custom', path: ['windows', i, 'end'], message: 'Vinduet må slutte etter at det starter.' });
        return;
      }
      const j = t.windows.findIndex((o, k) => k < i && o.weekday === w.weekday && overlaps(o, w));
      if (j >= 0) {
        const o = t.windows[j]!;
        ctx.addIssue({
          code: 'custom',
          path: ['windows', i, 'start'],
          message: `Tidsvinduet ${w.start}–${w.end} overlapper vinduet ${o.start}–${o.end} samme dag.`,
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
    weeks: z.array(workPlanWeekSchema).default([]),
    closedDays: z.array(z.object({ date: z.iso.date(), reason: z.string().trim().max(200).default('') })).default([]),
    /** Public holidays are closed unless listed here. */
    openedHolidays: z.array(z.iso.date()).default([]),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.weeks.forEach((w, i) => {
      const key = `${w.isoYear}-${w.isoWeek}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['weeks', i], message: `Uke ${w.isoWeek} ${w.isoYear} har allerede en ukemal.` });
      seen.add(key);
    });
  });
export type WorkPlanConfig = z.infer<typeof workPlanSchema>;
