/**
 * The one error type the domain and the use cases throw, and the one list of its codes. A code is stable and public
 * (API clients switch on it); it carries values (a reason, a limit, a date, the field issues) and no sentence: each
 * client words it in its reader's language (the sentences: i18n/refusals.nb.ts and refusals.en.ts, one per code and
 * reason, which the type checker holds to this list).
 */
import type { InputIssue } from './input-issues.js';
import type { NationalIdProblem } from './validators/national-id.js';

export const ERROR_CODES = {
  /** Input the schemas refuse; `issues` holds `{ path, code, values }` per field. */
  BAD_INPUT: { status: 400 },
  /** Input that is well-formed but breaks a rule; `issues` holds `{ path, code, values }` per field. */
  VALIDATION: { status: 400 },
  /** The row is still used elsewhere (e.g. a tariff on a rule, a template in a work plan); `values.reason` says how. */
  IN_USE: { status: 409 },
  UNAUTHENTICATED: { status: 401 },
  INVALID_CREDENTIALS: { status: 401 },
  /** `values.retryAfterSeconds`, `values.retryAfterMinutes`. */
  TOO_MANY_ATTEMPTS: { status: 429 },
  FORBIDDEN: { status: 403 },
  // Accounts (docs/accounts.md)
  /** The password was right; the account has a second factor: send `code` (a TOTP or recovery code) too. */
  SECOND_FACTOR_REQUIRED: { status: 401 },
  /** The TOTP or recovery code is wrong (or used); counted with the sign-in attempts. */
  SECOND_FACTOR_INVALID: { status: 401 },
  /** This session must enrol a second factor first (its role reads patient data); only enrolment is open. */
  SECOND_FACTOR_SETUP_REQUIRED: { status: 403 },
  /** The account is deactivated (said only after a right password). */
  ACCOUNT_DEACTIVATED: { status: 403 },
  /** An invitation or reset link that does not work; `values.reason`: unknown, expired, used. */
  LINK_INVALID: { status: 409 },
  /** Another account has this e-mail address. */
  EMAIL_TAKEN: { status: 409 },
  /** `values.reason`: self (one's own account), practitioner_has_account, scope (the role's clinic, practitioner or insurer is missing or outside yours). */
  ACCOUNT_CHANGE_REFUSED: { status: 409 },
  /** A state-changing request that did not come from the network's own pages (CSRF); see apps/server's request guards. */
  CROSS_SITE_REQUEST: { status: 403 },
  NOT_FOUND: { status: 404 },
  CONFLICT: { status: 409 },
  // Patient cards
  /** The clinic already has a card with this national id (one per clinic × national id); `values.patientId` is that card. */
  PATIENT_EXISTS: { status: 409 },
  // Booking (K1–K6, T3)
  /** `values.reason`: the national id's problem (format, check_digits, date, individual_number). */
  INVALID_NATIONAL_ID: { status: 400 },
  SLOT_TAKEN: { status: 409 },
  /** `values.reason`: not_offered, no_agreement, department, not_yet_valid (`values.from`), validity_ended (`values.until`, `lastDate`). */
  NOT_BOOKABLE: { status: 409 },
  /** The start has passed or lies inside the minimum notice (T3); `values.reason`: past, min_notice; `values.earliest`. */
  TOO_SOON: { status: 409 },
  /** Beyond what can be booked online: the days ahead (T3) or the free-time horizon; `values.reason`: days_ahead, horizon. */
  OUTSIDE_HORIZON: { status: 409 },
  /** No slot of the book × type starts then (not on the schedule's grid, or a closed day). */
  NOT_ON_GRID: { status: 409 },
  HOLD_NOT_FOUND: { status: 404 },
  HOLD_EXPIRED: { status: 409 },
  /** A hold is extended once (booking.extendHold); this one was. */
  HOLD_ALREADY_EXTENDED: { status: 409 },
  /** The hold is a booking now: nothing left to extend. */
  HOLD_ALREADY_CONFIRMED: { status: 409 },
  /** The confirmation was sent again `values.limit` times this past hour; `values.retryAfterMinutes`. */
  RESEND_LIMIT_REACHED: { status: 429 },
  /** A case id belongs to one patient (national id) at its insurer; this one is another patient's (issue at `caseId`). */
  CASE_ID_OTHER_PATIENT: { status: 409 },
  /** `values.reason`: not_online (the limit is 0) or max_self_booked (`values.limit`, `values.count`). */
  MAX_SELF_BOOKED: { status: 409 },
  /**
   * `values.reason`: cancellation_off, already_started, cancellation_deadline_passed (`values.deadline`, `hours`); a
   * refused move says move_off / move_deadline_passed (the same rule, the move's own sentence).
   */
  CANCELLATION_DEADLINE_PASSED: { status: 409 },
  APPOINTMENT_NOT_ACTIVE: { status: 409 },
  IDEMPOTENCY_KEY_REUSED: { status: 409 },
  /** The database cannot be reached for a moment (a restart, an outage): nothing was done; try again after Retry-After. */
  UNAVAILABLE: { status: 503 },
  INTERNAL: { status: 500 },
  // Claims (P2)
  CASE_NOT_FOUND: { status: 404 },
  CASE_EXPIRED: { status: 409 },
  CASE_BIRTH_DATE_MISMATCH: { status: 409 },
  /** The case lookup (the insurer's service) did not answer in time or answered something unusable: nothing was done. */
  CASE_LOOKUP_UNAVAILABLE: { status: 503 },
  /** The operator's register already holds this case id for the insurer (`values.caseId`). */
  CASE_ALREADY_REGISTERED: { status: 409 },
  CLAIM_INCOMPLETE: { status: 409 },
  CLAIM_IN_USE: { status: 409 },
  CLAIM_EXHAUSTED: { status: 409 },
  CLAIM_NOT_VALID_ON_DATE: { status: 409 },
  CLAIM_TARIFF_NOT_COVERED: { status: 409 },
  // Billing cards (P1, T4)
  APPOINTMENT_OTHER_CLINIC: { status: 403 },
  APPOINTMENT_NOT_BILLABLE: { status: 409 },
  CARD_ALREADY_EXISTS: { status: 409 },
  CARD_ALREADY_BILLED: { status: 409 },
  CARD_NOT_BILLED: { status: 409 },
  CARD_ALREADY_CREDITED: { status: 409 },
  CARD_EMPTY: { status: 409 },
  CARD_NO_INSURANCE_TARIFF: { status: 409 },
  INSURANCE_TARIFF_NEEDS_CLAIM: { status: 409 },
  TARIFF_PRICE_MISSING: { status: 409 },
  NEGATIVE_AMOUNT: { status: 400 },
  INVALID_QUANTITY: { status: 400 },
  /** An EHF document cannot be made from what is stored; `issues` holds `{ path, code, values }` per fact to fix. */
  INVOICE_DATA_INVALID: { status: 409 },
  /** A claim put on a billing card must be on the card's own patient card. */
  CLAIM_OTHER_PATIENT: { status: 409 },
  /** An EHF document is for a card with an insurance claim; without one the patient pays. */
  CARD_NO_CLAIM: { status: 409 },
  /** A credit note exists only for a credited card. */
  CARD_NOT_CREDITED: { status: 409 },
  /** The clinic's price list holds Helfo and own tariffs; a B-tariff's price is the agreement's. */
  TARIFF_PRICED_BY_AGREEMENT: { status: 409 },
  /** An agreement prices its insurance tariffs (B-codes) only. */
  TARIFF_NOT_INSURANCE: { status: 409 },
  // Insurer apps' API keys (docs/public-api.md)
  /** The operator cannot rotate or revoke this key any more; `values.reason`: revoked, expired, rotated. */
  API_KEY_NOT_ACTIVE: { status: 409 },
  /** A public API call without a key that works; `values.reason`: missing, unknown, revoked, expired. */
  API_KEY_INVALID: { status: 401 },
  // Insurer apps' webhooks (docs/public-api.md)
  /** A webhook URL must be https (http only to localhost); `values.reason`: malformed, not_https, credentials. */
  WEBHOOK_URL_INVALID: { status: 400 },
  /** A deactivated webhook endpoint is not rotated again. */
  WEBHOOK_NOT_ACTIVE: { status: 409 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** What a value on the wire may be; a client formats dates (Oslo) and lists of names in its reader's language. */
export type WireValue = string | number | boolean | Date | null | readonly string[];
export type WireValues = Readonly<Record<string, WireValue>>;

/**
 * The values each code carries, where it carries any. A `reason` picks the sentence `error.<CODE>.<reason>`; the other
 * values fill it in. The catalogue's type test (i18n/refusals.type-test.ts) holds every sentence to these.
 */
export interface ErrorValuesByCode {
  BAD_INPUT: { reason?: 'request'; field?: string; from?: string; to?: string; value?: number };
  VALIDATION: { reason?: 'no_show_before_start' };
  IN_USE:
    | { reason: 'tariff_rules'; code: string; count: number }
    | { reason: 'tariff_bookings'; code: string; count: number }
    | { reason: 'book_bookings'; name: string; count: number }
    | { reason: 'type_templates'; name: string; templates: readonly string[] }
    | { reason: 'type_bookings'; name: string; count: number }
    | { reason: 'template_weeks'; name: string; count: number; week: number; year: number }
    | { reason: 'department_types'; types: readonly string[] }
    | {
        reason: 'practitioner';
        name: string;
        books: readonly string[];
        bookCount: number;
        accounts: number;
        agreements: number;
      }
    | { reason: 'insurer'; name: string; agreements: number; agents: number; bookings: number };
  TOO_MANY_ATTEMPTS: { retryAfterSeconds: number; retryAfterMinutes: number };
  RESEND_LIMIT_REACHED: { limit: number; retryAfterMinutes: number };
  LINK_INVALID: { reason: 'unknown' | 'expired' | 'used' };
  ACCOUNT_CHANGE_REFUSED: { reason: 'self' | 'practitioner_has_account' | 'scope' | 'role' };
  NOT_FOUND: { reason?: 'practitioner'; tariffCode?: string };
  CONFLICT: { reason?: 'clinic_id_taken' | 'membership_not_pending' };
  PATIENT_EXISTS: { patientId: string };
  INVALID_NATIONAL_ID: { reason: NationalIdProblem };
  NOT_BOOKABLE:
    | { reason: 'not_offered' }
    | { reason: 'no_agreement' }
    | { reason: 'department' }
    | { reason: 'not_yet_valid'; from: Date; fromDate: string }
    | { reason: 'validity_ended'; until: Date; lastDate: string };
  TOO_SOON: { reason: 'past'; earliest: Date } | { reason: 'min_notice'; earliest: Date };
  OUTSIDE_HORIZON:
    { reason: 'days_ahead'; lastDate: string | null; daysAhead: number } | { reason: 'horizon'; lastDate: string };
  NOT_ON_GRID: { reason: 'no_slot' };
  MAX_SELF_BOOKED:
    { reason: 'not_online'; limit: number } | { reason: 'max_self_booked'; limit: number; count: number };
  CANCELLATION_DEADLINE_PASSED:
    | { reason: 'cancellation_off' }
    | { reason: 'already_started' }
    | { reason: 'cancellation_deadline_passed'; deadline: Date; hours: number }
    | { reason: 'move_off' }
    | { reason: 'move_deadline_passed'; deadline: Date; hours: number };
  CASE_EXPIRED: { validTo: string };
  CASE_ALREADY_REGISTERED: { caseId: string };
  CLAIM_IN_USE: { draftCards: number; billedCards: number };
  CLAIM_EXHAUSTED: { granted: number; tariffCode?: string };
  CLAIM_NOT_VALID_ON_DATE: {
    treatmentDate: string;
    validFrom: string | null;
    validTo: string | null;
    validity: 'not_yet_valid' | 'expired';
  };
  CLAIM_TARIFF_NOT_COVERED: { tariffCode: string };
  APPOINTMENT_NOT_BILLABLE: {
    reason: 'not_a_booking' | 'cancelled_without_charge' | 'no_show_without_charge' | 'no_patient';
  };
  CARD_ALREADY_BILLED: { status: string };
  INSURANCE_TARIFF_NEEDS_CLAIM: { tariffCode: string };
  TARIFF_PRICE_MISSING: { tariffCodes: readonly string[] };
  NEGATIVE_AMOUNT: { field: string };
  INVALID_QUANTITY: { quantity: number; max: number };
  TARIFF_PRICED_BY_AGREEMENT: { tariffCode: string };
  TARIFF_NOT_INSURANCE: { tariffCode: string };
  UNAVAILABLE: { retryAfterSeconds?: number };
  API_KEY_NOT_ACTIVE: { reason: 'revoked' | 'expired' | 'rotated' };
  API_KEY_INVALID: { reason: 'missing' | 'unknown' | 'revoked' | 'expired' };
  WEBHOOK_URL_INVALID: { reason: 'malformed' | 'not_https' | 'credentials' };
}

/** The values of a code: its entry above, or none. */
export type ErrorValues<C extends ErrorCode> = C extends keyof ErrorValuesByCode ? ErrorValuesByCode[C] : never;

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  /** Extra, non-sensitive facts for the client's sentence: a reason, a limit, a date. */
  readonly values: WireValues | undefined;
  /** Field issues (BAD_INPUT, VALIDATION, CASE_ID_OTHER_PATIENT, INVOICE_DATA_INVALID): one per field to fix. */
  readonly issues: readonly InputIssue[] | undefined;

  constructor(code: C, values?: ErrorValues<C>, issues?: readonly InputIssue[]) {
    // The code, not a sentence: logs and stack traces stay language-free and never hold patient data.
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.values = values;
    this.issues = issues;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}
