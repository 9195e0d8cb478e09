/** Shared vocabularies of booking: patients, claims, notifications and the access log. */

/** P2: a claim without a case id counts either all treatments together or per treatment type. */
export const CLAIM_TYPES = ['total', 'per_treatment_type'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** K3: the network's confirmation; the clinic's patient app/portal notice; K4: the type's automatic dialog. */
/** Accounts: the invitation and the password reset e-mail (docs/accounts.md). */
export const NOTIFICATION_KINDS = [
  'confirmation',
  'portal_notice',
  'automatic_dialog',
  'invitation',
  'password_reset',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_EVENTS = ['booked', 'moved', 'cancelled', 'account'] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const NOTIFICATION_CHANNELS = ['email', 'sms', 'portal'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * What a person did with patient data; every read is logged (Normen, pasientjournalloven § 22), and so is the one change
 * the network makes to a card: `update_patient`, the clinic taking a booking's details over.
 */
export const ACCESS_ACTIONS = [
  'read_patient',
  'find_patient',
  'read_appointments',
  'read_access_log',
  'update_patient',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** Who a clinic cancels on behalf of. */
export const CANCELLED_BY = ['patient', 'clinic'] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];

/** How long an agent may hold a slot while filling in the booking form. */
export const HOLD_MINUTES = 5;

/** booking.resendConfirmation: at most this many resends of one booking's confirmation per hour. */
export const RESEND_LIMIT_PER_HOUR = 3;
