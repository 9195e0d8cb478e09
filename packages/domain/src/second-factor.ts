// The second factor's input shapes (TOTP codes, recovery codes) and the session states the SPAs show.
import { issue } from './input-issues.js';
import { textSchema } from './text.js';

/** Six digits from the authenticator app, or one recovery code (XXXXX-XXXXX); spaces are forgiven. */
export const secondFactorCodeSchema = textSchema
  .max(40, issue('totp.code_format'))
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(textSchema.regex(/^(\d{6}|[A-Z2-7]{5}-?[A-Z2-7]{5})$/, issue('totp.code_format')));
export const totpCodeSchema = textSchema
  .max(20, issue('totp.code_format'))
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(textSchema.regex(/^\d{6}$/, issue('totp.code_format')));
export const RECOVERY_CODE_COUNT = 10;

/** What the SPA learns about its session's second factor. */
export const SECOND_FACTOR_STATES = ['enrolled', 'none', 'setup_required'] as const;
export type SecondFactorState = (typeof SECOND_FACTOR_STATES)[number];
