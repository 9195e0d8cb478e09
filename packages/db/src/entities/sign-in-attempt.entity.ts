import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Failed sign-ins, counted per e-mail and per client address to throttle guessing. */
export const SignInAttempt = defineEntity({
  name: 'SignInAttempt',
  tableName: 'sign_in_attempt',
  properties: (p) => ({
    id: p
      .string()
      .columnType('text')
      .primary()
      .onCreate(() => randomUUID()),
    email: p.string().index(),
    ip: p.string().index(),
    at: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
  }),
});
export type SignInAttempt = InferEntity<typeof SignInAttempt>;
