// Accounts: who may be given a login by whom, the one-time links (invitation, password reset), the password rules and
// the second factor (TOTP, RFC 6238, with recovery codes). Pure: the server and the SPAs read the same rules.
import { z } from 'zod';
import { emailSchema } from './auth.js';
import { idSchema } from './ids.js';
import { issue } from './input-issues.js';
import { ROLES, type Role } from './roles.js';
import { textSchema } from './text.js';

/** Roles that read patient data (patient cards, bookings with the patient's name and remark): a second factor is required. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['clinic_admin', 'practitioner', 'insurer_agent'];
export function secondFactorRequired(role: Role): boolean {
  return SECOND_FACTOR_ROLES.includes(role);
}

/** How long a one-time link works, and how many reset e-mails one address may ask for in the throttle's window. */
export const ACCOUNT_LINK = {
  invitationHours: 72,
  passwordResetHours: 1,
  resetRequestsPerWindow: 3,
  resetWindowMinutes: 15,
} as const;
export const ACCOUNT_LINK_PURPOSES = ['invitation', 'password_reset'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

/** The password rules stated on the forms: long enough, not absurdly long, not the e-mail address. */
export const PASSWORD_RULES = { minLength: 12, maxLength: 200 } as const;
export const passwordSchema = textSchema
  .min(PASSWORD_RULES.minLength, issue('password.too_short', { min: PASSWORD_RULES.minLength }))
  .max(PASSWORD_RULES.maxLength, issue('password.too_long', { max: PASSWORD_RULES.maxLength }));

/** A link's token as it arrives from the address bar: base64url, of the length the server issues. */
export const linkTokenSchema = textSchema.regex(/^[A-Za-z0-9_-]{20,100}$/, issue('link.invalid'));

const nameSchema = textSchema
  .trim()
  .min(1, issue('required'))
  .max(200, issue('too_long', { max: 200 }));

/** Who is given a login: a role and its scope (the clinic, the practitioner record, the insurer). */
export const accountScopeSchema = z.object({
  role: z.enum(ROLES),
  clinicId: idSchema.nullish(),
  practitionerId: idSchema.nullish(),
  insurerId: idSchema.nullish(),
});
export const inviteUserInput = accountScopeSchema.extend({ email: emailSchema, name: nameSchema });
export type InviteUserInput = z.infer<typeof inviteUserInput>;
export const changeRoleInput = accountScopeSchema.extend({ userId: idSchema });
export type ChangeRoleInput = z.infer<typeof changeRoleInput>;

/** An invitation's or a reset's link, and the password chosen with it. */
export const setPasswordByLinkInput = z.object({ token: linkTokenSchema, password: passwordSchema });
export const requestPasswordResetInput = z.object({ email: emailSchema });
export const linkInfoInput = z.object({ token: linkTokenSchema });

/** Which roles a user may give a login to (the scope is checked against the actor's own by the server). */
export function invitableRoles(actor: Role): readonly Role[] {
  if (actor === 'network_operator') return ROLES;
  if (actor === 'clinic_admin') return ['clinic_admin', 'practitioner'];
  return [];
}
