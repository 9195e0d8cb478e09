import { p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Columns every table carries: a UUID key made by the application and the creation time. */
export const baseProperties = {
  id: p.uuid().primary().onCreate(() => randomUUID()),
  createdAt: p.datetime().onCreate(() => new Date()),
};
