import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { User } from './user.entity.js';
import { Clinic } from './clinic.entity.js';

/** A clinic admin's scope: the clinics it administers. */
export const UserClinic = defineEntity({
  name: 'UserClinic',
  tableName: 'user_clinic',
  properties: (p) => ({
    user: () => p.manyToOne(User).primary().deleteRule('cascade'),
    clinic: () => p.manyToOne(Clinic).primary().deleteRule('cascade').index(),
  }),
});
export type UserClinic = InferEntity<typeof UserClinic>;
