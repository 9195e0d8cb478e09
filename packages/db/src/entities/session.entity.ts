import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: (p) => ({
    tokenHash: p.string().primary(),
    user: () => p.manyToOne(User).deleteRule('cascade').index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().index(),
    lastSeenAt: p.datetime().onCreate(() => new Date()),
    /** The user's role requires a second factor it has not enrolled: this session may only enrol one. */
    secondFactorPending: p.boolean().default(false),
  }),
});
export type Session = InferEntity<typeof Session>;
