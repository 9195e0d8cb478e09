import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { TemplateBreak, TemplateWindow } from '@bn/domain';
import { baseProperties } from './common.js';
import { AppointmentBook } from './appointment-book.entity.js';

/** S1: a week template of a book — wall-clock windows per weekday with the types offered, and breaks. */
export const WeekTemplate = defineEntity({
  name: 'WeekTemplate',
  tableName: 'week_template',
  properties: (p) => ({
    ...baseProperties,
    book: () => p.manyToOne(AppointmentBook).deleteRule('cascade').index(),
    name: p.string(),
    windows: p.json<TemplateWindow[]>(),
    breaks: p.json<TemplateBreak[]>(),
  }),
});
export type WeekTemplate = InferEntity<typeof WeekTemplate>;
