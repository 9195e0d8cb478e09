// The admin SPA's addresses (under /admin), in Norwegian because people read and share them.
import type { Role, SessionUser } from '@bn/domain';

export const PATHS = {
  clinics: '/klinikker',
  insurers: '/forsikringsselskaper',
  myPage: '/min-side',
} as const;

export function clinicPath(clinicId: string): string {
  return `${PATHS.clinics}/${clinicId}`;
}

/** Who may open which page; the API enforces the same, this only keeps the menu and messages honest. */
export const CLINIC_READERS: readonly Role[] = ['network_operator', 'support', 'clinic_admin'];
export const INSURER_READERS: readonly Role[] = ['network_operator'];
export const PRACTITIONERS: readonly Role[] = ['practitioner'];

/** The clinic of a clinic admin who has exactly one: it gets that clinic as its start page and menu item. */
export function singleClinicId(user: SessionUser): string | null {
  return user.role === 'clinic_admin' && user.clinicIds.length === 1 ? (user.clinicIds[0] ?? null) : null;
}
