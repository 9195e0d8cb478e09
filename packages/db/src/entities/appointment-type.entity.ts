import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { Restrictions } from '@bn/domain';
import { baseProperties } from './common.js';
import { Clinic } from './clinic.entity.js';
import { Department } from './department.entity.js';

/** An appointment type (timetype): duration, online flags, notifications, visiting address and own limits. */
export const AppointmentType = defineEntity({
  name: 'AppointmentType',
  tableName: 'appointment_type',
  properties: (p) => ({
    ...baseProperties,
    clinic: () => p.manyToOne(Clinic).deleteRule('cascade').index(),
    name: p.string(),
    durationMinutes: p.integer(),
    colour: p.string().length(7).default('#3366cc'),
    bookableOnline: p.boolean().default(false),
    notificationsOn: p.boolean().default(false),
    automaticDialog: p.text().nullable(),
    department: () => p.manyToOne(Department).nullable().deleteRule('set null').index(),
    ownLimitsEnabled: p.boolean().default(false),
    ownLimits: p.json<Restrictions>(),
  }),
});
export type AppointmentType = InferEntity<typeof AppointmentType>;
