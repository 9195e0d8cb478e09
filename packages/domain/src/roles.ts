import { z } from 'zod';

/** The five audiences of the product. Scopes: clinic_admin → its clinics, practitioner → its books, insurer_agent → one insurer. */
export const ROLES = ['network_operator', 'support', 'clinic_admin', 'practitioner', 'insurer_agent'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, { nb: string; en: string }> = {
  network_operator: { nb: 'Nettverksoperatør', en: 'Network operator' },
  support: { nb: 'Kundestøtte', en: 'Support' },
  clinic_admin: { nb: 'Klinikkadministrator', en: 'Clinic administrator' },
  practitioner: { nb: 'Behandler', en: 'Practitioner' },
  insurer_agent: { nb: 'Forsikringsagent', en: 'Insurer agent' },
};

/** Which SPA each role signs in to. */
export const ADMIN_ROLES: readonly Role[] = ['network_operator', 'support', 'clinic_admin', 'practitioner'];
export const AGENT_ROLES: readonly Role[] = ['insurer_agent'];
