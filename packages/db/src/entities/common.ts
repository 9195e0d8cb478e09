import { p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * Columns every table carries: a text key (a UUID made by the application, or the id a configuration document gave
 * the row, so that importing the same document twice is idempotent) and the creation time.
 */
export const baseProperties = {
  id: p
    .string()
    .columnType('text')
    .primary()
    .onCreate(() => randomUUID()),
  createdAt: p.datetime().onCreate(() => new Date()),
};
