/**
 * The one error type the domain and the use cases throw. `code` is stable and public (API clients switch on it);
 * the messages are what a person reads, Norwegian Bokmål first.
 */
export const ERROR_CODES = {
  BAD_INPUT: { status: 400, nb: 'Ugyldige data.', en: 'Invalid input.' },
  /** Input that is well-formed but breaks a rule; `details.issues` holds `{ path, message }` per field. */
  VALIDATION: { status: 400, nb: 'Noen felt må rettes.', en: 'Some fields need correcting.' },
  /** The row is still used elsewhere (e.g. a tariff on a rule, a template in a work plan). */
  IN_USE: { status: 409, nb: 'Dette er i bruk og kan ikke slettes.', en: 'This is in use and cannot be deleted.' },
  UNAUTHENTICATED: { status: 401, nb: 'Du må logge inn.', en: 'You must sign in.' },
  INVALID_CREDENTIALS: {
    status: 401,
    nb: 'Feil e-postadresse eller passord.',
    en: 'Wrong e-mail address or password.',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    nb: 'For mange mislykkede innlogginger. Vent litt og prøv igjen.',
    en: 'Too many failed sign-ins. Wait a little and try again.',
  },
  FORBIDDEN: { status: 403, nb: 'Du har ikke tilgang til dette.', en: 'You do not have access to this.' },
  NOT_FOUND: { status: 404, nb: 'Fant ikke det du ba om.', en: 'Not found.' },
  CONFLICT: { status: 409, nb: 'Dette er allerede endret av noen andre.', en: 'This was changed by someone else.' },
  // Booking (K1–K6, T3)
  INVALID_NATIONAL_ID: { status: 400, nb: 'Ugyldig fødselsnummer.', en: 'Invalid national identity number.' },
  SLOT_TAKEN: { status: 409, nb: 'Timen er nettopp tatt av noen andre. Velg en annen tid.', en: 'This time was just taken. Pick another time.' },
  /** `details.reason`: not_offered, department, not_yet_valid (`details.from`), validity_ended (`details.until`). */
  NOT_BOOKABLE: { status: 409, nb: 'Denne timen kan ikke bestilles for forsikringsselskapet.', en: 'This time cannot be booked for the insurer.' },
  /** The start has passed or lies inside the minimum notice (T3); `details.reason`: past, min_notice; `details.earliest`. */
  TOO_SOON: { status: 409, nb: 'Timen er for nær i tid til å bestilles på nett.', en: 'This time is too soon to be booked online.' },
  /** Beyond what can be booked online: the days ahead (T3) or the free-time horizon; `details.reason`: days_ahead, horizon. */
  OUTSIDE_HORIZON: {
    status: 409,
    nb: 'Timen ligger for langt fram i tid til å bestilles på nett.',
    en: 'This time is too far ahead to be booked online.',
  },
  /** No slot of the book × type starts then (not on the schedule's grid, or a closed day). */
  NOT_ON_GRID: { status: 409, nb: 'Ingen time starter på dette tidspunktet. Velg en tid fra søket.', en: 'No appointment starts at that time. Pick a time from the search.' },
  HOLD_NOT_FOUND: { status: 404, nb: 'Fant ikke reservasjonen. Velg tiden på nytt.', en: 'The hold was not found. Pick the time again.' },
  HOLD_EXPIRED: { status: 409, nb: 'Reservasjonen er utløpt. Velg tiden på nytt.', en: 'The hold has expired. Pick the time again.' },
  MAX_SELF_BOOKED: { status: 409, nb: 'Pasienten har nådd grensen for timer bestilt på nett.', en: 'The patient has reached the limit of appointments booked online.' },
  CANCELLATION_DEADLINE_PASSED: {
    status: 409,
    nb: 'Fristen for å avbestille på nett er passert. Kontakt klinikken.',
    en: 'The deadline for cancelling online has passed. Contact the clinic.',
  },
  APPOINTMENT_NOT_ACTIVE: { status: 409, nb: 'Timen er allerede avbestilt eller avsluttet.', en: 'The appointment is already cancelled or closed.' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    nb: 'Denne forespørsels-nøkkelen er allerede brukt til en annen forespørsel.',
    en: 'This idempotency key was already used for a different request.',
  },
  INTERNAL: { status: 500, nb: 'Noe gikk galt hos oss. Prøv igjen.', en: 'Something went wrong on our side.' },
} as const satisfies Record<string, { status: number; nb: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Extra, non-sensitive facts for the client, e.g. the field an error belongs to or a retry time. */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERROR_CODES[code].nb);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export function errorMessage(code: string, locale: 'nb' | 'en'): string {
  const entry = (ERROR_CODES as Record<string, { nb: string; en: string }>)[code];
  return entry ? entry[locale] : ERROR_CODES.INTERNAL[locale];
}
