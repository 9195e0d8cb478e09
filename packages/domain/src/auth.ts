import { z } from 'zod';
import { roleSchema } from './roles.js';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Ugyldig e-postadresse.' }).max(254));

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, { message: 'Skriv inn passordet.' }).max(1024),
});
export type SignInInput = z.infer<typeof signInInput>;

export const LOCALES = ['nb', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** What the client learns about the signed-in user. */
export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  clinicIds: z.array(z.string()),
  practitionerId: z.string().nullable(),
  insurerId: z.string().nullable(),
  insurerName: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** Sign-in throttling: after this many failures for one e-mail (or one address) in the window, wait. */
export const SIGN_IN_THROTTLE = { maxFailures: 5, windowMinutes: 15 } as const;
export const SESSION_TTL_HOURS = 12;
