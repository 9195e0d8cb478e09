import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { ROLES } from '@bn/domain';
import { baseProperties } from './common.js';
import { Insurer } from './insurer.entity.js';
import { Practitioner } from './practitioner.entity.js';

export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: (p) => ({
    ...baseProperties,
    /** Stored lower-case; unique. */
    email: p.string().unique(),
    name: p.string(),
    /** argon2id hash (PHC string). */
    passwordHash: p.text(),
    role: p.enum([...ROLES]),
    /** insurer_agent: the one insurer whose data the agent may see. */
    insurer: () => p.manyToOne(Insurer).nullable().deleteRule('cascade'),
    /** practitioner: the practitioner whose books the user may see. */
    practitioner: () => p.manyToOne(Practitioner).nullable().deleteRule('cascade'),
    locale: p.string().length(2).default('nb'),
    /** A deactivated user cannot sign in; its sessions were ended when it was deactivated. */
    active: p.boolean().default(true),
    /** TOTP (RFC 6238) secret, base32, once enrolment was confirmed; never sent to a client again. */
    totpSecret: p.text().nullable(),
    /** The secret shown at enrolment until its first code confirms it. */
    totpPendingSecret: p.text().nullable(),
    totpEnabledAt: p.datetime().nullable(),
  }),
});
export type User = InferEntity<typeof User>;
