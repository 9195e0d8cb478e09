import { z } from 'zod';
import { roleSchema } from './roles.js';
import { textSchema } from './text.js';
import { issue } from './input-issues.js';
import { SECOND_FACTOR_STATES, secondFactorCodeSchema } from './second-factor.js';

export const emailSchema = textSchema
  .trim()
  .toLowerCase()
  .pipe(z.email(issue('email.invalid')).max(254));

export const signInInput = z.object({
  email: emailSchema,
  password: textSchema.min(1, issue('password.required')).max(1024),
  /** The second factor, asked for once the password is right (SECOND_FACTOR_REQUIRED): a TOTP or recovery code. */
  code: secondFactorCodeSchema.optional(),
});
export type SignInInput = z.infer<typeof signInInput>;

export const LOCALES = ['nb', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** What the client learns about the signed-in user. */
export const sessionUserSchema = z.object({
  id: textSchema,
  email: textSchema,
  name: textSchema,
  role: roleSchema,
  clinicIds: z.array(textSchema),
  practitionerId: textSchema.nullable(),
  insurerId: textSchema.nullable(),
  insurerName: textSchema.nullable(),
  /** `setup_required`: the session may only enrol a second factor (its role requires one and it has none yet). */
  secondFactor: z.enum(SECOND_FACTOR_STATES).optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/**
 * Sign-in throttling, over a sliding window. Failures are counted per account and address (the one person guessing),
 * per address (many accounts guessed from one place; high, so a clinic's staff behind one NAT address are not locked
 * out by one another's typos), and per account from anywhere (one account guessed from many places).
 */
export const SIGN_IN_THROTTLE = {
  maxFailures: 5,
  maxFailuresPerAddress: 100,
  maxFailuresPerAccount: 20,
  windowMinutes: 15,
} as const;
/** A session's absolute lifetime; it also ends after DEFAULT_SESSION_IDLE_MINUTES (SESSION_IDLE_MINUTES) without use. */
export const SESSION_TTL_HOURS = 12;
export const DEFAULT_SESSION_IDLE_MINUTES = 30;
