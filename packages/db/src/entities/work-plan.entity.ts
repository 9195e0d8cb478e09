import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from './common.js';
import { AppointmentBook } from './appointment-book.entity.js';

export interface WorkPlanWeek {
  isoYear: number;
  isoWeek: number;
  templateId: string;
}

/** S1: a book's work plan — which template each ISO week uses, days taken out, public holidays opened. */
export const WorkPlan = defineEntity({
  name: 'WorkPlan',
  tableName: 'work_plan',
  properties: (p) => ({
    ...baseProperties,
    book: () => p.oneToOne(AppointmentBook).owner().deleteRule('cascade').unique(),
    weeks: p.json<WorkPlanWeek[]>(),
    closedDays: p.json<{ date: string; reason: string }[]>(),
    openedHolidays: p.json<string[]>(),
  }),
});
export type WorkPlan = InferEntity<typeof WorkPlan>;
