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
  /** A state-changing request that did not come from the network's own pages (CSRF); see apps/server's request guards. */
  CROSS_SITE_REQUEST: {
    status: 403,
    nb: 'Forespørselen kom ikke fra Behandlernettverkets egne sider. Last siden på nytt.',
    en: 'The request did not come from the network’s own pages. Reload the page.',
  },
  NOT_FOUND: { status: 404, nb: 'Fant ikke det du ba om.', en: 'Not found.' },
  CONFLICT: { status: 409, nb: 'Dette er allerede endret av noen andre.', en: 'This was changed by someone else.' },
  // Booking (K1–K6, T3)
  INVALID_NATIONAL_ID: { status: 400, nb: 'Ugyldig fødselsnummer.', en: 'Invalid national identity number.' },
  SLOT_TAKEN: {
    status: 409,
    nb: 'Timen er nettopp tatt av noen andre. Velg en annen tid.',
    en: 'This time was just taken. Pick another time.',
  },
  /** `details.reason`: not_offered, department, not_yet_valid (`details.from`), validity_ended (`details.until`). */
  NOT_BOOKABLE: {
    status: 409,
    nb: 'Denne timen kan ikke bestilles for forsikringsselskapet.',
    en: 'This time cannot be booked for the insurer.',
  },
  /** The start has passed or lies inside the minimum notice (T3); `details.reason`: past, min_notice; `details.earliest`. */
  TOO_SOON: {
    status: 409,
    nb: 'Timen er for nær i tid til å bestilles på nett.',
    en: 'This time is too soon to be booked online.',
  },
  /** Beyond what can be booked online: the days ahead (T3) or the free-time horizon; `details.reason`: days_ahead, horizon. */
  OUTSIDE_HORIZON: {
    status: 409,
    nb: 'Timen ligger for langt fram i tid til å bestilles på nett.',
    en: 'This time is too far ahead to be booked online.',
  },
  /** No slot of the book × type starts then (not on the schedule's grid, or a closed day). */
  NOT_ON_GRID: {
    status: 409,
    nb: 'Ingen time starter på dette tidspunktet. Velg en tid fra søket.',
    en: 'No appointment starts at that time. Pick a time from the search.',
  },
  HOLD_NOT_FOUND: {
    status: 404,
    nb: 'Fant ikke reservasjonen. Velg tiden på nytt.',
    en: 'The hold was not found. Pick the time again.',
  },
  HOLD_EXPIRED: {
    status: 409,
    nb: 'Reservasjonen er utløpt. Velg tiden på nytt.',
    en: 'The hold has expired. Pick the time again.',
  },
  /** A case id belongs to one patient (national id) at its insurer; this one is another patient's. */
  CASE_ID_OTHER_PATIENT: {
    status: 409,
    nb: 'Denne SakID-en hører til en annen pasient hos forsikringsselskapet.',
    en: 'This case id belongs to another patient at the insurer.',
  },
  MAX_SELF_BOOKED: {
    status: 409,
    nb: 'Pasienten har nådd grensen for timer bestilt på nett.',
    en: 'The patient has reached the limit of appointments booked online.',
  },
  CANCELLATION_DEADLINE_PASSED: {
    status: 409,
    nb: 'Fristen for å avbestille på nett er passert. Kontakt klinikken.',
    en: 'The deadline for cancelling online has passed. Contact the clinic.',
  },
  APPOINTMENT_NOT_ACTIVE: {
    status: 409,
    nb: 'Timen er allerede avbestilt eller avsluttet.',
    en: 'The appointment is already cancelled or closed.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    nb: 'Denne forespørsels-nøkkelen er allerede brukt til en annen forespørsel.',
    en: 'This idempotency key was already used for a different request.',
  },
  /** The database cannot be reached for a moment (a restart, an outage): nothing was done; try again after Retry-After. */
  UNAVAILABLE: {
    status: 503,
    nb: 'Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.',
    en: 'The service is unavailable for a moment. Try again shortly.',
  },
  INTERNAL: { status: 500, nb: 'Noe gikk galt hos oss. Prøv igjen.', en: 'Something went wrong on our side.' },
  // Claims (P2)
  CASE_NOT_FOUND: {
    status: 404,
    nb: 'Fant ingen sak med denne SakID-en hos forsikringsselskapet.',
    en: 'The insurer has no case with this case id.',
  },
  CASE_EXPIRED: {
    status: 409,
    nb: 'Saken er utløpt og kan ikke lenger brukes.',
    en: 'The case has expired and can no longer be used.',
  },
  CASE_BIRTH_DATE_MISMATCH: {
    status: 409,
    nb: 'Fødselsdatoen i saken stemmer ikke med pasientens fødselsnummer.',
    en: 'The birth date on the case does not match the patient’s national identity number.',
  },
  CLAIM_INCOMPLETE: {
    status: 409,
    nb: 'Kravet mangler kravtype eller antall behandlinger. Hent saken eller fyll ut kravet først.',
    en: 'The claim has no claim type or number of treatments. Look up the case or complete the claim first.',
  },
  CLAIM_IN_USE: {
    status: 409,
    nb: 'Kravet brukes på et regningskort og kan ikke slettes. Slett eller krediter regningskortet først.',
    en: 'The claim is used on a billing card and cannot be deleted. Delete or credit the billing card first.',
  },
  CLAIM_EXHAUSTED: { status: 409, nb: 'Kravet har ingen behandlinger igjen.', en: 'The claim has no treatments left.' },
  CLAIM_NOT_VALID_ON_DATE: {
    status: 409,
    nb: 'Kravet gjelder ikke på behandlingsdatoen.',
    en: 'The claim is not valid on the treatment date.',
  },
  CLAIM_TARIFF_NOT_COVERED: {
    status: 409,
    nb: 'Kravet dekker ikke denne forsikringstaksten.',
    en: 'The claim does not cover this insurance tariff.',
  },
  // Billing cards (P1, T4)
  APPOINTMENT_OTHER_CLINIC: {
    status: 403,
    nb: 'Timen tilhører en annen klinikk.',
    en: 'The appointment belongs to another clinic.',
  },
  APPOINTMENT_NOT_BILLABLE: {
    status: 409,
    nb: 'Denne timen kan ikke få regningskort (avbestilt eller ikke møtt uten gebyr, eller ikke en bestilling).',
    en: 'This appointment cannot have a billing card (cancelled or no-show without a charge, or not a booking).',
  },
  CARD_ALREADY_EXISTS: {
    status: 409,
    nb: 'Timen har allerede et regningskort.',
    en: 'The appointment already has a billing card.',
  },
  CARD_ALREADY_BILLED: {
    status: 409,
    nb: 'Regningskortet er fakturert og kan ikke endres. Krediter det og lag et nytt.',
    en: 'The billing card is billed and cannot be changed. Credit it and make a new one.',
  },
  CARD_NOT_BILLED: {
    status: 409,
    nb: 'Bare et fakturert regningskort kan krediteres.',
    en: 'Only a billed card can be credited.',
  },
  CARD_ALREADY_CREDITED: {
    status: 409,
    nb: 'Regningskortet er allerede kreditert.',
    en: 'The billing card is already credited.',
  },
  CARD_EMPTY: { status: 409, nb: 'Regningskortet har ingen takster.', en: 'The billing card has no tariffs.' },
  CARD_NO_INSURANCE_TARIFF: {
    status: 409,
    nb: 'Regningskortet har et forsikringskrav, men ingen forsikringstakst. Legg til taksten eller fjern kravet.',
    en: 'The billing card has an insurance claim but no insurance tariff. Add the tariff or remove the claim.',
  },
  INSURANCE_TARIFF_NEEDS_CLAIM: {
    status: 409,
    nb: 'En forsikringstakst kan bare brukes når et forsikringskrav er lagt til.',
    en: 'An insurance tariff can only be used when an insurance claim is added.',
  },
  TARIFF_PRICE_MISSING: {
    status: 409,
    nb: 'En takst på regningskortet mangler pris.',
    en: 'A tariff on the billing card has no price.',
  },
  NEGATIVE_AMOUNT: { status: 400, nb: 'Beløpet kan ikke være negativt.', en: 'The amount cannot be negative.' },
  INVALID_QUANTITY: {
    status: 400,
    nb: 'Antallet må være et helt tall fra 1 til 99.',
    en: 'The quantity must be a whole number from 1 to 99.',
  },
  /** An EHF document cannot be made from what is stored; `details.issues` holds `{ path, message }` per fact to fix. */
  INVOICE_DATA_INVALID: {
    status: 409,
    nb: 'Fakturaen kan ikke lages fordi noen opplysninger mangler eller er ugyldige.',
    en: 'The invoice cannot be made because some information is missing or invalid.',
  },
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
