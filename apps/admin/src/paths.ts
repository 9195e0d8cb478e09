// The admin SPA's addresses (under /admin), in Norwegian because people read and share them.
import type { Role, SessionUser } from '@bn/domain';

export const PATHS = {
  clinics: '/klinikker',
  insurers: '/forsikringsselskaper',
  cases: '/saksregister',
  tariffs: '/takster',
  memberships: '/medlemskap',
  agreements: '/avtaler',
  departmentNotices: '/avdelingsmeldinger',
  workQueue: '/arbeidsko',
  jobs: '/jobber',
  apiKeys: '/api-nokler',
  webhooks: '/webhooks',
  myPage: '/min-side',
  users: '/brukere',
} as const;

/** The pages an account e-mail links to (the server writes the same addresses: packages/api account-links.ts). */
export const ACCOUNT_PATHS = {
  invitation: '/invitasjon',
  forgotPassword: '/glemt-passord',
  resetPassword: '/nytt-passord',
} as const;

/** The sections of a clinic's page; the readiness check is the first (the index), the daily work follows it. */
export const CLINIC_SECTIONS = {
  readiness: '',
  calendar: 'kalender',
  patients: 'pasienter',
  billing: 'regning',
  prices: 'prisliste',
  notifications: 'varslinger',
  practitioners: 'behandlere',
  books: 'timeboker',
  types: 'timetyper',
  schedule: 'ukemaler',
  departments: 'avdelinger',
  sellerDetails: 'fakturaopplysninger',
  contact: 'kontakt',
  users: 'brukere',
  audit: 'endringslogg',
} as const;
export type ClinicSection = keyof typeof CLINIC_SECTIONS;
/** The sections that configure the clinic (the readiness check's fixes point at these). */
export type SetUpSection = Exclude<
  ClinicSection,
  'calendar' | 'patients' | 'billing' | 'prices' | 'notifications' | 'sellerDetails' | 'contact' | 'users'
>;

export function clinicPath(clinicId: string): string {
  return `${PATHS.clinics}/${clinicId}`;
}

/** A clinic section, optionally with query parameters (e.g. `{ rediger: bookId }` opens that book's form). */
export function clinicSectionPath(clinicId: string, section: ClinicSection, params?: Record<string, string>): string {
  const base = CLINIC_SECTIONS[section] ? `${clinicPath(clinicId)}/${CLINIC_SECTIONS[section]}` : clinicPath(clinicId);
  const query = params ? new URLSearchParams(params).toString() : '';
  return query ? `${base}?${query}` : base;
}

/** Who may open which page; the API enforces the same, this only keeps the menu and messages honest. */
export const CLINIC_READERS: readonly Role[] = ['network_operator', 'support', 'clinic_admin'];
export const OPERATORS: readonly Role[] = ['network_operator'];
export const STAFF: readonly Role[] = ['network_operator', 'support'];
export const PRACTITIONERS: readonly Role[] = ['practitioner'];
/** The clinic's daily work (its books with patients, patient cards, notifications): patient data, so only its admins. */
export const CLINIC_ADMINS: readonly Role[] = ['clinic_admin'];

/** The clinic of a clinic admin who has exactly one: it gets that clinic as its start page and menu item. */
export function singleClinicId(user: SessionUser): string | null {
  return user.role === 'clinic_admin' && user.clinicIds.length === 1 ? (user.clinicIds[0] ?? null) : null;
}
